<?cs # Un pulsante di accoglienza: l'appuntamento a passa allo stato to. ?>
<?cs def:checkin(a, to, label) ?><form method="post" action="/admin/sportello/<?cs var:Desk.office_slug ?>/presenze" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>"><input type="hidden" name="giorno" value="<?cs var:Desk.day ?>">
<input type="hidden" name="codice" value="<?cs var:a.code ?>"><input type="hidden" name="esito" value="<?cs var:to ?>">
<button type="submit" class="btn btn-outline-primary btn-sm"><?cs var:label ?><span class="visually-hidden">: <?cs var:a.name ?> alle <?cs var:a.time ?></span></button></form><?cs /def ?>
<?cs # L'esito di un appuntamento allo sportello, in parole. ?>
<?cs def:attendance_label(a) ?><?cs if:a.attendance == "arrived" ?>Arrivato<?cs elif:a.attendance == "no_show" ?>Assente<?cs elif:a.attendance == "done" ?>Servito<?cs else ?>Atteso<?cs /if ?><?cs /def ?>
<?cs # Le prenotazioni di uno sportello (d) in una tabella; actions: i pulsanti di accoglienza. ?>
<?cs def:desk_table(d, actions) ?><div class="table-responsive">
<table class="table vm-desk">
<caption>Sportello <?cs var:d.number ?>, <?cs var:Desk.day_words ?></caption>
<thead><tr><th scope="col">Ora</th><th scope="col">Persona</th><th scope="col">Servizio</th><th scope="col">Stato</th><?cs if:actions ?><th scope="col">Azioni</th><?cs /if ?></tr></thead>
<tbody>
<?cs each:a = d.Items ?><tr id="app-<?cs var:a.code ?>" data-attendance="<?cs var:a.attendance ?>">
<td><?cs var:a.time ?></td>
<td><?cs var:a.name ?><?cs if:a.walk_in == "1" ?> <span class="badge bg-secondary">allo sportello</span><?cs /if ?><?cs if:a.phone ?><br><small><?cs var:a.phone ?></small><?cs /if ?><br><small>Codice <?cs var:a.code ?></small></td>
<td><?cs var:a.service ?><?cs if:a.reason ?><br><small><?cs var:a.reason ?></small><?cs /if ?></td>
<td><?cs call:attendance_label(a) ?><?cs if:a.attendance_at ?><br><small>alle <?cs var:a.attendance_at ?>, <?cs var:a.attendance_by ?></small><?cs /if ?></td>
<?cs if:actions ?><td><?cs if:a.attendance == "expected" || a.attendance == "no_show" ?><?cs call:checkin(a, "arrived", "Arrivato") ?><?cs /if ?>
<?cs if:a.attendance == "expected" ?><?cs call:checkin(a, "no_show", "Assente") ?><?cs /if ?>
<?cs if:a.attendance == "arrived" ?><?cs call:checkin(a, "done", "Servito") ?><?cs /if ?></td><?cs /if ?>
</tr>
<?cs /each ?></tbody>
</table>
</div><?cs /def ?>
