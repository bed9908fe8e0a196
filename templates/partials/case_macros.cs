<?cs # Pezzi comuni alle pagine delle pratiche (inclusi dalle pagine che li usano). ?>
<?cs def:case_badge(status, label) ?><span class="badge <?cs if:status == "closed" || status == "rejected" || status == "withdrawn" ?>bg-secondary<?cs elif:status == "draft" ?>bg-light text-dark border<?cs else ?>bg-primary<?cs /if ?> vm-case-status vm-case-<?cs var:status ?>"><?cs var:label ?></span><?cs /def ?>
<?cs def:attachments(code, list) ?><?cs if:subcount(list) ?><ul class="vm-attachments">
<?cs each:a = list ?><li><?cs if:a.kind == "photo" ?><a href="/segnalazioni/<?cs var:code ?>/allegati/<?cs var:a.id ?>"><img src="/segnalazioni/<?cs var:code ?>/miniature/<?cs var:a.id ?>" alt="Foto allegata: <?cs var:a.filename ?>" width="160" height="120" class="vm-thumb"></a><?cs else ?><a href="/segnalazioni/<?cs var:code ?>/allegati/<?cs var:a.id ?>"><?cs call:icon("it-file", "") ?><?cs var:a.filename ?> (PDF)</a><?cs /if ?></li>
<?cs /each ?></ul><?cs /if ?><?cs /def ?>
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
<?cs each:e = Events ?><li class="vm-event vm-event-<?cs var:e.kind ?>"><span class="vm-when"><?cs var:e.when ?></span>
<?cs if:e.kind == "status" ?><strong><?cs var:e.status_label ?></strong><?cs else ?><strong><?cs if:e.author == "citizen" && mine ?>Tu<?cs else ?><?cs var:e.author_name ?><?cs /if ?></strong><?cs /if ?>
<?cs if:e.body ?><p><?cs var:e.body ?></p><?cs /if ?></li>
<?cs /each ?></ol>
</section><?cs /def ?>
