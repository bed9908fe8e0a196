<?cs include:"partials/head.cs" ?>
<?cs include:"admin/pratiche_macros.cs" ?>
<?cs include:"admin/pratica_azioni.cs" ?>
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
<?cs if:Primary.action ?><div class="vm-primary-action mb-4" id="azione-<?cs var:Primary.action ?>">
<p class="vm-next-step">Prossimo passo</p>
<?cs call:action_form(Primary.action, 1) ?>
</div><?cs /if ?>
<?cs # Aperto quando l'operatore ci sta lavorando: un errore di una di queste azioni, o un modello di risposta scelto. ?>
<details class="vm-more-actions"<?cs if:(Form.azione && Form.azione != Primary.action) || (Form.modello && Primary.action != "rispondi") ?> open<?cs /if ?>>
<summary>Altre azioni</summary>
<div class="row mt-3">
<?cs each:name = ActionOrder ?><?cs if:Can[name] == "1" && name != Primary.action ?><div class="col-12 col-lg-6 mb-4" id="azione-<?cs var:name ?>"><?cs call:action_form(name, 0) ?></div>
<?cs /if ?><?cs /each ?></div>
</details>
</section><?cs /if ?>
</div>
<?cs include:"partials/foot.cs" ?>
