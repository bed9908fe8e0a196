<?cs include:"partials/head.cs" ?>
<div class="container vm-page-head vm-service-header">
<div class="row">
<div class="col-12 col-lg-8">
<h1 data-element="service-title"><?cs var:Service.title ?></h1>
<?cs if:Service.status == "inactive" ?><span class="vm-status vm-status-off vm-status-lg" data-element="service-status"><?cs call:icon("it-close-circle", "") ?>Servizio non attivo</span>
<?cs else ?><span class="vm-status vm-status-lg" data-element="service-status"><?cs call:icon("it-check-circle", "") ?>Servizio attivo</span>
<?cs /if ?><?cs if:Service.status == "inactive" && Service.status_reason ?><div class="callout warning"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-warning-circle", "") ?><span>Perché il servizio non è attivo</span></div>
<p><?cs var:Service.status_reason ?></p>
</div></div>
<?cs /if ?><p class="vm-lead" data-element="service-description"><?cs var:Service.summary ?></p>
</div>
<div class="col-12 col-lg-3 offset-lg-1">
<div class="vm-audience vm-category">
<span>Categoria</span>
<ul><li><a class="vm-tag" href="/servizi/categoria/<?cs var:url_escape(Service.category_slug) ?>"><?cs var:Service.category_name ?></a></li></ul>
</div>
<?cs if:Service.for_citizens || Service.for_businesses ?><div class="vm-audience">
<span>Destinatari</span>
<ul><?cs if:Service.for_citizens ?><li><span class="vm-tag">Cittadini</span></li><?cs /if ?><?cs if:Service.for_businesses ?><li><span class="vm-tag">Imprese</span></li><?cs /if ?></ul>
</div>
<?cs /if ?></div>
</div>
</div>

<div class="container">
<div class="row">
<div class="col-12 col-lg-3">
<?cs call:page_index_open() ?>
<?cs call:page_index_item("a-chi-e-rivolto", "A chi è rivolto") ?>
<?cs call:page_index_item("descrizione", "Descrizione") ?>
<?cs call:page_index_item("come-fare", "Come fare") ?>
<?cs call:page_index_item("cosa-serve", "Cosa serve") ?>
<?cs call:page_index_item("cosa-si-ottiene", "Cosa si ottiene") ?>
<?cs call:page_index_item("tempi-e-scadenze", "Tempi e scadenze") ?>
<?cs call:page_index_item("quanto-costa", "Quanto costa") ?>
<?cs call:page_index_item("accedi-al-servizio", "Accedi al servizio") ?>
<?cs call:page_index_item("condizioni-di-servizio", "Condizioni di servizio") ?>
<?cs call:page_index_item("unita-organizzativa", "Unità organizzativa responsabile") ?>
<?cs call:page_index_item("contatti", "Contatti") ?>
<?cs if:subcount(Service.Topics) ?><?cs call:page_index_item("argomenti", "Argomenti") ?>
<?cs /if ?><?cs call:page_index_close() ?>
</div>

<div class="col-12 col-lg-8 offset-lg-1">
<section class="vm-service-section" aria-labelledby="a-chi-e-rivolto">
<h2 id="a-chi-e-rivolto">A chi è rivolto</h2>
<div class="vm-longtext" data-element="service-addressed">
<?cs if:Service.audience ?><?cs var:markdown(Service.audience) ?><?cs else ?><p>Il servizio è rivolto a<?cs if:Service.for_citizens && Service.for_businesses ?> cittadini e imprese<?cs elif:Service.for_businesses ?>lle imprese<?cs else ?>i cittadini<?cs /if ?>.</p><?cs /if ?>
</div>
</section>

<section class="vm-service-section" aria-labelledby="descrizione">
<h2 id="descrizione">Descrizione</h2>
<div class="vm-longtext" data-element="service-extended-description">
<?cs if:Service.description ?><?cs var:markdown(Service.description) ?><?cs else ?><p><?cs var:Service.summary ?></p><?cs /if ?>
</div>
</section>

<section class="vm-service-section" aria-labelledby="come-fare">
<h2 id="come-fare">Come fare</h2>
<div class="vm-longtext" data-element="service-how-to">
<?cs if:Service.how_to ?><?cs var:markdown(Service.how_to) ?><?cs else ?><p>Per informazioni su come richiedere il servizio rivolgersi all'ufficio indicato nella sezione Contatti.</p><?cs /if ?>
</div>
</section>

<?cs call:service_section("cosa-serve", "Cosa serve", "service-needed", Service.requirements) ?>

<?cs call:service_section("cosa-si-ottiene", "Cosa si ottiene", "service-achieved", Service.outputs) ?>

<section class="vm-service-section" aria-labelledby="tempi-e-scadenze">
<h2 id="tempi-e-scadenze">Tempi e scadenze</h2>
<div class="vm-longtext" data-element="service-calendar-text">
<?cs if:Service.times && Service.times_list ?><div data-element="service-calendar-list"><?cs var:markdown(Service.times) ?></div><?cs elif:Service.times ?><?cs var:markdown(Service.times) ?><?cs else ?><p>Informazione non disponibile: contattare l'ufficio responsabile.</p><?cs /if ?>
</div>
</section>

<?cs call:service_section("quanto-costa", "Quanto costa", "service-cost", Service.costs) ?>

<section class="vm-service-section" aria-labelledby="accedi-al-servizio">
<h2 id="accedi-al-servizio">Accedi al servizio</h2>
<?cs if:Service.status == "inactive" ?><div class="callout warning" data-element="service-generic-access"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-warning-circle", "") ?><span>Servizio non attivo</span></div>
<p>Al momento non è possibile accedere al servizio. Per informazioni rivolgersi all'ufficio indicato nella sezione <a href="#contatti">Contatti</a>.</p>
</div></div>
<?cs else ?><?cs if:Service.online_url || Service.booking == "1" ?><div class="vm-access-buttons">
<?cs if:Service.online_url ?><a class="btn btn-primary" href="<?cs var:url_validate(Service.online_url) ?>" data-element="service-online-access"><?cs call:icon("it-external-link", "icon-sm") ?><span><?cs if:Service.online_label ?><?cs var:Service.online_label ?><?cs else ?>Accedi al servizio online<?cs /if ?></span></a>
<?cs /if ?><?cs if:Service.booking == "1" ?><a class="btn btn-outline-primary" href="/prenota?servizio=<?cs var:url_escape(Service.slug) ?>" data-element="service-booking-access"><?cs call:icon("it-calendar", "icon-sm") ?><span>Prenota un appuntamento</span></a>
<?cs /if ?></div>
<?cs /if ?><?cs if:Service.in_person ?><div data-element="service-generic-access">
<h3>Allo sportello</h3>
<div class="vm-longtext"><?cs var:markdown(Service.in_person) ?></div>
</div>
<?cs elif:!Service.online_url && Service.booking != "1" ?><div data-element="service-generic-access">
<p>Per accedere al servizio rivolgersi all'ufficio indicato nella sezione <a href="#contatti">Contatti</a>.</p>
</div>
<?cs /if ?><?cs /if ?>
</section>

<?cs call:service_section("condizioni-di-servizio", "Condizioni di servizio", "service-file", Service.conditions) ?>

<section class="vm-service-section" aria-labelledby="unita-organizzativa">
<h2 id="unita-organizzativa">Unità organizzativa responsabile</h2>
<div class="vm-office-card" data-element="service-area">
<h3><a href="/uffici/<?cs var:url_escape(Service.Office.slug) ?>"><?cs var:Service.Office.name ?></a></h3>
<address>
<ul class="vm-contact-list">
<?cs if:Service.Office.address ?><li><?cs call:icon("it-map-marker", "") ?><span><span class="visually-hidden">Indirizzo: </span><?cs var:Service.Office.address ?></span></li>
<?cs /if ?><?cs if:Service.Office.phone ?><li><?cs call:icon("it-telephone", "") ?><span><span class="visually-hidden">Telefono: </span><?cs var:Service.Office.phone ?></span></li>
<?cs /if ?><?cs if:Service.Office.email ?><li><?cs call:icon("it-mail", "") ?><span><span class="visually-hidden">Email: </span><a href="mailto:<?cs var:Service.Office.email ?>"><?cs var:Service.Office.email ?></a></span></li>
<?cs /if ?><?cs if:Service.Office.pec ?><li><?cs call:icon("it-mail", "") ?><span>PEC: <a href="mailto:<?cs var:Service.Office.pec ?>"><?cs var:Service.Office.pec ?></a></span></li>
<?cs /if ?></ul>
</address>
</div>
</section>

<section class="vm-service-section" aria-labelledby="contatti">
<h2 id="contatti">Contatti</h2>
<div class="vm-longtext" data-element="service-contacts">
<?cs if:Service.contacts ?><?cs var:markdown(Service.contacts) ?><?cs else ?><p>Per informazioni rivolgersi all'ufficio <a href="/uffici/<?cs var:url_escape(Service.Office.slug) ?>"><?cs var:Service.Office.name ?></a>.</p><?cs /if ?>
</div>
<p class="vm-assistance"><a class="btn btn-outline-primary btn-sm" href="/segnalazioni/nuova?tipo=assistenza&amp;servizio=<?cs var:url_escape(Service.slug) ?>">Chiedi assistenza su questo servizio</a>
<a class="btn btn-outline-primary btn-sm" href="/segnalazioni/nuova?tipo=reclamo&amp;servizio=<?cs var:url_escape(Service.slug) ?>">Segnala un disservizio</a></p>
</section>

<?cs if:subcount(Service.Topics) ?><section class="vm-service-section" aria-labelledby="argomenti">
<h2 id="argomenti">Argomenti</h2>
<ul class="vm-tags">
<?cs each:t = Service.Topics ?><li><a class="vm-tag" href="/argomenti/<?cs var:url_escape(t.slug) ?>" data-element="service-topic"><?cs var:t.name ?></a></li>
<?cs /each ?></ul>
</section>
<?cs /if ?>

<p class="vm-metadata" data-element="metadata">Ultimo aggiornamento: <?cs if:Service.updated_iso ?><time datetime="<?cs var:Service.updated_iso ?>"><?cs var:Service.updated ?></time><?cs else ?><?cs var:Service.updated ?><?cs /if ?></p>
</div>
</div>
</div>
<script type="application/ld+json" data-element="metatag">
{"@context": "https://schema.org", "@type": "GovernmentService", "name": <?cs var:json_str(Service.title) ?>, "description": <?cs var:json_str(Service.summary) ?>, "serviceType": <?cs var:json_str(Service.category_name) ?>, "serviceOperator": {"@type": "GovernmentOrganization", "name": <?cs var:json_str(Site.Name) ?>}, "provider": {"@type": "GovernmentOrganization", "name": <?cs var:json_str(Site.Name) ?>}, "areaServed": {"@type": "AdministrativeArea", "name": <?cs var:json_str(Site.Name) ?>}, "audience": {"@type": "Audience", "audienceType": <?cs if:Service.for_citizens == "1" && Service.for_businesses == "1" ?><?cs var:json_str("Cittadini e imprese") ?><?cs elif:Service.for_businesses == "1" ?><?cs var:json_str("Imprese") ?><?cs elif:Service.for_citizens == "1" ?><?cs var:json_str("Cittadini") ?><?cs else ?><?cs var:json_str("Tutti") ?><?cs /if ?>}, "availableChannel": {"@type": "ServiceChannel", "serviceUrl": <?cs if:Service.online_url ?><?cs var:json_str(Service.online_url) ?><?cs else ?><?cs var:json_str(Site.BaseUrl + Page.Canonical) ?><?cs /if ?>, "serviceLocation": {"@type": "Place", "name": <?cs var:json_str(Service.Office.name) ?>, "address": {"@type": "PostalAddress", "streetAddress": <?cs var:json_str(Service.Office.street + "") ?>, "postalCode": <?cs var:json_str(Service.Office.postal_code + "") ?>, "addressLocality": <?cs var:json_str(Service.Office.locality + "") ?>}}}, "url": <?cs var:json_str(Site.BaseUrl + Page.Canonical) ?>}
</script>
<?cs include:"partials/foot.cs" ?>
