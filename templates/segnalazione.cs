<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs call:page_head(Case.title, Case.type_label + ": " + Case.category_name) ?>
<div class="container mb-5">
<?cs call:unavailable() ?>
<div class="row">
<div class="col-12 col-lg-8">
<dl class="vm-summary">
<dt>Stato</dt><dd><?cs call:case_badge(Case.status, Case.status_label) ?></dd>
<dt>Codice pratica</dt><dd><?cs var:Case.code_display ?></dd>
<dt>Protocollo</dt><dd><?cs var:Case.protocol ?> del <?cs var:Case.submitted ?></dd>
<dt>Chi se ne occupa</dt><dd class="vm-office"><?cs var:Case.office_name ?></dd>
<?cs if:Case.outcome ?><dt>Esito</dt><dd><?cs var:Case.outcome ?></dd><?cs /if ?>
<dt>Luogo</dt><dd><?cs if:Case.area_name ?><?cs var:Case.area_name ?>: <?cs /if ?><?cs var:Case.address ?></dd>
<dt>Descrizione</dt><dd><?cs call:longtext(Case.Description) ?></dd>
</dl>
<?cs include:"partials/case_clock.cs" ?>
<?cs call:attachments(Case.code, Attachments) ?>
<section aria-labelledby="cronologia" class="mt-4">
<h2 id="cronologia" class="h4">Cronologia</h2>
<ol class="vm-timeline">
<?cs each:e = Events ?><li class="vm-event vm-event-<?cs var:e.kind ?>"><span class="vm-when"><?cs var:e.when ?></span>
<?cs if:e.kind == "status" ?><strong><?cs var:e.status_label ?></strong><?cs else ?><strong><?cs if:e.author == "citizen" ?>Tu<?cs else ?><?cs var:e.author_name ?><?cs /if ?></strong><?cs /if ?>
<?cs if:e.body ?><p><?cs var:e.body ?></p><?cs /if ?></li>
<?cs /each ?></ol>
</section>
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
