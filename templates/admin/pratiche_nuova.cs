<?cs include:"partials/head.cs" ?>
<?cs include:"admin/pratiche_macros.cs" ?>
<?cs call:page_head("Registra una pratica", "Una segnalazione, un reclamo o una richiesta arrivata per telefono, allo sportello, per e-mail o sui social: la protocolliamo come quelle online.") ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-8">
<?cs call:error_summary() ?>
<form method="post" action="/admin/pratiche/nuova" novalidate>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<input type="hidden" name="idem" value="<?cs var:Form.idem ?>">
<fieldset class="mb-4"><legend class="h5">Canale (obbligatorio)</legend>
<div class="form-check"><input class="form-check-input" type="radio" name="canale" id="canale-telefono" value="telefono"<?cs if:Form.canale == "telefono" ?> checked<?cs /if ?>><label class="form-check-label" for="canale-telefono">Telefono</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="canale" id="canale-sportello" value="sportello"<?cs if:Form.canale == "sportello" ?> checked<?cs /if ?>><label class="form-check-label" for="canale-sportello">Sportello</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="canale" id="canale-email" value="email"<?cs if:Form.canale == "email" ?> checked<?cs /if ?>><label class="form-check-label" for="canale-email">E-mail</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="canale" id="canale-social" value="social"<?cs if:Form.canale == "social" ?> checked<?cs /if ?>><label class="form-check-label" for="canale-social">Social media</label></div>
<?cs call:field_error("canale") ?>
</fieldset>
<fieldset class="mb-4"><legend class="h5">Chi presenta la pratica</legend>
<p>Con il codice fiscale di chi ha già usato il portale la pratica compare nella sua area personale; senza, serve almeno un contatto.</p>
<div class="form-group"><label for="cf" class="active">Codice fiscale (facoltativo)</label>
<input type="text" class="form-control" id="cf" name="cf" maxlength="16" autocomplete="off" value="<?cs var:Form.cf ?>"<?cs if:Form.errors.cf ?> aria-invalid="true" aria-describedby="errore-cf"<?cs /if ?>>
<?cs call:field_error("cf") ?></div>
<div class="form-group"><label for="nome" class="active">Nome e cognome (facoltativo)</label>
<input type="text" class="form-control" id="nome" name="nome" maxlength="160" value="<?cs var:Form.nome ?>"<?cs if:Form.errors.nome ?> aria-invalid="true" aria-describedby="errore-nome"<?cs /if ?>>
<?cs call:field_error("nome") ?></div>
<div class="form-group"><label for="email" class="active">E-mail per le risposte</label>
<input type="email" class="form-control" id="email" name="email" maxlength="254" value="<?cs var:Form.email ?>"<?cs if:Form.errors.email ?> aria-invalid="true" aria-describedby="errore-email"<?cs /if ?>>
<?cs call:field_error("email") ?></div>
<div class="form-group"><label for="telefono" class="active">Telefono</label>
<input type="tel" class="form-control" id="telefono" name="telefono" maxlength="20" value="<?cs var:Form.telefono ?>"<?cs if:Form.errors.telefono ?> aria-invalid="true" aria-describedby="errore-telefono"<?cs /if ?>>
<?cs call:field_error("telefono") ?></div>
</fieldset>
<fieldset class="mb-4"><legend class="h5">La pratica</legend>
<div class="select-wrapper mb-4"><label for="categoria">Categoria (obbligatoria)</label>
<select id="categoria" name="categoria"<?cs if:Form.errors.categoria ?> aria-invalid="true" aria-describedby="errore-categoria"<?cs /if ?>><option value="">Scegli una categoria</option>
<?cs call:options(Choices.Categories, "slug", Form.categoria) ?></select>
<?cs call:field_error("categoria") ?></div>
<div class="form-group"><label for="titolo" class="active">Titolo (obbligatorio, da 5 a 120 caratteri)</label>
<input type="text" class="form-control" id="titolo" name="titolo" maxlength="120" value="<?cs var:Form.titolo ?>"<?cs if:Form.errors.titolo ?> aria-invalid="true" aria-describedby="errore-titolo"<?cs /if ?>>
<?cs call:field_error("titolo") ?></div>
<div class="form-group"><label for="descrizione" class="active">Descrizione (obbligatoria, da 10 a 4000 caratteri)</label>
<textarea class="form-control" id="descrizione" name="descrizione" rows="6" maxlength="4000"<?cs if:Form.errors.descrizione ?> aria-invalid="true" aria-describedby="errore-descrizione"<?cs /if ?>><?cs var:Form.descrizione ?></textarea>
<?cs call:field_error("descrizione") ?></div>
<?cs if:subcount(Choices.Areas) ?><div class="select-wrapper mb-4"><label for="zona">Zona (facoltativa)</label>
<select id="zona" name="zona"<?cs if:Form.errors.zona ?> aria-invalid="true" aria-describedby="errore-zona"<?cs /if ?>><option value="">Non indicata</option>
<?cs call:options(Choices.Areas, "slug", Form.zona) ?></select>
<?cs call:field_error("zona") ?></div><?cs /if ?>
<div class="form-group"><label for="indirizzo" class="active">Indirizzo o riferimento (facoltativo)</label>
<input type="text" class="form-control" id="indirizzo" name="indirizzo" maxlength="200" value="<?cs var:Form.indirizzo ?>"<?cs if:Form.errors.indirizzo ?> aria-invalid="true" aria-describedby="errore-indirizzo"<?cs /if ?>>
<?cs call:field_error("indirizzo") ?></div>
</fieldset>
<button class="btn btn-primary" type="submit">Registra e protocolla</button>
</form>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
