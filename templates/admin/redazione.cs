<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs # L'elenco di un tipo di contenuto dei redattori (List.*): ricerca, filtri, pagine; List.fixed: un insieme fissato dal modello, sempre pubblicato. ?>
<?cs def:list_url(page) ?><?cs var:url_validate(List.path) ?>?q=<?cs var:url_escape(List.q) ?>&amp;tipo=<?cs var:url_escape(List.type) ?>&amp;stato=<?cs var:url_escape(List.state) ?>&amp;pagina=<?cs var:page ?><?cs /def ?>
<?cs call:page_head(Page.Title, List.lead) ?>
<div class="container mb-5">
<?cs call:notice() ?>
<?cs if:!List.fixed ?><p><a class="btn btn-primary btn-sm" href="<?cs var:url_validate(List.path) ?>/nuovo"><?cs var:List.new_label ?></a></p><?cs /if ?>
<form method="get" action="<?cs var:url_validate(List.path) ?>" class="mb-4" aria-labelledby="filtri">
<h2 id="filtri" class="h5">Cerca e filtra</h2>
<div class="row mt-4">
<div class="col-12 col-md-6 col-lg-4 form-group mb-4"><label for="f-q" class="active">Titolo contiene</label>
<input type="search" class="form-control" id="f-q" name="q" value="<?cs var:List.q ?>" maxlength="200"></div>
<?cs if:subcount(List.Types) ?><div class="col-12 col-md-6 col-lg-4 select-wrapper mb-4"><label for="f-tipo">Tipo</label>
<select id="f-tipo" name="tipo"><option value="">Tutti</option>
<?cs each:t = List.Types ?><option value="<?cs var:t.value ?>"<?cs if:t.selected ?> selected<?cs /if ?>><?cs var:t.label ?></option>
<?cs /each ?></select></div>
<?cs elif:List.type_text ?><div class="col-12 col-md-6 col-lg-4 form-group mb-4"><label for="f-tipo" class="active">Tipo</label>
<input type="text" class="form-control" id="f-tipo" name="tipo" value="<?cs var:List.type ?>" maxlength="80"></div>
<?cs /if ?><?cs if:!List.fixed ?><div class="col-12 col-md-6 col-lg-4 select-wrapper mb-4"><label for="f-stato">Pubblicazione</label>
<select id="f-stato" name="stato">
<option value=""<?cs if:!List.state ?> selected<?cs /if ?>>Tutti</option>
<option value="pubblicati"<?cs if:List.state == "pubblicati" ?> selected<?cs /if ?>>Pubblicati</option>
<option value="bozze"<?cs if:List.state == "bozze" ?> selected<?cs /if ?>>Non pubblicati</option>
</select></div><?cs /if ?>
</div>
<button class="btn btn-outline-primary" type="submit">Cerca</button>
</form>
<?cs if:subcount(List.Items) ?><div class="table-responsive">
<table class="table">
<caption>Trovati: <?cs var:List.total ?> (pagina <?cs var:List.page ?> di <?cs var:List.pages ?>)</caption>
<thead><tr><th scope="col">Titolo</th><?cs if:subcount(List.Types) || List.type_text ?><th scope="col">Tipo</th><?cs /if ?><th scope="col">Data</th><th scope="col">Pubblicazione</th><th scope="col">Altre pagine</th></tr></thead>
<tbody>
<?cs each:i = List.Items ?><tr>
<td><a href="<?cs var:url_validate(List.path) ?>/<?cs var:i.id ?>"><?cs var:i.title ?></a></td>
<?cs if:subcount(List.Types) || List.type_text ?><td><?cs var:i.kind ?></td><?cs /if ?>
<td><?cs var:i.date ?></td>
<td><?cs if:i.published == "1" ?>Pubblicato<?cs else ?>Non pubblicato<?cs /if ?></td>
<td><?cs if:List.fixed ?><a href="<?cs var:url_validate(List.path) ?>/<?cs var:i.id ?>/revisioni">Revisioni<span class="visually-hidden"> di <?cs var:i.title ?></span></a><?cs else ?><a href="<?cs var:url_validate(List.path) ?>/<?cs var:i.id ?>/anteprima">Anteprima<span class="visually-hidden"> di <?cs var:i.title ?></span></a><?cs /if ?></td>
</tr>
<?cs /each ?></tbody>
</table>
</div>
<?cs if:List.pages > 1 ?><nav class="pagination-wrapper" aria-label="Pagine dell'elenco"><ul class="pagination">
<?cs if:List.page > 1 ?><li class="page-item"><a class="page-link" href="<?cs call:list_url(List.page - 1) ?>">Pagina precedente</a></li><?cs /if ?>
<li class="page-item"><span class="page-link" aria-current="page">Pagina <?cs var:List.page ?> di <?cs var:List.pages ?></span></li>
<?cs if:List.page < List.pages ?><li class="page-item"><a class="page-link" href="<?cs call:list_url(List.page + 1) ?>">Pagina successiva</a></li><?cs /if ?>
</ul></nav>
<?cs /if ?><?cs else ?><p>Nessun contenuto trovato.</p>
<?cs /if ?></div>
<?cs include:"partials/foot.cs" ?>
