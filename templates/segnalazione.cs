<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs include:"partials/case_voice.cs" ?>
<p class="container vm-print-only"><?cs var:Site.Name ?>: ricevuta della pratica <?cs var:Case.code_display ?>, protocollo <?cs var:Case.protocol ?> del <?cs var:Case.submitted ?></p>
<?cs call:page_head(Case.title, Case.type_label + ": " + Case.category_name) ?>
<div class="container mb-5 vm-case-page">
<?cs call:unavailable() ?>
<div class="row">
<div class="col-12 col-lg-3 d-none d-lg-block vm-no-print">
<?cs call:page_index_open() ?><?cs call:page_index_item("avanzamento", "A che punto è") ?><?cs call:page_index_item("dettagli", "Dettagli") ?><?cs if:Case.open ?><?cs call:page_index_item("termine", "Tempi") ?><?cs else ?><?cs call:page_index_item("cosa-fare", "Esito e cosa puoi fare") ?><?cs /if ?><?cs if:subcount(Attachments) ?><?cs call:page_index_item("allegati", "Foto e documenti") ?><?cs /if ?><?cs call:page_index_item("cronologia", "Cronologia") ?><?cs if:Case.open ?><?cs call:page_index_item("scrivi", "Scrivi all'ufficio") ?><?cs /if ?><?cs call:page_index_close() ?>
</div>
<div class="col-12 col-lg-8 offset-lg-1">
<p class="vm-no-print"><button type="button" class="btn btn-outline-primary btn-sm vm-print" hidden><?cs call:icon("it-print", "icon-sm icon-primary") ?><span>Stampa la ricevuta</span></button></p>
<?cs call:case_progress() ?>
<section aria-labelledby="dettagli" class="mt-4">
<h2 id="dettagli" class="h4">Dettagli</h2>
<dl class="vm-summary">
<?cs call:case_status_rows() ?>
<dt>Luogo</dt><dd><?cs if:Case.area_name ?><?cs var:Case.area_name ?>: <?cs /if ?><?cs var:Case.address ?></dd>
<dt>Descrizione</dt><dd><?cs call:longtext(Case.Description) ?></dd>
</dl>
</section>
<?cs if:Case.open ?><?cs include:"partials/case_clock.cs" ?><?cs else ?><section aria-labelledby="cosa-fare" class="mt-4 vm-next">
<h2 id="cosa-fare" class="h4">Esito e cosa puoi fare</h2>
<p class="vm-outcome"><?cs if:Case.outcome ?>Esito: <strong><?cs var:Case.outcome ?></strong>.<?cs else ?>La pratica è <?cs var:Case.status_label ?>.<?cs /if ?> La pratica è conclusa: non ci sono altre scadenze.</p>
<ul>
<?cs if:Voice.action ?><li>Dicci se il problema è stato risolto e valuta il servizio, qui sotto.</li><?cs /if ?>
<li>Se c'è un problema nuovo, <a href="/segnalazioni/nuova">presenta una nuova segnalazione</a>.</li>
<li>Ritrovi questa e le altre pratiche nella tua <a href="/area-personale">area personale</a>.</li>
</ul>
</section><?cs /if ?>
<?cs if:subcount(Attachments) ?><section aria-labelledby="allegati" class="mt-4">
<h2 id="allegati" class="h4">Foto e documenti</h2>
<?cs call:attachments(Case.code, Attachments) ?>
</section><?cs /if ?>
<?cs call:case_timeline(1) ?>
<?cs if:Voice.action ?><?cs call:voice_forms(Session.csrf) ?><?cs /if ?>
<?cs if:Case.open ?><section aria-labelledby="scrivi" class="mt-4 vm-no-print">
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
<?cs if:Case.can_withdraw ?><section aria-labelledby="ritira" class="mt-4 vm-no-print">
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
