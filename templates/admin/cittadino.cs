<?cs include:"partials/head.cs" ?>
<?cs include:"admin/pratiche_macros.cs" ?>
<?cs call:page_head("Cittadino: vista d'insieme", "Tutte le pratiche, i messaggi e i canali di una persona, dal codice fiscale.") ?>
<div class="container mb-5">
<form method="get" action="/admin/cittadini" class="mb-4">
<div class="form-group"><label for="cf" class="active">Codice fiscale</label>
<input type="text" class="form-control" id="cf" name="cf" maxlength="16" autocomplete="off" required value="<?cs var:Search.cf ?>"<?cs if:Search.error ?> aria-invalid="true" aria-describedby="errore-cf"<?cs /if ?>>
<?cs if:Search.error ?><div class="invalid-feedback d-block" id="errore-cf"><?cs var:Search.error ?></div><?cs /if ?></div>
<button class="btn btn-primary" type="submit">Cerca</button>
</form>
<?cs if:Citizen.id ?>
<div class="row">
<div class="col-12 col-lg-4">
<h2 class="h4">Chi è</h2>
<dl class="vm-summary vm-citizen">
<dt>Nome</dt><dd><?cs var:Citizen.name ?> <?cs var:Citizen.family_name ?></dd>
<dt>Codice fiscale</dt><dd><?cs var:Citizen.fiscal_code ?></dd>
<dt>E-mail</dt><dd><?cs if:Citizen.email ?><?cs var:Citizen.email ?><?cs else ?>non indicata<?cs /if ?></dd>
<dt>Cellulare</dt><dd><?cs if:Citizen.mobile_phone ?><?cs var:Citizen.mobile_phone ?><?cs else ?>non indicato<?cs /if ?></dd>
<dt>Ultimo accesso al portale</dt><dd><?cs var:Citizen.last_login ?></dd>
</dl>
<h2 class="h4 mt-4">Canali usati</h2>
<?cs if:subcount(Channels) ?><ul class="vm-channels"><?cs each:ch = Channels ?><li><?cs var:ch.channel_label ?>: <?cs var:ch.cases ?> <?cs if:ch.cases == "1" ?>pratica<?cs else ?>pratiche<?cs /if ?></li><?cs /each ?></ul><?cs else ?><p>Nessuna pratica.</p><?cs /if ?>
</div>
<div class="col-12 col-lg-8">
<h2 class="h4">Pratiche</h2>
<?cs if:subcount(Cases) ?><?cs call:case_table(Cases, "Pratiche di " + Citizen.name + " " + Citizen.family_name, 0) ?><?cs else ?><p>Nessuna pratica nei tuoi uffici.</p><?cs /if ?>
<h2 class="h4 mt-4">Messaggi e cambi di stato</h2>
<?cs if:subcount(Events) ?><ol class="vm-timeline vm-citizen-events">
<?cs each:e = Events ?><li class="vm-event vm-event-<?cs var:e.kind ?><?cs if:e.public == "0" ?> vm-internal<?cs /if ?>"><span class="vm-when"><?cs var:e.when ?></span>
<a href="/admin/pratiche/<?cs var:e.code ?>"><?cs var:e.code_display ?></a>:
<strong><?cs if:e.kind == "status" ?><?cs var:e.status_label ?><?cs elif:e.kind == "message" ?><?cs if:e.author == "citizen" ?>Messaggio del cittadino<?cs else ?>Risposta dell'ufficio<?cs /if ?><?cs elif:e.kind == "note" ?>Nota interna<?cs else ?>Instradamento<?cs /if ?></strong>
<?cs call:event_body(e) ?></li>
<?cs /each ?></ol><?cs else ?><p>Nessun messaggio.</p><?cs /if ?>
</div>
</div>
<?cs /if ?>
</div>
<?cs include:"partials/foot.cs" ?>
