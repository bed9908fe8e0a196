<?cs # Pezzi comuni alle pagine di Prenota un appuntamento. ?>
<?cs def:booking_steps(current) ?><?cs call:steps(current, "Ufficio", "Data e orario", "Dettagli", "Riepilogo") ?><?cs /def ?>
<?cs def:booking_hidden() ?><input type="hidden" name="csrf" value="<?cs var:Booking.csrf ?>"><?cs /def ?>
<?cs # Il calendario serve a prenotare e a spostare un appuntamento (Booking.move): i suoi link e il modulo dell'orario. ?>
<?cs def:calendar_href() ?><?cs if:Booking.move ?>/prenota/<?cs var:Booking.code ?>/sposta?t=<?cs var:url_escape(Booking.token) ?><?cs else ?>/prenota/calendario?servizio=<?cs var:url_escape(Booking.service_slug) ?>&amp;ufficio=<?cs var:url_escape(Booking.office_slug) ?><?cs /if ?><?cs /def ?>
<?cs def:slot_form() ?><?cs if:Booking.move ?><form method="post" action="/prenota/<?cs var:Booking.code ?>/sposta">
<?cs call:booking_hidden() ?>
<input type="hidden" name="t" value="<?cs var:Booking.token ?>"><?cs else ?><form method="post" action="/prenota/blocca">
<?cs call:booking_hidden() ?>
<input type="hidden" name="servizio" value="<?cs var:Booking.service_slug ?>">
<input type="hidden" name="ufficio" value="<?cs var:Booking.office_slug ?>"><?cs /if ?><?cs /def ?>
<?cs def:booking_where() ?><dt>Servizio</dt><dd><?cs var:Booking.service_title ?></dd>
<dt>Ufficio</dt><dd><?cs var:Booking.office_name ?><br><?cs var:Booking.office_address ?></dd>
<dt>Data e ora</dt><dd><?cs var:Booking.when ?></dd><?cs /def ?>
<?cs def:input(id, label, type, auto, value) ?><div class="form-group mb-4">
<label for="<?cs var:id ?>" class="active"><?cs var:label ?></label>
<input type="<?cs var:type ?>" class="form-control" id="<?cs var:id ?>" name="<?cs var:id ?>" autocomplete="<?cs var:auto ?>" value="<?cs var:value ?>"<?cs if:Form.errors[id] ?> aria-invalid="true" aria-describedby="errore-<?cs var:id ?>"<?cs /if ?>>
<?cs call:field_error(id) ?>
</div><?cs /def ?>
