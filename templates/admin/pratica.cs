<?cs include:"partials/head.cs" ?>
<?cs include:"admin/pratiche_macros.cs" ?>
<?cs call:page_head(Case.title, Case.type_label + ": " + Case.category_name) ?>
<div class="container mb-5">
<?cs if:Case.saved ?><div class="alert alert-success" role="status">Modifica salvata.</div><?cs /if ?>
<?cs if:Form.error ?><div class="alert alert-danger" role="alert"><a href="#azione-<?cs var:Form.azione ?>">L'azione non è stata eseguita: <?cs var:Form.error ?></a></div><?cs /if ?>
<div class="row">
<div class="col-12 col-lg-8">
<dl class="vm-summary">
<dt>Stato</dt><dd><?cs call:case_status(Case.status, Case.status_label) ?></dd>
<dt>Codice pratica</dt><dd><?cs var:Case.code_display ?></dd>
<dt>Protocollo</dt><dd><?cs var:Case.protocol ?> del <?cs var:Case.submitted ?></dd>
<dt>Canale</dt><dd><?cs var:Case.channel_label ?></dd>
<?cs set:routing = "" ?><?cs each:e = Events ?><?cs if:e.kind == "routing" && e.public != "0" ?><?cs set:routing = e.body ?><?cs /if ?><?cs /each ?>
<dt>Ufficio</dt><dd><?cs var:Case.office_name ?></dd><?cs call:routing_why(routing, Case.office_name, Case.category_name) ?>
<dt>Assegnata a</dt><dd><?cs if:Case.operator_name ?><?cs var:Case.operator_name ?><?cs else ?>nessuno<?cs /if ?></dd>
<?cs if:Case.outcome_label ?><dt>Esito</dt><dd><?cs var:Case.outcome_label ?>: <?cs var:Case.outcome ?></dd><?cs /if ?>
<?cs if:Case.service_title ?><dt>Servizio</dt><dd><?cs var:Case.service_title ?></dd><?cs /if ?>
<dt>Luogo</dt><dd><?cs if:Case.area_name ?><?cs var:Case.area_name ?>: <?cs /if ?><?cs var:Case.address ?><?cs if:Case.latitude ?> (<?cs var:Case.latitude ?>, <?cs var:Case.longitude ?>)<?cs /if ?></dd>
<dt>Descrizione</dt><dd><?cs call:longtext(Case.Description) ?></dd>
</dl>
<?cs include:"partials/case_clock.cs" ?>
<?cs include:"partials/case_voice_staff.cs" ?>
<?cs if:subcount(Attachments) ?><section aria-labelledby="allegati" class="mt-4">
<h2 id="allegati" class="h4">Foto e documenti</h2>
<ul class="vm-attachments">
<?cs each:a = Attachments ?><li><?cs if:a.kind == "photo" ?><a href="/admin/pratiche/<?cs var:Case.code ?>/allegati/<?cs var:a.id ?>"><img src="/admin/pratiche/<?cs var:Case.code ?>/allegati/<?cs var:a.id ?>?miniatura=1" alt="Foto allegata: <?cs var:a.filename ?>" width="160" height="120" class="vm-thumb"></a><?cs else ?><a href="/admin/pratiche/<?cs var:Case.code ?>/allegati/<?cs var:a.id ?>"><?cs call:icon("it-file", "") ?><?cs var:a.filename ?> (PDF)</a><?cs /if ?></li>
<?cs /each ?></ul>
</section><?cs /if ?>
<section aria-labelledby="cronologia" class="mt-4">
<h2 id="cronologia" class="h4">Cronologia</h2>
<ol class="vm-timeline">
<?cs each:e = Events ?><li class="vm-event vm-event-<?cs var:e.kind ?><?cs if:e.public == "0" ?> vm-internal<?cs /if ?>"><span class="vm-when"><?cs var:e.when ?></span>
<strong><?cs if:e.kind == "status" ?><?cs var:e.status_label ?><?cs elif:e.kind == "message" ?>Messaggio<?cs elif:e.kind == "note" ?>Nota interna<?cs else ?>Instradamento<?cs /if ?></strong>
<span class="vm-author"><?cs if:e.author == "citizen" ?>dal cittadino<?cs elif:e.author == "system" ?>automatico<?cs else ?><?cs var:e.author_name ?><?cs /if ?></span><?cs if:e.public == "0" ?> <span class="badge vm-badge-internal">non visibile al cittadino</span><?cs /if ?>
<?cs call:event_body(e) ?></li>
<?cs /each ?></ol>
</section>
</div>
<aside class="col-12 col-lg-4" aria-labelledby="cittadino">
<h2 id="cittadino" class="h4">Cittadino</h2>
<?cs if:Case.citizen_id ?><p><?cs var:Case.citizen_name ?><br>Codice fiscale <a href="/admin/cittadini?cf=<?cs var:url_escape(Case.fiscal_code) ?>"><?cs var:Case.fiscal_code ?></a><br>
<?cs if:Case.citizen_email ?>E-mail del profilo: <?cs var:Case.citizen_email ?><br><?cs /if ?><?cs if:Case.citizen_phone ?>Cellulare del profilo: <?cs var:Case.citizen_phone ?><?cs /if ?></p>
<?cs else ?><p>Persona senza SPID/CIE<?cs if:Case.contact_name ?>: <?cs var:Case.contact_name ?><?cs /if ?></p><?cs /if ?>
<h3 class="h6">Contatti per questa pratica</h3>
<p class="vm-contacts"><?cs if:Case.contact_email ?>E-mail: <?cs var:Case.contact_email ?><br><?cs /if ?><?cs if:Case.contact_phone ?>Telefono: <?cs var:Case.contact_phone ?><?cs /if ?><?cs if:!Case.contact_email && !Case.contact_phone ?>Nessun contatto.<?cs /if ?></p>
</aside>
</div>
<?cs if:Can.act ?><section aria-labelledby="azioni" class="mt-4 vm-actions">
<h2 id="azioni" class="h4">Azioni</h2>
<div class="row">
<?cs if:Can.prendi || Can.lavora || Can.riprendi ?><div class="col-12 col-lg-6 mb-4" id="azione-prendi">
<?cs call:action_error("prendi") ?><?cs call:action_error("lavora") ?><?cs call:action_error("riprendi") ?>
<?cs if:Can.prendi ?><form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione" class="d-inline"><?cs call:action_fields("prendi") ?><button class="btn btn-primary me-2 mb-2" type="submit">Prendi in carico</button></form><?cs /if ?>
<?cs if:Can.lavora ?><form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione" class="d-inline"><?cs call:action_fields("lavora") ?><button class="btn btn-outline-primary me-2 mb-2" type="submit">Metti in lavorazione</button></form><?cs /if ?>
<?cs if:Can.riprendi ?><form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione" class="d-inline"><?cs call:action_fields("riprendi") ?><button class="btn btn-primary me-2 mb-2" type="submit">Riprendi la lavorazione</button></form><?cs /if ?>
</div><?cs /if ?>
<?cs if:Can.assegna ?><div class="col-12 col-lg-6 mb-4" id="azione-assegna">
<h3 class="h5">Assegna</h3><?cs call:action_error("assegna") ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("assegna") ?>
<div class="select-wrapper mt-4 mb-2"><label for="operatore">Operatore dell'ufficio</label>
<select id="operatore" name="operatore"><option value="">Scegli un operatore</option>
<?cs each:o = Choices.Operators ?><option value="<?cs var:o.id ?>"<?cs if:o.id == Form.operatore ?> selected<?cs /if ?>><?cs var:o.display_name ?></option>
<?cs /each ?></select></div>
<button class="btn btn-outline-primary" type="submit">Assegna</button>
</form></div><?cs /if ?>
<?cs if:Can.rispondi ?><div class="col-12 col-lg-6 mb-4" id="azione-rispondi">
<h3 class="h5">Rispondi al cittadino</h3><?cs call:action_error("rispondi") ?>
<form method="get" action="/admin/pratiche/<?cs var:Case.code ?>" class="mb-2">
<div class="select-wrapper mt-4 mb-2"><label for="modello">Modello di risposta</label>
<select id="modello" name="modello"><option value="">Nessuno</option>
<?cs each:t = Choices.Templates ?><option value="<?cs var:t.slug ?>"<?cs if:t.slug == Form.modello ?> selected<?cs /if ?>><?cs var:t.title ?></option>
<?cs /each ?></select></div>
<button class="btn btn-outline-primary btn-sm" type="submit">Usa il modello</button>
</form>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("rispondi") ?>
<div class="form-group mt-4"><label for="risposta" class="active">Risposta pubblica (la riceve anche per e-mail)</label>
<textarea class="form-control" id="risposta" name="risposta" rows="8" maxlength="4000" required><?cs var:Form.risposta ?></textarea></div>
<button class="btn btn-primary" type="submit">Invia la risposta</button>
</form></div><?cs /if ?>
<?cs if:Can.chiedi ?><div class="col-12 col-lg-6 mb-4" id="azione-chiedi">
<h3 class="h5">Chiedi informazioni</h3><?cs call:action_error("chiedi") ?>
<p>La prima richiesta sospende il termine (una sola volta, al massimo 30 giorni): riprende appena il cittadino risponde.</p>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("chiedi") ?>
<div class="form-group mt-4"><label for="domanda" class="active">Che cosa serve sapere</label>
<textarea class="form-control" id="domanda" name="domanda" rows="4" maxlength="4000" required><?cs var:Form.domanda ?></textarea></div>
<button class="btn btn-outline-primary" type="submit">Chiedi al cittadino</button>
</form></div><?cs /if ?>
<?cs if:Can.nota ?><div class="col-12 col-lg-6 mb-4" id="azione-nota">
<h3 class="h5">Nota interna</h3><?cs call:action_error("nota") ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("nota") ?>
<div class="form-group mt-4"><label for="nota" class="active">Nota (non visibile al cittadino)</label>
<textarea class="form-control" id="nota" name="nota" rows="3" maxlength="4000" required><?cs var:Form.nota ?></textarea></div>
<button class="btn btn-outline-primary" type="submit">Aggiungi la nota</button>
</form></div><?cs /if ?>
<?cs if:Can.trasferisci ?><div class="col-12 col-lg-6 mb-4" id="azione-trasferisci">
<h3 class="h5">Trasferisci a un altro ufficio</h3><?cs call:action_error("trasferisci") ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("trasferisci") ?>
<div class="select-wrapper mt-4 mb-2"><label for="ufficio">Nuovo ufficio</label>
<select id="ufficio" name="ufficio"><option value="">Scegli un ufficio</option>
<?cs call:options(Choices.Offices, "id", Form.ufficio) ?></select></div>
<div class="form-group mt-4"><label for="motivo" class="active">Motivo (obbligatorio, lo legge anche il cittadino)</label>
<textarea class="form-control" id="motivo" name="motivo" rows="2" maxlength="4000" required><?cs var:Form.motivo ?></textarea></div>
<button class="btn btn-outline-primary" type="submit">Trasferisci</button>
</form></div><?cs /if ?>
<?cs if:Can.riclassifica ?><div class="col-12 col-lg-6 mb-4" id="azione-riclassifica">
<h3 class="h5">Cambia categoria</h3><?cs call:action_error("riclassifica") ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("riclassifica") ?>
<div class="select-wrapper mt-4 mb-2"><label for="categoria">Nuova categoria</label>
<select id="categoria" name="categoria"><option value="">Scegli una categoria</option>
<?cs call:options(Choices.Categories, "slug", Form.categoria) ?></select></div>
<div class="form-group mt-4"><label for="motivo_categoria" class="active">Motivo (obbligatorio, lo legge anche il cittadino)</label>
<textarea class="form-control" id="motivo_categoria" name="motivo_categoria" rows="2" maxlength="4000" required><?cs var:Form.motivo_categoria ?></textarea></div>
<button class="btn btn-outline-primary" type="submit">Cambia categoria</button>
</form></div><?cs /if ?>
<?cs if:Can.chiudi ?><div class="col-12 col-lg-6 mb-4" id="azione-chiudi">
<h3 class="h5">Chiudi la pratica</h3><?cs call:action_error("chiudi") ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("chiudi") ?>
<fieldset class="mb-3"><legend class="h6">Esito (obbligatorio)</legend>
<div class="form-check"><input class="form-check-input" type="radio" name="esito" id="esito-risolta" value="risolta"<?cs if:Form.esito == "risolta" ?> checked<?cs /if ?>><label class="form-check-label" for="esito-risolta">Risolta</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="esito" id="esito-non-risolvibile" value="non_risolvibile"<?cs if:Form.esito == "non_risolvibile" ?> checked<?cs /if ?>><label class="form-check-label" for="esito-non-risolvibile">Non risolvibile</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="esito" id="esito-non-competenza" value="non_competenza"<?cs if:Form.esito == "non_competenza" ?> checked<?cs /if ?>><label class="form-check-label" for="esito-non-competenza">Non di competenza del Comune</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="esito" id="esito-respinta" value="respinta"<?cs if:Form.esito == "respinta" ?> checked<?cs /if ?>><label class="form-check-label" for="esito-respinta">Respinta</label></div>
</fieldset>
<div class="form-group mt-4"><label for="spiegazione" class="active">Spiegazione per il cittadino (obbligatoria)</label>
<textarea class="form-control" id="spiegazione" name="spiegazione" rows="4" maxlength="4000" required><?cs var:Form.spiegazione ?></textarea></div>
<button class="btn btn-primary" type="submit">Chiudi la pratica</button>
</form></div><?cs /if ?>
<?cs if:Can.riapri ?><div class="col-12 col-lg-6 mb-4" id="azione-riapri">
<h3 class="h5">Riapri la pratica</h3><?cs call:action_error("riapri") ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("riapri") ?>
<div class="form-group mt-4"><label for="motivo_riapertura" class="active">Motivo (obbligatorio, interno)</label>
<textarea class="form-control" id="motivo_riapertura" name="motivo_riapertura" rows="2" maxlength="4000" required><?cs var:Form.motivo_riapertura ?></textarea></div>
<button class="btn btn-outline-primary" type="submit">Riapri</button>
</form></div><?cs /if ?>
</div>
</section><?cs /if ?>
</div>
<?cs include:"partials/foot.cs" ?>
