<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>

<div class="container">
<div class="row">
<div class="col-12 col-lg-8">
<h2 class="h3" id="esplora-servizi">Esplora tutti i servizi</h2>
<form class="vm-filters" action="/cerca" method="get" role="search" aria-labelledby="cerca-servizi-label">
<input type="hidden" name="tipo" value="servizi">
<label class="vm-select-label" id="cerca-servizi-label" for="cerca-servizi">Cerca una parola chiave tra i servizi</label>
<div class="input-group">
<input class="form-control" type="search" id="cerca-servizi" name="q" autocomplete="off">
<div class="input-group-append"><button class="btn btn-primary" type="submit">Cerca</button></div>
</div>
</form>
<form class="vm-filters" action="/servizi" method="get" aria-labelledby="filtri-titolo">
<p class="vm-filter-title" id="filtri-titolo">Filtra i servizi</p>
<div class="row">
<div class="col-12 col-md-6 mb-3">
<label class="vm-select-label" for="filtro-argomento">Argomento</label>
<select class="vm-select" id="filtro-argomento" name="argomento">
<option value=""<?cs if:!Catalogue.Filter.topic ?> selected<?cs /if ?>>Tutti gli argomenti</option>
<?cs each:t = Catalogue.Topics ?><option value="<?cs var:t.slug ?>"<?cs if:t.selected ?> selected<?cs /if ?>><?cs var:t.name ?></option>
<?cs /each ?></select>
</div>
<div class="col-12 col-md-6 mb-1">
<fieldset>
<legend>Destinatari</legend>
<div class="vm-radios">
<div class="form-check"><input type="radio" id="dest-tutti" name="destinatari" value=""<?cs if:!Catalogue.Filter.audience ?> checked<?cs /if ?>><label for="dest-tutti">Tutti</label></div>
<div class="form-check"><input type="radio" id="dest-cittadini" name="destinatari" value="cittadini"<?cs if:Catalogue.Filter.audience == "cittadini" ?> checked<?cs /if ?>><label for="dest-cittadini">Cittadini</label></div>
<div class="form-check"><input type="radio" id="dest-imprese" name="destinatari" value="imprese"<?cs if:Catalogue.Filter.audience == "imprese" ?> checked<?cs /if ?>><label for="dest-imprese">Imprese</label></div>
</div>
</fieldset>
</div>
</div>
<div class="vm-filter-actions">
<button class="btn btn-primary" type="submit">Applica i filtri</button>
<?cs if:Catalogue.Filter.topic || Catalogue.Filter.audience ?><a href="/servizi">Rimuovi i filtri</a><?cs /if ?>
</div>
</form>

<section aria-labelledby="elenco-servizi">
<h2 class="vm-results-count" id="elenco-servizi"><?cs if:Catalogue.Total == 0 ?>Nessun servizio trovato<?cs elif:Catalogue.Total == 1 ?>1 servizio trovato<?cs else ?><?cs var:Catalogue.Total ?> servizi trovati<?cs /if ?><?cs if:Pager.pages > 1 ?><span class="vm-count"> (pagina <?cs var:Pager.page ?> di <?cs var:Pager.pages ?>)</span><?cs /if ?></h2>
<?cs if:subcount(Catalogue.Services) ?><?cs call:service_cards(Catalogue.Services) ?>
<?cs else ?><div class="callout"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-info-circle", "") ?><span>Nessun risultato</span></div>
<p>Nessun servizio corrisponde ai filtri selezionati. Prova a scegliere un altro argomento oppure <a href="/servizi">guarda tutti i servizi</a>.</p>
</div></div>
<?cs /if ?>

<?cs if:Pager.pages > 1 ?><nav class="pagination-wrapper justify-content-center" aria-label="Paginazione dei servizi">
<ul class="pagination">
<?cs if:Pager.prev_url ?><li class="page-item"><a class="page-link" href="<?cs var:url_validate(Pager.prev_url) ?>"><?cs call:icon("it-chevron-left", "icon-primary") ?><span class="visually-hidden">Pagina precedente</span></a></li>
<?cs else ?><li class="page-item disabled"><span class="page-link vm-page-disabled"><?cs call:icon("it-chevron-left", "icon-primary") ?><span class="visually-hidden">Pagina precedente (non disponibile)</span></span></li>
<?cs /if ?><?cs each:l = Pager.Links ?><?cs if:l.current ?><li class="page-item active"><a class="page-link" href="<?cs var:url_validate(l.url) ?>" aria-current="page" data-element="pager-link"><span class="visually-hidden">Pagina </span><?cs var:l.num ?></a></li>
<?cs else ?><li class="page-item"><a class="page-link" href="<?cs var:url_validate(l.url) ?>" data-element="pager-link"><span class="visually-hidden">Pagina </span><?cs var:l.num ?></a></li>
<?cs /if ?><?cs /each ?><?cs if:Pager.next_url ?><li class="page-item"><a class="page-link" href="<?cs var:url_validate(Pager.next_url) ?>"><span class="visually-hidden">Pagina successiva</span><?cs call:icon("it-chevron-right", "icon-primary") ?></a></li>
<?cs else ?><li class="page-item disabled"><span class="page-link vm-page-disabled"><span class="visually-hidden">Pagina successiva (non disponibile)</span><?cs call:icon("it-chevron-right", "icon-primary") ?></span></li>
<?cs /if ?></ul>
</nav>
<?cs /if ?>
</section>

</div>

<?cs if:subcount(Catalogue.Featured) ?><aside class="col-12 col-lg-4 pt-lg-5" aria-labelledby="servizi-evidenza">
<div class="link-list-wrapper">
<h2 class="h6 text-uppercase" id="servizi-evidenza">Servizi in evidenza</h2>
<ul class="link-list">
<?cs each:s = Catalogue.Featured ?><li><a class="list-item" href="/servizi/<?cs var:url_escape(s.slug) ?>"><span><?cs var:s.title ?></span></a></li>
<?cs /each ?></ul>
</div>
</aside>
<?cs /if ?></div>

<section class="vm-section" aria-labelledby="esplora-categorie">
<h2 class="h3" id="esplora-categorie">Esplora per categoria</h2>
<ul class="vm-cards row">
<?cs each:c = Catalogue.Categories ?><li class="col-12 col-md-6 col-lg-4">
<article class="it-card rounded shadow-sm border">
<a href="/servizi/categoria/<?cs var:url_escape(c.slug) ?>" data-element="service-category-link"><h3 class="it-card-title"><?cs var:c.name ?></h3></a>
<div class="it-card-body"><p class="it-card-text"><?cs var:c.summary ?></p></div>
<footer class="it-card-related it-card-footer"><div class="it-card-taxonomy vm-count"><?cs if:c.count == 1 ?>1 servizio<?cs else ?><?cs var:c.count ?> servizi<?cs /if ?></div></footer>
</article>
</li>
<?cs /each ?></ul>
</section>
</div>
<?cs include:"partials/foot.cs" ?>
