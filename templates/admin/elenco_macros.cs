<?cs # L'elenco dei contenuti dei redattori (List.*, content/newsroom_list.c): la ricerca e i filtri, la tabella, le pagine. Lo usano «Contenuti» (tutti i tipi, List.Kinds) e l'elenco di ciascun tipo. ?>
<?cs def:list_url(page) ?><?cs var:url_validate(List.path) ?>?q=<?cs var:url_escape(List.q) ?>&amp;contenuto=<?cs var:url_escape(List.kind) ?>&amp;tipo=<?cs var:url_escape(List.type) ?>&amp;stato=<?cs var:url_escape(List.state) ?>&amp;argomento=<?cs var:url_escape(List.topic) ?>&amp;ufficio=<?cs var:url_escape(List.office) ?><?cs if:List.mine ?>&amp;miei=1<?cs /if ?>&amp;pagina=<?cs var:page ?><?cs /def ?>
<?cs def:list_select(id, name, label, all, options) ?><div class="col-12 col-md-6 col-lg-4 select-wrapper mb-4"><label for="<?cs var:id ?>"><?cs var:label ?></label>
<select id="<?cs var:id ?>" name="<?cs var:name ?>"><option value=""><?cs var:all ?></option>
<?cs each:o = options ?><option value="<?cs var:o.value ?>"<?cs if:o.selected ?> selected<?cs /if ?>><?cs var:o.label ?></option>
<?cs /each ?></select></div>
<?cs /def ?>
<?cs def:list_filters() ?><form method="get" action="<?cs var:url_validate(List.path) ?>" class="mb-4" aria-labelledby="filtri" id="filtri-elenco">
<h2 id="filtri" class="h5">Cerca e filtra</h2>
<div class="row mt-4">
<div class="col-12 col-md-6 col-lg-4 form-group mb-4"><label for="f-q" class="active">Titolo contiene</label>
<input type="search" class="form-control" id="f-q" name="q" value="<?cs var:List.q ?>" maxlength="200"></div>
<?cs if:subcount(List.Kinds) ?><?cs call:list_select("f-contenuto", "contenuto", "Tipo di contenuto", "Tutti", List.Kinds) ?><?cs /if ?>
<?cs if:subcount(List.Types) ?><?cs call:list_select("f-tipo", "tipo", "Tipo", "Tutti", List.Types) ?>
<?cs elif:List.type_text ?><div class="col-12 col-md-6 col-lg-4 form-group mb-4"><label for="f-tipo" class="active">Tipo</label>
<input type="text" class="form-control" id="f-tipo" name="tipo" value="<?cs var:List.type ?>" maxlength="80"></div>
<?cs /if ?><?cs if:subcount(List.Topics) ?><?cs call:list_select("f-argomento", "argomento", "Argomento", "Tutti", List.Topics) ?><?cs /if ?>
<?cs if:subcount(List.Offices) ?><?cs call:list_select("f-ufficio", "ufficio", "Ufficio", "Tutti", List.Offices) ?><?cs /if ?>
<?cs if:!List.fixed ?><div class="col-12 col-md-6 col-lg-4 select-wrapper mb-4"><label for="f-stato">Pubblicazione</label>
<select id="f-stato" name="stato">
<option value=""<?cs if:!List.state ?> selected<?cs /if ?>>Tutti</option>
<option value="pubblicati"<?cs if:List.state == "pubblicati" ?> selected<?cs /if ?>>Pubblicati</option>
<option value="bozze"<?cs if:List.state == "bozze" ?> selected<?cs /if ?>>Non pubblicati</option>
</select></div><?cs /if ?>
<div class="col-12 col-md-6 col-lg-4 mb-4"><div class="form-check">
<input class="form-check-input" type="checkbox" id="f-miei" name="miei" value="1"<?cs if:List.mine ?> checked<?cs /if ?>>
<label class="form-check-label" for="f-miei">Solo quelli modificati da me</label>
</div></div>
</div>
<button class="btn btn-outline-primary" type="submit">Cerca</button>
</form>
<?cs /def ?>
<?cs def:list_table() ?><?cs if:subcount(List.Items) ?><div class="table-responsive">
<table class="table" id="elenco-contenuti">
<caption>Trovati: <?cs var:List.total ?> (pagina <?cs var:List.page ?> di <?cs var:List.pages ?>)</caption>
<thead><tr><th scope="col">Titolo</th><?cs if:subcount(List.Kinds) ?><th scope="col">Contenuto</th><?cs /if ?><?cs if:subcount(List.Kinds) || subcount(List.Types) || List.type_text ?><th scope="col">Tipo</th><?cs /if ?><th scope="col">Data</th><th scope="col">Pubblicazione</th><th scope="col">Modificato il</th><th scope="col">Altre pagine</th></tr></thead>
<tbody>
<?cs each:i = List.Items ?><tr>
<td><a href="<?cs var:url_validate(i.path) ?>/<?cs var:i.id ?>"><?cs var:i.title ?></a></td>
<?cs if:subcount(List.Kinds) ?><td><?cs var:i.noun ?></td><?cs /if ?>
<?cs if:subcount(List.Kinds) || subcount(List.Types) || List.type_text ?><td><?cs var:i.type_label ?></td><?cs /if ?>
<td><?cs var:i.date ?></td>
<td><?cs if:i.kind == "category" ?>Sempre pubblicata<?cs elif:i.published == "1" ?>Pubblicato<?cs else ?>Non pubblicato<?cs /if ?><?cs if:i.drafts > 0 ?>, modifiche in bozza<?cs /if ?></td>
<td><?cs var:i.updated ?></td>
<td><?cs if:i.kind == "category" || i.kind == "service" ?><a href="<?cs var:url_validate(i.path) ?>/<?cs var:i.id ?>/revisioni">Revisioni<span class="visually-hidden"> di <?cs var:i.title ?></span></a><?cs /if ?><?cs if:i.kind == "service" ?> · <?cs /if ?><?cs if:i.kind != "category" ?><a href="<?cs var:url_validate(i.path) ?>/<?cs var:i.id ?>/anteprima">Anteprima<span class="visually-hidden"> di <?cs var:i.title ?></span></a><?cs /if ?><?cs if:i.kind == "service" && i.published == "1" ?> · <a href="/servizi/<?cs var:url_escape(i.slug) ?>">Sul portale<span class="visually-hidden">: <?cs var:i.title ?></span></a><?cs /if ?></td>
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
<?cs /if ?><?cs /def ?>
