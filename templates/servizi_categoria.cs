<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Category.name, Category.summary) ?>
<div class="container">
<div class="row">
<section class="col-12 col-lg-8 mb-4" aria-labelledby="categoria-servizi">
<h2 class="vm-results-count" id="categoria-servizi"><?cs if:subcount(Category.Services) == 0 ?>Nessun servizio in questa categoria<?cs elif:subcount(Category.Services) == 1 ?>1 servizio<?cs else ?><?cs var:subcount(Category.Services) ?> servizi<?cs /if ?><span class="vm-count"> in ordine alfabetico</span></h2>
<?cs if:subcount(Category.Services) ?><?cs call:service_cards(Category.Services) ?>
<?cs else ?><div class="callout"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-info-circle", "") ?><span>Nessun servizio</span></div>
<p>Al momento non ci sono servizi in questa categoria. Puoi <a href="/servizi">guardare tutti i servizi</a> o <a href="/cerca?tipo=servizi">cercarne uno</a>.</p>
</div></div>
<?cs /if ?></section>
<?cs if:subcount(Category.Offices) ?><aside class="col-12 col-lg-4 mb-4" aria-labelledby="categoria-uffici">
<div class="link-list-wrapper">
<h2 class="h6 text-uppercase" id="categoria-uffici">Uffici</h2>
<ul class="link-list">
<?cs each:o = Category.Offices ?><li><a class="list-item" href="/uffici/<?cs var:url_escape(o.slug) ?>"><span><?cs var:o.name ?></span></a></li>
<?cs /each ?></ul>
</div>
</aside>
<?cs /if ?></div>
</div>
<?cs include:"partials/foot.cs" ?>
