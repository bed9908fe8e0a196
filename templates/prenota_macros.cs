<?cs # Pezzi comuni alle pagine di Prenota un appuntamento. ?>
<?cs def:booking_steps(current) ?><?cs call:steps(current, "Ufficio", "Data e orario", "Dettagli", "Riepilogo") ?><?cs /def ?>
<?cs def:booking_hidden() ?><input type="hidden" name="csrf" value="<?cs var:Booking.csrf ?>"><?cs /def ?>
<?cs def:booking_where() ?><dt>Servizio</dt><dd><?cs var:Booking.service_title ?></dd>
<dt>Ufficio</dt><dd><?cs var:Booking.office_name ?><br><?cs var:Booking.office_address ?></dd>
<dt>Data e ora</dt><dd><?cs var:Booking.when ?></dd><?cs /def ?>
<?cs def:input(id, label, type, auto, value) ?><div class="form-group mb-4">
<label for="<?cs var:id ?>" class="active"><?cs var:label ?></label>
<input type="<?cs var:type ?>" class="form-control" id="<?cs var:id ?>" name="<?cs var:id ?>" autocomplete="<?cs var:auto ?>" value="<?cs var:value ?>"<?cs if:Form.errors[id] ?> aria-invalid="true" aria-describedby="errore-<?cs var:id ?>"<?cs /if ?>>
<?cs call:field_error(id) ?>
</div><?cs /def ?>
