<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs include:"prenota_macros.cs" ?>
<?cs if:Booking.state == "verifica" ?>
<?cs call:page_head(Page.Title, "Manca un passo: conferma l'appuntamento dal link che ti abbiamo inviato.") ?>
<div class="container mb-5">
<?cs call:booking_steps(3) ?>
<div class="alert alert-info" role="status">Abbiamo inviato un'e-mail a <strong><?cs var:Booking.email ?></strong>. Apri il link che contiene entro le <?cs var:Booking.hold_until ?>: fino ad allora l'orario resta riservato per te, dopo torna libero.</div>
<dl class="vm-summary"><?cs call:booking_where() ?></dl>
</div>
<?cs elif:Booking.state == "occupato" ?>
<?cs call:page_head(Page.Title, "Qualcuno ha appena prenotato l'ultimo posto di questo orario.") ?>
<div class="container mb-5">
<div class="alert alert-warning" role="alert" id="errori" tabindex="-1">L'orario di <?cs var:Booking.when ?> è appena stato occupato: <?cs if:Booking.move ?>il tuo appuntamento non è cambiato e resta <?cs var:Booking.old_when ?><?cs else ?>nulla è stato prenotato<?cs /if ?>. Ecco gli orari liberi più vicini.</div>
<?cs if:subcount(Slots) ?>
<?cs call:slot_form() ?>
<fieldset class="mb-4"><legend class="h5">Orari liberi più vicini</legend>
<?cs each:s = Slots ?><div class="form-check">
<input type="radio" name="inizio" id="vicino-<?cs var:name(s) ?>" value="<?cs var:s.value ?>"<?cs if:name(s) == 0 ?> checked<?cs /if ?>>
<label for="vicino-<?cs var:name(s) ?>"><?cs var:s.when ?></label>
</div><?cs /each ?>
</fieldset>
<button class="btn btn-primary" type="submit"><?cs if:Booking.move ?>Sposta a questo orario<?cs else ?>Prenota questo orario<?cs /if ?></button>
</form>
<?cs else ?><p>Non ci sono orari liberi nei giorni vicini.</p><?cs /if ?>
<p class="mt-3"><a href="<?cs call:calendar_href() ?>">Torna al calendario</a></p>
</div>
<?cs else ?>
<?cs call:page_head(Page.Title, "Codice prenotazione " + Booking.code) ?>
<div class="container mb-5">
<?cs if:Booking.just_confirmed ?><div class="alert alert-success" role="status">Appuntamento confermato. Ti abbiamo inviato un'e-mail con i dettagli, il file per il calendario e il link per annullarlo.</div><?cs /if ?>
<?cs if:Booking.just_moved ?><div class="alert alert-success" role="status">Appuntamento spostato: l'orario di prima è di nuovo libero. Ti abbiamo inviato un'e-mail con i nuovi dettagli e il file per il calendario; i link delle e-mail precedenti non valgono più.</div><?cs /if ?>
<?cs if:Booking.just_cancelled ?><div class="alert alert-success" role="status">Appuntamento annullato: l'orario è di nuovo libero per altri.</div><?cs /if ?>
<div class="row"><div class="col-12 col-lg-8">
<dl class="vm-summary">
<dt>Codice prenotazione</dt><dd><?cs var:Booking.code ?></dd>
<dt>Stato</dt><dd><?cs if:Booking.status == "confirmed" ?>Confermato<?cs else ?>Annullato<?cs /if ?></dd>
<?cs call:booking_where() ?>
<dt>Motivo</dt><dd><?cs var:Booking.reason ?></dd>
<dt>Richiedente</dt><dd><?cs var:Booking.name ?></dd>
</dl>
<?cs if:Booking.requirements ?><section aria-labelledby="cosa-portare"><h2 id="cosa-portare" class="h4">Cosa portare</h2><?cs var:markdown(Booking.requirements) ?></section><?cs /if ?>
<?cs if:Booking.status == "confirmed" && !Booking.past ?>
<p><a class="btn btn-outline-primary me-2 mb-2" href="/prenota/<?cs var:Booking.code ?>/ics?t=<?cs var:url_escape(Booking.token) ?>"><?cs call:icon("it-calendar", "icon-sm icon-primary") ?> Aggiungi al calendario</a></p>
<?cs if:!Booking.cancellable ?><p>L'appuntamento è vicino: per spostarlo o disdirlo contatta l'ufficio.</p><?cs else ?>
<p><a class="btn btn-outline-primary mb-2" data-element="appointment-move" href="/prenota/<?cs var:Booking.code ?>/sposta?t=<?cs var:url_escape(Booking.token) ?>">Sposta l'appuntamento</a></p>
<form method="post" action="/prenota/<?cs var:Booking.code ?>/annulla">
<?cs call:booking_hidden() ?>
<input type="hidden" name="t" value="<?cs var:Booking.token ?>">
<button class="btn btn-danger" type="submit">Annulla l'appuntamento</button>
</form><?cs /if ?>
<?cs /if ?>
</div></div>
</div>
<?cs /if ?>
<?cs include:"partials/foot.cs" ?>
