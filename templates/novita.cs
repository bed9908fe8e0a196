<?cs include:"partials/head.cs" ?><?cs include:"novita_macros.cs" ?>
<?cs call:page_head("Novità", "Le notizie, i comunicati stampa e gli avvisi del Comune.") ?>
<div class="container">
<?cs if:subcount(Novita.Featured) ?><section class="vm-section" aria-labelledby="novita-evidenza">
<h2 id="novita-evidenza" class="mb-4">In evidenza</h2>
<?cs call:nv_news_cards(Novita.Featured) ?>
</section>
<?cs /if ?><section class="vm-section" aria-labelledby="novita-tutte">
<h2 id="novita-tutte" class="mb-4">Esplora tutte le novità</h2>
<?cs if:subcount(Novita.Latest) ?><?cs call:nv_news_cards(Novita.Latest) ?><?cs else ?><?cs call:nv_empty("Nessuna novità", "Al momento non ci sono notizie, comunicati o avvisi pubblicati.") ?><?cs /if ?>
</section>
<section class="vm-section" aria-labelledby="novita-categorie">
<h2 id="novita-categorie" class="mb-4">Esplora per categoria</h2>
<ul class="vm-nv-cards row">
<?cs each:c = Novita.Categories ?><li class="col-12 col-md-4"><div class="card card-teaser rounded shadow-sm vm-nv-category">
<div class="card-body">
<h3 class="card-title h5"><a href="<?cs var:url_validate(c.url) ?>" data-element="news-category-link"><?cs var:c.name ?></a></h3>
<p class="card-text"><?cs var:c.summary ?></p>
</div>
</div></li>
<?cs /each ?></ul>
</section>
</div>
<?cs include:"partials/foot.cs" ?>
