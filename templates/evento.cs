<?cs include:"partials/head.cs" ?><?cs include:"novita_macros.cs" ?>
<?cs call:nv_detail_head(Event.title, Event.when, Event.start_iso, Event.summary) ?>
<?cs call:nv_figure(Event.image, Event.image_alt, "") ?>
<div class="container">
<div class="row">
<div class="col-12 col-lg-3">
<?cs call:page_index_open() ?>
<?cs call:page_index_item("cos-e", "Cos'è") ?>
<?cs call:page_index_item("a-chi-e-rivolto", "A chi è rivolto") ?>
<?cs call:page_index_item("luogo", "Luogo") ?>
<?cs call:page_index_item("date-e-orari", "Date e orari") ?>
<?cs call:page_index_item("costi", "Costi") ?>
<?cs call:page_index_close() ?>
</div>
<div class="col-12 col-lg-8 offset-lg-1">
<?cs call:nv_text_section("cos-e", "Cos'è", Event.description, Event.summary) ?>
<section class="vm-service-section" aria-labelledby="a-chi-e-rivolto">
<h2 id="a-chi-e-rivolto">A chi è rivolto</h2>
<p><?cs if:Event.audience ?><?cs var:Event.audience ?><?cs else ?>L'evento è aperto a tutti.<?cs /if ?></p>
</section>
<section class="vm-service-section" aria-labelledby="luogo">
<h2 id="luogo">Luogo</h2>
<?cs if:Event.place_slug ?><div class="vm-office-card">
<h3><a href="/luoghi/<?cs var:url_escape(Event.place_slug) ?>"><?cs var:Event.place_name ?></a></h3>
<address><p><?cs call:icon("it-map-marker", "") ?> <?cs var:Event.place_address ?></p></address>
</div>
<?cs else ?><p>Il luogo sarà comunicato a breve.</p>
<?cs /if ?></section>
<section class="vm-service-section" aria-labelledby="date-e-orari">
<h2 id="date-e-orari">Date e orari</h2>
<dl class="vm-nv-facts">
<div><dt>Inizio</dt><dd><time datetime="<?cs var:Event.start_iso ?>"><?cs var:Event.start_date ?>, ore <?cs var:Event.start_time ?></time></dd></div>
<div><dt>Fine</dt><dd><time datetime="<?cs var:Event.end_iso ?>"><?cs var:Event.end_date ?>, ore <?cs var:Event.end_time ?></time></dd></div>
</dl>
<p><a class="btn btn-outline-primary btn-sm" href="/eventi/<?cs var:url_escape(Event.slug) ?>/ics" download="<?cs var:Event.slug ?>.ics"><?cs call:icon("it-calendar", "icon-sm icon-primary") ?><span>Aggiungi al calendario</span></a></p>
</section>
<section class="vm-service-section" aria-labelledby="costi">
<h2 id="costi">Costi</h2>
<p><?cs if:Event.cost ?><?cs var:Event.cost ?><?cs else ?>Ingresso libero e gratuito.<?cs /if ?></p>
</section>
<?cs if:Event.updated ?><p class="vm-metadata" data-element="metadata">Ultimo aggiornamento: <?cs var:Event.updated ?></p><?cs /if ?>
</div>
</div>
</div>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Event", "name": <?cs var:json_str(Event.title) ?>, "description": <?cs var:json_str(Event.summary) ?>, "startDate": <?cs var:json_str(Event.start_iso) ?>, "endDate": <?cs var:json_str(Event.end_iso) ?>, "location": {"@type": "Place", "name": <?cs var:json_str(Event.place_name + "") ?>, "address": <?cs var:json_str(Event.place_address + "") ?>}, "organizer": {"@type": "GovernmentOrganization", "name": <?cs var:json_str(Site.Name) ?>}, "url": <?cs var:json_str(Site.BaseUrl + Page.Canonical) ?>}
</script>
<?cs include:"partials/foot.cs" ?>
