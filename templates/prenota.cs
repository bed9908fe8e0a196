<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs include:"prenota_macros.cs" ?>
<?cs call:page_head(Page.Title, "Prenota un appuntamento allo sportello: scegli l'ufficio, poi il giorno e l'orario tra quelli liberi.") ?>
<div class="container mb-5">
<?cs call:booking_steps(Booking.step) ?>
<div class="row"><div class="col-12 col-lg-8">
<?cs if:Booking.step == 0 ?>
<?cs if:!Booking.service_slug ?>
<form method="get" action="/prenota">
<fieldset class="mb-4"><legend class="h4">Per quale servizio?</legend>
<?cs each:s = Booking.Services ?><div class="form-check">
<input type="radio" name="servizio" id="servizio-<?cs var:s.slug ?>" value="<?cs var:s.slug ?>"<?cs if:name(s) == 0 ?> checked<?cs /if ?>>
<label for="servizio-<?cs var:s.slug ?>"><?cs var:s.title ?></label>
</div><?cs /each ?>
</fieldset>
<button class="btn btn-primary" type="submit">Avanti</button>
</form>
<?cs else ?>
<p>Servizio: <strong><?cs var:Booking.service_title ?></strong> (<a href="/prenota">cambia servizio</a>)</p>
<?cs if:subcount(Booking.Offices) ?>
<form method="get" action="/prenota/calendario">
<input type="hidden" name="servizio" value="<?cs var:Booking.service_slug ?>">
<fieldset class="mb-4"><legend class="h4">Scegli l'ufficio</legend>
<?cs each:o = Booking.Offices ?><div class="form-check">
<input type="radio" name="ufficio" id="ufficio-<?cs var:o.slug ?>" value="<?cs var:o.slug ?>"<?cs if:name(o) == 0 ?> checked<?cs /if ?>>
<label for="ufficio-<?cs var:o.slug ?>"><?cs var:o.name ?> <span class="d-block small"><?cs var:o.address ?></span></label>
</div><?cs /each ?>
</fieldset>
<button class="btn btn-primary" type="submit">Avanti</button>
</form>
<?cs else ?><p>Nessun ufficio riceve su appuntamento per questo servizio.</p><?cs /if ?>
<?cs /if ?>
<?cs else ?>
<?cs if:Booking.move ?><dl class="vm-summary"><dt>Codice prenotazione</dt><dd><?cs var:Booking.code ?></dd>
<dt>Servizio</dt><dd><?cs var:Booking.service_title ?></dd>
<dt>Ufficio</dt><dd><?cs var:Booking.office_name ?>, <?cs var:Booking.office_address ?></dd>
<dt>Orario attuale</dt><dd><?cs var:Booking.old_when ?></dd></dl>
<p>Scegli il nuovo giorno e il nuovo orario. <a href="/prenota/<?cs var:Booking.code ?>?t=<?cs var:url_escape(Booking.token) ?>">Torna all'appuntamento senza spostarlo</a></p><?cs else ?><dl class="vm-summary"><dt>Servizio</dt><dd><?cs var:Booking.service_title ?></dd>
<dt>Ufficio</dt><dd><?cs var:Booking.office_name ?>, <?cs var:Booking.office_address ?> (<a href="/prenota?servizio=<?cs var:url_escape(Booking.service_slug) ?>">cambia ufficio</a>)</dd></dl><?cs /if ?>
<nav class="vm-booking-months" aria-label="Mesi">
<?cs if:Calendar.prev ?><a class="btn btn-outline-primary btn-sm" rel="prev" href="<?cs call:calendar_href() ?>&amp;mese=<?cs var:url_escape(Calendar.prev) ?>"><?cs call:icon("it-chevron-left", "icon-sm icon-primary") ?><span><?cs var:Calendar.prev_label ?></span></a><?cs /if ?>
<?cs if:Calendar.next ?><a class="btn btn-outline-primary btn-sm" rel="next" href="<?cs call:calendar_href() ?>&amp;mese=<?cs var:url_escape(Calendar.next) ?>"><span><?cs var:Calendar.next_label ?></span><?cs call:icon("it-chevron-right", "icon-sm icon-primary") ?></a><?cs /if ?>
</nav>
<table class="table vm-booking-calendar" data-element="calendar">
<caption>Giorni liberi di <?cs var:Calendar.label ?></caption>
<thead><tr>
<th scope="col"><abbr title="lunedì">lun</abbr></th><th scope="col"><abbr title="martedì">mar</abbr></th><th scope="col"><abbr title="mercoledì">mer</abbr></th><th scope="col"><abbr title="giovedì">gio</abbr></th><th scope="col"><abbr title="venerdì">ven</abbr></th><th scope="col"><abbr title="sabato">sab</abbr></th><th scope="col"><abbr title="domenica">dom</abbr></th>
</tr></thead>
<tbody>
<?cs # the month's link escaped once, not once a day (url_escape was a tenth of the page's time) ?><?cs if:Booking.move ?><?cs set:Calendar.day_href = "/prenota/" + Booking.code + "/sposta?t=" + url_escape(Booking.token) + "&mese=" + url_escape(Calendar.month) ?><?cs else ?><?cs set:Calendar.day_href = "/prenota/calendario?servizio=" + url_escape(Booking.service_slug) + "&ufficio=" + url_escape(Booking.office_slug) + "&mese=" + url_escape(Calendar.month) ?><?cs /if ?><?cs each:w = Calendar.Weeks ?><tr><?cs each:d = w.Days ?><?cs if:d.empty ?><td></td><?cs elif:d.state == "free" ?><td class="vm-day-free<?cs if:d.selected ?> vm-day-selected<?cs /if ?>"><a href="<?cs var:Calendar.day_href ?>&amp;giorno=<?cs var:d.date_iso ?>#orari"<?cs if:d.selected ?> aria-current="date"<?cs /if ?>><span aria-hidden="true"><?cs var:d.day ?></span><span class="visually-hidden"><?cs var:d.label ?>: <?cs var:d.free ?> orari liberi</span></a></td><?cs else ?><td class="vm-day-<?cs var:d.state ?>"><span aria-hidden="true"><?cs var:d.day ?></span><span class="visually-hidden"><?cs var:d.label ?>: <?cs if:d.state == "full" ?>tutto prenotato<?cs elif:d.state == "closed" ?><?cs var:d.reason ?><?cs else ?>non prenotabile<?cs /if ?></span></td><?cs /if ?><?cs /each ?></tr>
<?cs /each ?></tbody>
</table>
<p class="small">I giorni con orari liberi sono evidenziati e sono link; gli altri sono chiusi, tutti prenotati o fuori dal periodo prenotabile.</p>
<?cs if:Booking.day ?>
<section aria-labelledby="orari" class="mt-4">
<h2 id="orari" class="h4">Orari liberi di <?cs var:Booking.day_label ?></h2>
<?cs if:subcount(Slots) ?>
<?cs call:slot_form() ?>
<fieldset class="mb-4"><legend class="visually-hidden">Scegli l'orario</legend>
<div class="vm-slots"><?cs each:s = Slots ?><div class="form-check form-check-inline">
<input type="radio" name="inizio" id="inizio-<?cs var:name(s) ?>" value="<?cs var:s.value ?>"<?cs if:name(s) == 0 ?> checked<?cs /if ?>>
<label for="inizio-<?cs var:name(s) ?>"><?cs var:s.time ?></label>
</div><?cs /each ?></div>
</fieldset>
<?cs if:Booking.move ?><button class="btn btn-primary" type="submit">Sposta l'appuntamento a questo orario</button>
<p class="small mt-2">Lo spostamento è immediato: l'orario di prima torna libero e ti mandiamo un'e-mail con i nuovi dettagli.</p><?cs else ?><button class="btn btn-primary" type="submit">Avanti</button>
<p class="small mt-2">L'orario scelto resta riservato per 15 minuti, il tempo di completare la prenotazione.</p><?cs /if ?>
</form>
<?cs else ?><p>In questo giorno non ci sono più orari liberi: scegli un altro giorno.</p><?cs /if ?>
</section>
<?cs /if ?>
<?cs /if ?>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
