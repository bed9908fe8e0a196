<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs include:"partials/case_voice.cs" ?>
<?cs call:page_head(Case.title, Case.type_label + ": " + Case.category_name) ?>
<div class="container mb-5">
<?cs call:unavailable() ?>
<div class="row">
<div class="col-12 col-lg-8">
<dl class="vm-summary">
<?cs call:case_status_rows() ?>
<dt>Luogo</dt><dd><?cs if:Case.area_name ?><?cs var:Case.area_name ?>: <?cs /if ?><?cs var:Case.address ?></dd>
<dt>Descrizione</dt><dd><?cs call:longtext(Case.Description) ?></dd>
</dl>
<?cs include:"partials/case_clock.cs" ?>
<?cs call:attachments(Case.code, Attachments) ?>
<?cs call:case_timeline(1) ?>
<?cs if:Voice.action ?><?cs call:voice_forms(Session.csrf) ?><?cs /if ?>
<?cs if:Case.open ?><section aria-labelledby="scrivi" class="mt-4">
<h2 id="scrivi" class="h4">Scrivi all'ufficio</h2>
<?cs if:Form.error ?><div class="alert alert-danger" role="alert" id="errori" tabindex="-1"><a href="#messaggio"><?cs var:Form.error ?></a></div><?cs /if ?>
<form method="post" action="/segnalazioni/<?cs var:Case.code ?>/messaggi" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<div class="form-group"><label for="messaggio" class="active">Messaggio (al massimo 4000 caratteri)</label>
<textarea class="form-control" id="messaggio" name="messaggio" rows="4" maxlength="4000" required><?cs var:Form.messaggio ?></textarea></div>
<div class="form-group"><label for="documento" class="active">Documenti PDF (facoltativi, fino a 3)</label>
<input type="file" class="form-control" id="documento" name="documento" accept="application/pdf" multiple></div>
<button class="btn btn-primary" type="submit">Invia messaggio</button>
</form>
</section><?cs /if ?>
<?cs if:Case.can_withdraw ?><section aria-labelledby="ritira" class="mt-4">
<h2 id="ritira" class="h5">Ritira la pratica</h2>
<p>Puoi ritirarla finché l'ufficio non l'ha presa in carico.</p>
<form method="post" action="/segnalazioni/<?cs var:Case.code ?>/ritira">
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<button class="btn btn-outline-danger" type="submit">Ritira la pratica</button>
</form>
</section><?cs /if ?>
</div>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
