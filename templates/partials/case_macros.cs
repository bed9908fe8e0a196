<?cs # Pezzi comuni alle pagine delle pratiche (inclusi dalle pagine che li usano). ?>
<?cs def:case_badge(status, label) ?><span class="badge <?cs if:status == "closed" || status == "rejected" || status == "withdrawn" ?>bg-secondary<?cs elif:status == "draft" ?>bg-light text-dark border<?cs else ?>bg-primary<?cs /if ?> vm-case-status vm-case-<?cs var:status ?>"><?cs var:label ?></span><?cs /def ?>
<?cs def:attachments(code, list) ?><?cs if:subcount(list) ?><ul class="vm-attachments">
<?cs each:a = list ?><li><?cs if:a.kind == "photo" ?><a href="/segnalazioni/<?cs var:code ?>/allegati/<?cs var:a.id ?>"><img src="/segnalazioni/<?cs var:code ?>/miniature/<?cs var:a.id ?>" alt="Foto allegata: <?cs var:a.filename ?>" width="160" height="120" class="vm-thumb"></a><?cs else ?><a href="/segnalazioni/<?cs var:code ?>/allegati/<?cs var:a.id ?>"><?cs call:icon("it-file", "") ?><?cs var:a.filename ?> (PDF)</a><?cs /if ?></li>
<?cs /each ?></ul><?cs /if ?><?cs /def ?>
<?cs def:field_error(name) ?><?cs if:Form.errors[name] ?><div class="invalid-feedback d-block" id="errore-<?cs var:name ?>"><?cs var:Form.errors[name] ?></div><?cs /if ?><?cs /def ?>
<?cs def:unavailable() ?><?cs if:Form.unavailable ?><div class="alert alert-warning" role="alert" id="non-salvato"><?cs var:Form.unavailable ?></div><?cs /if ?><?cs /def ?>
<?cs # I passi di una nuova pratica: consenso, modulo, riepilogo, ricevuta (current da 0). ?>
<?cs def:case_steps(current) ?><?cs call:steps(current, "Informativa", "Dati", "Riepilogo", "Ricevuta") ?><?cs /def ?>
