<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs call:page_head("Area personale", Session.name + " " + Session.family_name) ?>
<div class="container mb-5">
<?cs call:unavailable() ?>
<div class="row">
<div class="col-12 col-lg-3 vm-area-index">
<?cs call:page_index_open() ?>
<?cs call:page_index_item("messaggi", "Messaggi dal Comune (" + Area.messages + ")") ?>
<?cs call:page_index_item("pratiche", "Pratiche (" + Area.cases + ")") ?>
<?cs call:page_index_item("bozze", "Bozze (" + Area.drafts + ")") ?>
<?cs call:page_index_item("appuntamenti", "Appuntamenti (" + Area.appointments + ")") ?>
<?cs call:page_index_item("servizi-usati", "Servizi usati (" + Area.services + ")") ?>
<?cs call:page_index_item("storia", "La tua storia (" + Area.history + ")") ?>
<?cs call:page_index_item("profilo", "Il tuo profilo") ?>
<?cs call:page_index_close() ?>
</div>
<div class="col-12 col-lg-6">
<p><a class="btn btn-primary me-2 mb-2" href="/segnalazioni/nuova">Segnala un problema</a>
<a class="btn btn-outline-primary me-2 mb-2" href="/segnalazioni/nuova?tipo=reclamo">Presenta un reclamo</a>
<a class="btn btn-outline-primary mb-2" href="/segnalazioni/nuova?tipo=assistenza">Chiedi assistenza</a></p>
<section aria-labelledby="messaggi" class="mt-4">
<h2 id="messaggi" class="h4">Messaggi dal Comune</h2>
<?cs if:Area.messages ?><ul class="vm-case-list vm-messages">
<?cs each:m = Messages ?><li class="vm-message"><span class="vm-case-meta"><?cs var:m.when ?><?cs if:m.time ?>, ore <?cs var:m.time ?><?cs /if ?> · pratica <a href="/segnalazioni/<?cs var:m.code ?>"><?cs var:m.code_display ?></a></span>
<p class="mb-0"><?cs var:m.body ?></p></li>
<?cs /each ?></ul><?cs else ?><p>Nessun messaggio: quando un ufficio ti scrive su una pratica, lo trovi qui.</p><?cs /if ?>
</section>
<section aria-labelledby="pratiche" class="mt-4">
<h2 id="pratiche" class="h4">Le tue pratiche</h2>
<?cs if:Area.cases ?><ul class="vm-case-list">
<?cs each:c = Cases ?><?cs if:c.status != "draft" ?><li class="vm-case-item">
<a href="/segnalazioni/<?cs var:c.code ?>"><?cs var:c.title ?></a>
<?cs call:case_badge(c.status, c.status_label) ?>
<span class="vm-case-meta"><?cs var:c.type_label ?> <?cs var:c.code_display ?><?cs if:c.protocol ?> · protocollo <?cs var:c.protocol ?><?cs /if ?> · aggiornata il <?cs var:c.updated ?></span>
</li>
<?cs /if ?><?cs /each ?></ul><?cs else ?><p>Non hai ancora pratiche.</p><?cs /if ?>
</section>
<section aria-labelledby="bozze" class="mt-4">
<h2 id="bozze" class="h4">Le tue bozze</h2>
<?cs if:Area.drafts ?><ul class="vm-case-list">
<?cs each:c = Cases ?><?cs if:c.status == "draft" ?><li class="vm-case-item">
<a href="/segnalazioni/<?cs var:c.code ?>/modifica"><?cs if:c.title ?><?cs var:c.title ?><?cs else ?>Bozza senza titolo<?cs /if ?></a>
<?cs call:case_badge(c.status, c.status_label) ?>
<span class="vm-case-meta"><?cs var:c.type_label ?> · salvata il <?cs var:c.updated ?></span>
</li>
<?cs /if ?><?cs /each ?></ul><?cs else ?><p>Nessuna bozza da completare.</p><?cs /if ?>
</section>
<section aria-labelledby="appuntamenti" class="mt-4">
<h2 id="appuntamenti" class="h4">I tuoi appuntamenti</h2>
<p><a class="btn btn-outline-primary btn-sm" href="/prenota">Prenota un appuntamento</a></p>
<?cs if:subcount(Appointments.Upcoming) ?><h3 class="h6">Prossimi</h3><ul class="vm-case-list">
<?cs each:a = Appointments.Upcoming ?><li class="vm-case-item vm-appointment"><a href="/prenota/<?cs var:a.code ?>"><?cs var:a.when ?></a>: <?cs var:a.service_title ?>, <?cs var:a.office_name ?> <span class="vm-case-meta">codice <?cs var:a.code ?><?cs if:a.status == "cancelled" ?> · annullato<?cs /if ?></span></li>
<?cs /each ?></ul><?cs else ?><p>Nessun appuntamento in programma.</p><?cs /if ?>
<?cs if:subcount(Appointments.Past) ?><h3 class="h6">Passati</h3><ul class="vm-case-list">
<?cs each:a = Appointments.Past ?><li class="vm-case-item vm-appointment"><?cs var:a.when ?>: <?cs var:a.service_title ?>, <?cs var:a.office_name ?> <span class="vm-case-meta">codice <?cs var:a.code ?><?cs if:a.status == "cancelled" ?> · annullato<?cs /if ?></span></li>
<?cs /each ?></ul><?cs /if ?>
</section>
<section aria-labelledby="servizi-usati" class="mt-4">
<h2 id="servizi-usati" class="h4">Servizi che hai usato</h2>
<?cs if:Area.services ?><ul class="vm-services-used">
<?cs each:u = Services ?><li><a href="<?cs var:url_validate(u.url) ?>"><?cs var:u.title ?></a></li>
<?cs /each ?></ul><?cs else ?><p>Non hai ancora usato servizi online.</p><?cs /if ?>
</section>
<section aria-labelledby="storia" class="mt-4">
<h2 id="storia" class="h4">La tua storia con il Comune</h2>
<?cs if:subcount(History) ?><ol class="vm-timeline">
<?cs each:h = History ?><li><span class="vm-when"><?cs var:h.when ?><?cs if:h.time ?>, ore <?cs var:h.time ?><?cs /if ?></span> <?cs if:h.code ?><a href="/segnalazioni/<?cs var:h.code ?>"><?cs var:h.text ?></a><?cs else ?><?cs var:h.text ?><?cs /if ?></li>
<?cs /each ?></ol><?cs else ?><p>Nessuna attività.</p><?cs /if ?>
</section>
</div>
<aside class="col-12 col-lg-3" aria-labelledby="profilo">
<h2 id="profilo" class="h4">Il tuo profilo</h2>
<p><?cs var:Session.name ?> <?cs var:Session.family_name ?><br>Codice fiscale <?cs var:Session.fiscal_code ?><br>Livello SPID/CIE <?cs var:Session.level ?></p>
<?cs if:Area.saved ?><div class="alert alert-success" role="status">Contatti salvati.</div><?cs /if ?>
<?cs if:Form.error ?><div class="alert alert-danger" role="alert" id="errori" tabindex="-1"><?cs var:Form.error ?></div><?cs /if ?>
<form method="post" action="/area-personale/contatti">
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<div class="form-group"><label for="email" class="active">E-mail per le notifiche</label>
<input type="email" class="form-control" id="email" name="email" value="<?cs var:Form.email ?>"></div>
<div class="form-group"><label for="telefono" class="active">Cellulare</label>
<input type="tel" class="form-control" id="telefono" name="telefono" value="<?cs var:Form.telefono ?>"></div>
<button class="btn btn-outline-primary" type="submit">Salva i contatti</button>
</form>
<section aria-labelledby="ospite" class="mt-4">
<h2 id="ospite" class="h5">Segnalazioni inviate senza SPID</h2>
<p>Se hai inviato segnalazioni senza accedere, indicando un indirizzo e-mail, puoi aggiungerle alla tua area personale: ti mandiamo un link a quell'indirizzo per conferma.</p>
<form method="post" action="/area-personale/ospite">
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<div class="form-group"><label for="ospite-email" class="active">E-mail usata per le segnalazioni</label>
<input type="email" class="form-control" id="ospite-email" name="email" required></div>
<button class="btn btn-outline-primary" type="submit">Invia il link di conferma</button>
</form>
</section>
</aside>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
