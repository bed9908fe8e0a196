<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs include:"prenota_macros.cs" ?>
<?cs call:page_head(Page.Title, "Indica il motivo dell'appuntamento e i tuoi contatti.") ?>
<div class="container mb-5">
<?cs call:booking_steps(2) ?>
<div class="row"><div class="col-12 col-lg-8">
<div class="alert alert-info" role="status">L'orario di <?cs var:Booking.when ?> è riservato per te fino alle <?cs var:Booking.hold_until ?>.</div>
<?cs call:error_summary() ?>
<form method="post" action="/prenota/<?cs var:Booking.id ?>/dati" novalidate>
<?cs call:booking_hidden() ?>
<?cs call:input("motivo", "Motivo dell'appuntamento (obbligatorio, al massimo 200 caratteri)", "text", "off", Form.motivo) ?>
<div class="form-group mb-4">
<label for="dettagli" class="active">Dettagli (facoltativi, al massimo 1000 caratteri)</label>
<textarea class="form-control" id="dettagli" name="dettagli" rows="4"<?cs if:Form.errors.dettagli ?> aria-invalid="true" aria-describedby="errore-dettagli"<?cs /if ?>><?cs var:Form.dettagli ?></textarea>
<?cs call:field_error("dettagli") ?>
</div>
<fieldset class="mb-4"><legend class="h5">Richiedente</legend>
<?cs call:input("nome", "Nome e cognome (obbligatorio)", "text", "name", Form.nome) ?>
<?cs call:input("email", "E-mail (obbligatoria: riceverai la conferma)", "email", "email", Form.email) ?>
<?cs call:input("telefono", "Telefono (facoltativo)", "tel", "tel", Form.telefono) ?>
</fieldset>
<button class="btn btn-primary" type="submit">Avanti</button>
</form>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
