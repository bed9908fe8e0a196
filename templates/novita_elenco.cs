<?cs include:"partials/head.cs" ?><?cs include:"novita_macros.cs" ?>
<?cs call:page_head(News.title, News.summary) ?>
<div class="container">
<form class="vm-filters" action="/novita/<?cs var:url_escape(News.segment) ?>" method="get" aria-labelledby="filtri-titolo">
<p class="vm-filter-title" id="filtri-titolo">Filtra <?cs if:News.segment == "notizie" ?>le notizie<?cs elif:News.segment == "comunicati" ?>i comunicati<?cs else ?>gli avvisi<?cs /if ?></p>
<div class="row">
<div class="col-12 col-md-6 col-lg-4 mb-3">
<label class="vm-select-label" for="filtro-argomento">Argomento</label>
<select class="vm-select" id="filtro-argomento" name="argomento">
<option value=""<?cs if:!News.Filter.topic ?> selected<?cs /if ?>>Tutti gli argomenti</option>
<?cs each:t = News.Topics ?><option value="<?cs var:t.slug ?>"<?cs if:t.selected ?> selected<?cs /if ?>><?cs var:t.name ?> (<?cs var:t.count ?>)</option>
<?cs /each ?></select>
</div>
<div class="col-6 col-lg-3 mb-3">
<label class="vm-select-label" for="filtro-dal">Pubblicate dal</label>
<input class="form-control vm-nv-date" type="date" id="filtro-dal" name="dal" value="<?cs var:News.Filter.from ?>">
</div>
<div class="col-6 col-lg-3 mb-3">
<label class="vm-select-label" for="filtro-al">al</label>
<input class="form-control vm-nv-date" type="date" id="filtro-al" name="al" value="<?cs var:News.Filter.to ?>">
</div>
</div>
<div class="vm-filter-actions">
<button class="btn btn-primary" type="submit">Applica i filtri</button>
<?cs if:News.Filter.topic || News.Filter.from || News.Filter.to ?><a href="/novita/<?cs var:url_escape(News.segment) ?>">Rimuovi i filtri</a><?cs /if ?>
</div>
</form>

<section aria-labelledby="elenco-novita">
<h2 class="vm-results-count" id="elenco-novita"><?cs if:News.Total == 0 ?>Nessun risultato<?cs elif:News.Total == 1 ?>1 risultato<?cs else ?><?cs var:News.Total ?> risultati<?cs /if ?><?cs if:Pager.pages > 1 ?><span class="vm-count"> (pagina <?cs var:Pager.page ?> di <?cs var:Pager.pages ?>)</span><?cs /if ?></h2>
<?cs if:subcount(News.Items) ?><?cs call:nv_news_cards(News.Items) ?>
<?cs else ?><?cs call:nv_empty("Nessun risultato", "Nessun contenuto corrisponde ai filtri selezionati. Prova a cambiare l'argomento o le date.") ?>
<?cs /if ?><?cs call:nv_pager("Paginazione dell'elenco") ?>
</section>
</div>
<?cs include:"partials/foot.cs" ?>
