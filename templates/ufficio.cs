<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Office.name, Office.summary) ?>
<div class="container">
<div class="row">
<div class="col-12 col-lg-8">
<?cs if:Office.description ?><section class="vm-service-section" aria-labelledby="ufficio-descrizione">
<h2 id="ufficio-descrizione">Cosa fa</h2>
<div class="vm-longtext"><?cs var:markdown(Office.description) ?></div>
</section>
<?cs /if ?><?cs if:Office.manager ?><section class="vm-service-section" aria-labelledby="ufficio-responsabile">
<h2 id="ufficio-responsabile">Responsabile</h2>
<p><?cs var:Office.manager ?></p>
</section>
<?cs /if ?><?cs if:Office.Area.slug ?><section class="vm-service-section" aria-labelledby="ufficio-area">
<h2 id="ufficio-area">Area amministrativa</h2>
<p><a href="/amministrazione/aree-amministrative/<?cs var:url_escape(Office.Area.slug) ?>"><?cs var:Office.Area.name ?></a></p>
</section>
<?cs /if ?><?cs if:subcount(Office.People) ?><section class="vm-service-section" aria-labelledby="ufficio-persone">
<h2 id="ufficio-persone">Persone</h2>
<ul class="vm-people-list">
<?cs each:p = Office.People ?><li><a href="/persone/<?cs var:url_escape(p.slug) ?>"><?cs var:p.name ?></a>, <?cs var:p.title ?></li>
<?cs /each ?></ul>
</section>
<?cs /if ?><?cs if:subcount(Office.hours) ?><section class="vm-service-section" aria-labelledby="ufficio-orari">
<h2 id="ufficio-orari">Orari di apertura</h2>
<ul class="vm-hours">
<?cs each:h = Office.hours ?><li><?cs var:h ?></li>
<?cs /each ?></ul>
</section>
<?cs /if ?><section class="vm-service-section" aria-labelledby="ufficio-contatti">
<h2 id="ufficio-contatti">Contatti</h2>
<address>
<ul class="vm-contact-list">
<?cs if:Office.address ?><li><?cs call:icon("it-map-marker", "") ?><span><span class="visually-hidden">Indirizzo: </span><?cs var:Office.address ?></span></li>
<?cs /if ?><?cs if:Office.phone ?><li><?cs call:icon("it-telephone", "") ?><span><span class="visually-hidden">Telefono: </span><?cs var:Office.phone ?></span></li>
<?cs /if ?><?cs if:Office.email ?><li><?cs call:icon("it-mail", "") ?><span><span class="visually-hidden">Email: </span><a href="mailto:<?cs var:Office.email ?>"><?cs var:Office.email ?></a></span></li>
<?cs /if ?><?cs if:Office.pec ?><li><?cs call:icon("it-mail", "") ?><span>PEC: <a href="mailto:<?cs var:Office.pec ?>"><?cs var:Office.pec ?></a></span></li>
<?cs /if ?></ul>
</address>
</section>
</div>
</div>
<?cs if:subcount(Office.Services) ?><section class="vm-section" aria-labelledby="ufficio-servizi">
<h2 id="ufficio-servizi" class="mb-4">Servizi dell'ufficio</h2>
<?cs call:service_cards(Office.Services) ?>
</section>
<?cs /if ?><?cs if:subcount(Office.Documents) ?><section class="vm-section" aria-labelledby="ufficio-documenti">
<h2 id="ufficio-documenti" class="mb-4">Documenti dell'ufficio</h2>
<?cs call:document_cards(Office.Documents) ?>
</section>
<?cs /if ?><?cs if:Office.updated ?><p class="vm-metadata mb-5" data-element="metadata">Ultimo aggiornamento: <?cs var:Office.updated ?></p>
<?cs /if ?></div>
<?cs include:"partials/foot.cs" ?>
