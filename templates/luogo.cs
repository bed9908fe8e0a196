<?cs include:"partials/head.cs" ?><?cs include:"novita_macros.cs" ?>
<?cs call:nv_detail_head(Place.name, Place.place_type, "", Place.summary) ?>
<?cs call:nv_figure(Place.image, Place.image_alt, "") ?>
<div class="container">
<div class="row">
<div class="col-12 col-lg-3">
<?cs call:page_index_open() ?>
<?cs call:page_index_item("descrizione", "Descrizione") ?>
<?cs if:subcount(Place.services) ?><?cs call:page_index_item("servizi", "Servizi presenti nel luogo") ?>
<?cs /if ?><?cs call:page_index_item("indirizzo", "Indirizzo") ?>
<?cs if:subcount(Place.hours) ?><?cs call:page_index_item("orari", "Orari di apertura") ?>
<?cs /if ?><?cs call:page_index_item("contatti", "Contatti") ?>
<?cs if:subcount(Place.Events) ?><?cs call:page_index_item("eventi", "Eventi in programma") ?>
<?cs /if ?><?cs call:page_index_close() ?>
</div>
<div class="col-12 col-lg-8 offset-lg-1">
<?cs call:nv_text_section("descrizione", "Descrizione", Place.description, Place.summary) ?>
<?cs if:subcount(Place.services) ?><section class="vm-service-section" aria-labelledby="servizi">
<h2 id="servizi">Servizi presenti nel luogo</h2>
<ul><?cs each:s = Place.services ?><li><?cs var:s ?></li><?cs /each ?></ul>
</section>
<?cs /if ?><section class="vm-service-section" aria-labelledby="indirizzo">
<h2 id="indirizzo">Indirizzo</h2>
<address><p><?cs call:icon("it-map-marker", "") ?> <?cs var:Place.address ?></p></address>
</section>
<?cs if:subcount(Place.hours) ?><section class="vm-service-section" aria-labelledby="orari">
<h2 id="orari">Orari di apertura</h2>
<ul class="vm-hours"><?cs each:h = Place.hours ?><li><?cs var:h ?></li><?cs /each ?></ul>
</section>
<?cs /if ?><section class="vm-service-section" aria-labelledby="contatti">
<h2 id="contatti">Contatti</h2>
<?cs if:Place.phone || Place.email || Place.website ?><ul class="vm-contact-list">
<?cs if:Place.phone ?><li><?cs call:icon("it-telephone", "") ?><span><span class="visually-hidden">Telefono: </span><?cs var:Place.phone ?></span></li>
<?cs /if ?><?cs if:Place.email ?><li><?cs call:icon("it-mail", "") ?><span><span class="visually-hidden">Email: </span><a href="mailto:<?cs var:Place.email ?>"><?cs var:Place.email ?></a></span></li>
<?cs /if ?><?cs if:Place.website ?><li><?cs call:icon("it-link", "") ?><span><span class="visually-hidden">Sito web: </span><a href="<?cs var:url_validate(Place.website) ?>"><?cs var:Place.website ?></a></span></li>
<?cs /if ?></ul>
<?cs else ?><p>Per informazioni rivolgersi all'Ufficio relazioni con il pubblico del Comune.</p>
<?cs /if ?></section>
<?cs if:subcount(Place.Events) ?><section class="vm-service-section" aria-labelledby="eventi">
<h2 id="eventi">Eventi in programma</h2>
<ul class="vm-nv-eventlist"><?cs each:e = Place.Events ?><li><a href="/eventi/<?cs var:url_escape(e.slug) ?>" data-element="event-link"><?cs var:e.title ?></a> <span class="vm-nv-when"><?cs var:e.when ?></span></li><?cs /each ?></ul>
</section>
<?cs /if ?><?cs if:Place.updated ?><p class="vm-metadata" data-element="metadata">Ultimo aggiornamento: <?cs var:Place.updated ?></p><?cs /if ?>
</div>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
