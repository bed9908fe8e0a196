<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, "Orari, sportelli, servizi e chiusure degli appuntamenti. Le festività nazionali e il santo patrono sono già considerati.") ?>
<div class="container mb-5">
<?cs if:Form.saved ?><div class="alert alert-success" role="status" id="salvato">Impostazioni salvate.<?cs if:Form.saved != "1" ?> Appuntamenti annullati e avvisati per e-mail: <?cs var:Form.saved - 1 ?>.<?cs /if ?></div><?cs /if ?>
<?cs if:Form.error ?><div class="alert alert-danger" role="alert"><?cs var:Form.error ?></div><?cs /if ?>
<form method="post" action="/admin/sportello/<?cs var:Desk.office_slug ?>/impostazioni" class="vm-desk-settings">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs if:subcount(Affected) ?><section class="alert alert-warning" aria-labelledby="da-annullare" id="annullamenti">
<h2 class="h4" id="da-annullare">Appuntamenti che verrebbero annullati</h2>
<p>Con le nuove impostazioni questi appuntamenti confermati non sono più possibili. Se confermi, vengono annullati e ogni persona riceve un'e-mail con il motivo e il link per prenotare di nuovo.</p>
<ul><?cs each:a = Affected ?><li data-code="<?cs var:a.code ?>"><?cs var:a.when ?>: <?cs var:a.name ?> (<?cs var:a.service ?>, codice <?cs var:a.code ?>): <?cs var:a.why ?>
<input type="hidden" name="annulla" value="<?cs var:a.id ?>"></li><?cs /each ?></ul>
<button class="btn btn-danger" type="submit" name="conferma" value="1">Salva e annulla <?cs var:subcount(Affected) ?> <?cs if:subcount(Affected) == 1 ?>appuntamento<?cs else ?>appuntamenti<?cs /if ?></button>
</section><?cs /if ?>
<?cs def:num_field(name, label, help) ?><div class="form-group"><label for="<?cs var:name ?>" class="active"><?cs var:label ?></label>
<input type="number" class="form-control" id="<?cs var:name ?>" name="<?cs var:name ?>" value="<?cs var:Form[name] ?>" required aria-describedby="aiuto-<?cs var:name ?>"<?cs if:Form.errors[name] ?> aria-invalid="true"<?cs /if ?>>
<small id="aiuto-<?cs var:name ?>" class="form-text"><?cs var:help ?></small>
<?cs if:Form.errors[name] ?><div class="invalid-feedback d-block"><?cs var:Form.errors[name] ?></div><?cs /if ?></div><?cs /def ?>
<div class="row"><div class="col-12 col-md-6">
<?cs call:num_field("durata", "Durata di un appuntamento (minuti)", "Da 5 a 240.") ?>
<?cs call:num_field("sportelli", "Sportelli aperti insieme", "Quante persone si ricevono nello stesso orario.") ?>
</div><div class="col-12 col-md-6">
<?cs call:num_field("orizzonte", "Si prenota fino a (giorni)", "Quanti giorni avanti si può prenotare.") ?>
<?cs call:num_field("preavviso", "Preavviso minimo (ore)", "Fino a quante ore prima si può prenotare o annullare.") ?>
</div></div>
<fieldset class="mt-3"><legend class="h5">Orari per gli appuntamenti</legend>
<p class="form-text">Una o più fasce per giorno, per esempio 09:00-12:00, 14:30-16:30. Vuoto: chiuso.</p>
<?cs each:d = Days ?><div class="form-group"><label for="orari_<?cs var:d.n ?>" class="active"><?cs var:d.name ?></label>
<input type="text" class="form-control" id="orari_<?cs var:d.n ?>" name="orari_<?cs var:d.n ?>" value="<?cs var:d.value ?>"<?cs if:Form.errors["orari_" + d.n] ?> aria-invalid="true"<?cs /if ?>>
<?cs if:Form.errors["orari_" + d.n] ?><div class="invalid-feedback d-block"><?cs var:Form.errors["orari_" + d.n] ?></div><?cs /if ?></div>
<?cs /each ?></fieldset>
<fieldset class="mt-3"<?cs if:Form.errors.servizi ?> aria-describedby="errore-servizi"<?cs /if ?>><legend class="h5">Servizi su appuntamento</legend>
<?cs if:Form.errors.servizi ?><div class="invalid-feedback d-block" id="errore-servizi"><?cs var:Form.errors.servizi ?></div><?cs /if ?>
<?cs each:s = Services ?><div class="form-check"><input type="checkbox" id="servizio-<?cs var:s.id ?>" name="servizi" value="<?cs var:s.id ?>"<?cs if:s.offered == "1" ?> checked<?cs /if ?>>
<label for="servizio-<?cs var:s.id ?>"><?cs var:s.title ?></label></div>
<?cs /each ?></fieldset>
<div class="form-group mt-4"><label for="chiusure" class="active">Chiusure straordinarie</label>
<textarea class="form-control" id="chiusure" name="chiusure" rows="4" aria-describedby="aiuto-chiusure"<?cs if:Form.errors.chiusure ?> aria-invalid="true"<?cs /if ?>><?cs var:Form.chiusure ?></textarea>
<small id="aiuto-chiusure" class="form-text">Una riga per giorno: la data (AAAA-MM-GG), uno spazio e il motivo.</small>
<?cs if:Form.errors.chiusure ?><div class="invalid-feedback d-block"><?cs var:Form.errors.chiusure ?></div><?cs /if ?></div>
<button class="btn btn-primary" type="submit">Salva</button>
</form>
</div>
<?cs include:"partials/foot.cs" ?>
