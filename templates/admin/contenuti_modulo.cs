<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs if:Item.previewable ?><?cs call:page_head(Page.Title, "Il portale lo mostra solo se è segnato come pubblicato, dalla richiesta successiva al salvataggio.") ?><?cs else ?><?cs call:page_head(Page.Title, "Le modifiche sono pubblicate sul portale appena salvate.") ?><?cs /if ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-9">
<?cs call:notice() ?>
<?cs if:Item.url || Item.preview ?><p><?cs if:Item.url ?><a href="<?cs var:url_validate(Item.url) ?>">Vedi sul portale</a><?cs /if ?><?cs if:Item.url && Item.preview ?> · <?cs /if ?><?cs if:Item.preview ?><a href="<?cs var:url_validate(Item.preview) ?>">Anteprima</a><?cs /if ?><?cs if:Item.revisions ?> · <a href="<?cs var:url_validate(Item.revisions) ?>">Revisioni</a><?cs /if ?></p>
<?cs /if ?><?cs call:error_summary() ?>
<form method="post" action="<?cs var:url_validate(Item.action) ?>" novalidate>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs call:form_fields() ?>
<button class="btn btn-primary" type="submit"><?cs if:Item.previewable ?>Salva<?cs else ?>Salva e pubblica<?cs /if ?></button>
<a class="btn btn-outline-primary ms-2" href="<?cs var:url_validate(Item.back) ?>">Torna all'elenco</a>
</form>
<?cs if:Item.files_action ?><section class="mt-5" aria-labelledby="file-pdf">
<h2 id="file-pdf">File PDF del documento</h2>
<?cs if:subcount(Item.Files) ?><ul class="list-unstyled" id="file-elenco">
<?cs each:f = Item.Files ?><li class="mb-2"><form method="post" action="<?cs var:url_validate(Item.files_action) ?>/<?cs var:f.id ?>" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs var:f.label ?> <small>(<?cs var:f.filename ?>, PDF, <?cs var:f.size_kb ?> kB)</small>
<button class="btn btn-outline-danger btn-sm ms-2" type="submit">Elimina<span class="visually-hidden"> <?cs var:f.label ?></span></button>
</form></li>
<?cs /each ?></ul>
<?cs else ?><p>Il documento non ha ancora file.</p>
<?cs /if ?><form method="post" action="<?cs var:url_validate(Item.files_action) ?>" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<div class="form-group">
<label for="f-etichetta">Nome del file</label>
<input class="form-control" type="text" id="f-etichetta" name="etichetta" maxlength="200" required aria-describedby="f-etichetta-help">
<small class="form-text" id="f-etichetta-help">Come compare sul portale, per esempio «Delibera firmata».</small>
</div>
<div class="form-group">
<label for="f-pdf">File PDF (al massimo 10 MB)</label>
<input class="form-control" type="file" id="f-pdf" name="pdf" accept="application/pdf" required>
</div>
<button class="btn btn-primary" type="submit">Aggiungi il file</button>
</form>
</section>
<?cs /if ?></div></div>
</div>
<?cs include:"partials/foot.cs" ?>
