<?cs # Pezzi comuni alle pagine delle pratiche (inclusi dalle pagine che li usano). ?>
<?cs def:case_badge(status, label) ?><span class="badge <?cs if:status == "closed" || status == "rejected" || status == "withdrawn" ?>bg-secondary<?cs elif:status == "draft" ?>bg-light text-dark border<?cs else ?>bg-primary<?cs /if ?> vm-case-status vm-case-<?cs var:status ?>"><?cs var:label ?></span><?cs /def ?>
<?cs # Gli allegati: le foto in una galleria con didascalia, poi i documenti PDF in un elenco
(AttachmentKinds.{photo,document}: quanti di ogni tipo, per non aprire un elenco vuoto). ?>
<?cs def:attachments(code, list) ?><?cs if:AttachmentKinds.photo ?><ul class="vm-gallery list-unstyled">
<?cs each:a = list ?><?cs if:a.kind == "photo" ?><li><figure class="vm-photo"><a href="/segnalazioni/<?cs var:code ?>/allegati/<?cs var:a.id ?>"><img src="/segnalazioni/<?cs var:code ?>/miniature/<?cs var:a.id ?>" alt="Foto allegata: <?cs var:a.filename ?>" width="160" height="120" class="vm-thumb"></a>
<figcaption><?cs var:a.filename ?></figcaption></figure></li>
<?cs /if ?><?cs /each ?></ul><?cs /if ?>
<?cs if:AttachmentKinds.document ?><ul class="vm-attachments list-unstyled">
<?cs each:a = list ?><?cs if:a.kind != "photo" ?><li><a href="/segnalazioni/<?cs var:code ?>/allegati/<?cs var:a.id ?>"><?cs call:icon("it-file", "") ?><?cs var:a.filename ?> (PDF)</a></li>
<?cs /if ?><?cs /each ?></ul><?cs /if ?><?cs /def ?>
<?cs def:field_error(name) ?><?cs if:Form.errors[name] ?><div class="invalid-feedback d-block" id="errore-<?cs var:name ?>"><?cs var:Form.errors[name] ?></div><?cs /if ?><?cs /def ?>
<?cs def:unavailable() ?><?cs if:Form.unavailable ?><div class="alert alert-warning" role="alert" id="non-salvato"><?cs var:Form.unavailable ?></div><?cs /if ?><?cs /def ?>
<?cs # I passi di una nuova pratica: consenso, modulo, riepilogo, ricevuta (current da 0). ?>
<?cs def:case_steps(current) ?><?cs call:steps(current, "Informativa", "Dati", "Riepilogo", "Ricevuta") ?><?cs /def ?>
<?cs # Perché la pratica è in quell'ufficio, come la vedono il cittadino e l'operatore: l'ultimo
trasferimento o cambio di categoria (col suo motivo), altrimenti lo smistamento della categoria; un <dd>
in più dopo quello dell'ufficio. ?>
<?cs def:routing_why(routing, office, category) ?><dd class="small vm-routing-why"><?cs if:routing ?><?cs var:routing ?><?cs else ?>Assegnata a <?cs var:office ?> perché la categoria <?cs var:category ?> è di sua competenza.<?cs /if ?></dd><?cs /def ?>
<?cs # Le prime righe della scheda di una pratica (dentro <dl class="vm-summary">): stato, codice, protocollo,
chi se ne occupa e perché, data prevista, esito. ?>
<?cs def:case_status_rows() ?><dt>Stato</dt><dd><?cs call:case_badge(Case.status, Case.status_label) ?></dd>
<dt>Codice pratica</dt><dd><?cs var:Case.code_display ?></dd>
<dt>Protocollo</dt><dd><?cs var:Case.protocol ?> del <?cs var:Case.submitted ?></dd>
<dt>Chi se ne occupa</dt><dd class="vm-office"><?cs var:Case.office_name ?></dd><?cs call:routing_why(Case.routing, Case.office_name, Case.category_name) ?>
<?cs if:Case.outcome ?><dt>Esito</dt><dd><?cs var:Case.outcome ?></dd><?cs /if ?>
<?cs /def ?>
<?cs # La cronologia pubblica; MINE: i messaggi del cittadino firmati "Tu" (la sua pagina). ?>
<?cs def:case_timeline(mine) ?><section aria-labelledby="cronologia" class="mt-4">
<h2 id="cronologia" class="h4">Cronologia</h2>
<ol class="vm-timeline">
<?cs each:e = Events ?><li class="vm-event vm-event-<?cs var:e.kind ?>"><time class="vm-when" datetime="<?cs var:e.datetime ?>"><?cs var:e.when ?><?cs if:e.time ?>, ore <?cs var:e.time ?><?cs /if ?></time>
<?cs if:e.kind == "status" ?><strong><?cs var:e.status_label ?></strong><?cs else ?><strong><?cs if:e.author == "citizen" && mine ?>Tu<?cs else ?><?cs var:e.author_name ?><?cs /if ?></strong><?cs /if ?>
<?cs if:e.body ?><p><?cs var:e.body ?></p><?cs /if ?></li>
<?cs /each ?></ol>
</section><?cs /def ?>
<?cs # A che punto è la pratica (Case.step da 0): ricevuta, presa in carico, in lavorazione, conclusa
(l'ultimo passo porta lo stato finale: chiusa, respinta, ritirata). ?>
<?cs def:progress_step(n, label) ?><li class="vm-progress-step<?cs if:n < Case.step ?> vm-done<?cs elif:n == Case.step ?> vm-current<?cs /if ?>"<?cs if:n == Case.step ?> aria-current="step"<?cs /if ?>><span class="vm-progress-dot" aria-hidden="true"></span><span class="vm-progress-label"><?cs var:label ?></span><?cs if:n < Case.step ?><span class="visually-hidden"> (fatto)</span><?cs elif:n == Case.step ?><span class="visually-hidden"> (stato attuale)</span><?cs /if ?></li><?cs /def ?>
<?cs def:case_progress() ?><section aria-labelledby="avanzamento" class="mt-2">
<h2 id="avanzamento" class="h4">A che punto è</h2>
<ol class="vm-progress">
<?cs call:progress_step(0, "Ricevuta") ?><?cs call:progress_step(1, "Presa in carico") ?><?cs call:progress_step(2, "In lavorazione") ?><?cs if:Case.step == 3 ?><?cs call:progress_step(3, Case.status_label) ?><?cs else ?><?cs call:progress_step(3, "Chiusa") ?><?cs /if ?>
</ol>
</section><?cs /def ?>
