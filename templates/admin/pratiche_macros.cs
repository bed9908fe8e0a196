<?cs # Pezzi comuni alle pagine delle pratiche del back office (coda, pratica, cittadino). ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs # Stato di una pratica: pieno se aperta, grigio se conclusa. ?>
<?cs def:case_status(status, label) ?><span class="badge <?cs if:status == "closed" || status == "rejected" || status == "withdrawn" ?>bg-secondary<?cs else ?>bg-primary<?cs /if ?> vm-case-status vm-case-<?cs var:status ?>"><?cs var:label ?></span><?cs /def ?>
<?cs # Testo di un evento della cronologia, con i suoi paragrafi. ?>
<?cs def:event_body(e) ?><?cs if:subcount(e.Body) ?><div class="vm-event-body"><?cs call:longtext(e.Body) ?></div><?cs /if ?><?cs /def ?>
<?cs # Tabella di pratiche; con selectable una casella per riga (azioni di gruppo). ?>
<?cs def:case_table(list, caption, selectable) ?><div class="table-responsive">
<table class="table table-sm vm-queue">
<caption><?cs var:caption ?></caption>
<thead><tr><?cs if:selectable ?><th scope="col"><span class="visually-hidden">Seleziona</span></th><?cs /if ?><th scope="col">Pratica</th><th scope="col">Stato</th><th scope="col">Categoria e ufficio</th><th scope="col">Canale</th><th scope="col">Cittadino</th><th scope="col">Ricevuta</th><th scope="col">Scadenza</th><th scope="col">Assegnata a</th></tr></thead>
<tbody>
<?cs each:c = list ?><tr class="vm-queue-row" data-code="<?cs var:c.code ?>">
<?cs if:selectable ?><td><div class="form-check"><input class="form-check-input" type="checkbox" name="pratica" value="<?cs var:c.code ?>" id="sel-<?cs var:c.code ?>"><label class="form-check-label" for="sel-<?cs var:c.code ?>"><span class="visually-hidden">Seleziona la pratica <?cs var:c.code_display ?></span></label></div></td><?cs /if ?>
<td><a href="/admin/pratiche/<?cs var:c.code ?>"><?cs if:c.title ?><?cs var:c.title ?><?cs else ?>Pratica senza titolo<?cs /if ?></a><br><small><span class="vm-code"><?cs var:c.code_display ?></span><?cs if:c.protocol ?> · prot. <?cs var:c.protocol ?><?cs /if ?></small></td>
<td><?cs call:case_status(c.status, c.status_label) ?></td>
<td><?cs var:c.category_name ?><br><small><?cs var:c.office_name ?></small></td>
<td class="vm-channel"><?cs var:c.channel_label ?></td>
<td><?cs if:c.person ?><?cs var:c.person ?><?cs else ?>Anonimo<?cs /if ?></td>
<td><?cs var:c.submitted ?></td>
<td><?cs var:c.due ?><?cs if:c.overdue == "1" ?> <strong class="vm-overdue">scaduta</strong><?cs /if ?></td>
<td><?cs if:c.operator_name ?><?cs var:c.operator_name ?><?cs else ?>nessuno<?cs /if ?></td>
</tr>
<?cs /each ?></tbody>
</table>
</div><?cs /def ?>
<?cs # Opzioni di una select da una lista (value = campo key, testo = name), con la scelta corrente. ?>
<?cs def:options(list, key, current) ?><?cs each:o = list ?><option value="<?cs var:o[key] ?>"<?cs if:o[key] == current ?> selected<?cs /if ?>><?cs var:o.name ?></option>
<?cs /each ?><?cs /def ?>
<?cs # L'errore di un modulo d'azione, accanto al modulo che l'ha causato. ?>
<?cs def:action_error(action) ?><?cs if:Form.error && Form.azione == action ?><div class="alert alert-danger" role="alert" id="errore-<?cs var:action ?>"><?cs var:Form.error ?></div><?cs /if ?><?cs /def ?>
<?cs # Campi nascosti di ogni modulo d'azione. ?>
<?cs def:action_fields(action) ?><input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>"><input type="hidden" name="azione" value="<?cs var:action ?>"><?cs /def ?>
