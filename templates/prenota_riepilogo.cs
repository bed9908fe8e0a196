<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs include:"prenota_macros.cs" ?>
<?cs call:page_head(Page.Title, "Controlla i dati dell'appuntamento prima di confermarlo.") ?>
<div class="container mb-5">
<?cs call:booking_steps(3) ?>
<div class="row"><div class="col-12 col-lg-8">
<dl class="vm-summary">
<?cs call:booking_where() ?>
<dt>Motivo</dt><dd><?cs var:Booking.reason ?></dd>
<?cs if:subcount(Booking.Details) ?><dt>Dettagli</dt><dd><?cs call:longtext(Booking.Details) ?></dd><?cs /if ?>
<dt>Richiedente</dt><dd><?cs var:Booking.name ?></dd>
<dt>E-mail</dt><dd><?cs var:Booking.email ?></dd>
<?cs if:Booking.phone ?><dt>Telefono</dt><dd><?cs var:Booking.phone ?></dd><?cs /if ?>
</dl>
<?cs if:!Booking.signed_in ?><p>Ti invieremo un'e-mail con un link: apri il link entro le <?cs var:Booking.hold_until ?> per confermare l'appuntamento.</p><?cs /if ?>
<form method="post" action="/prenota/<?cs var:Booking.id ?>/conferma" class="d-inline">
<?cs call:booking_hidden() ?>
<button class="btn btn-primary" type="submit">Conferma</button>
</form>
<a class="btn btn-outline-primary ms-2" href="/prenota/<?cs var:Booking.id ?>/dati">Modifica</a>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
