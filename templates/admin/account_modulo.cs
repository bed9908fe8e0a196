<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head(Page.Title, "La password e il codice per l'app di autenticazione sono mostrati una volta sola.") ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-9">
<?cs call:notice() ?>
<?cs call:error_summary() ?>
<?cs if:Account.id ?><dl class="vm-summary mb-4">
<dt>Nome utente</dt><dd><?cs var:Account.username ?></dd>
<dt>Ruolo</dt><dd><?cs var:Account.role_label ?></dd>
<dt>Stato</dt><dd id="stato-account"><?cs if:Account.active == "1" ?>Attivo<?cs else ?>Disattivato<?cs /if ?><?cs if:Account.locked == "1" ?>, bloccato per troppi tentativi<?cs /if ?></dd>
</dl>
<?cs /if ?><form method="post" action="<?cs var:url_validate(Item.action) ?>" novalidate>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<input type="hidden" name="azione" value="salva">
<?cs call:form_fields() ?>
<button class="btn btn-primary" type="submit"><?cs if:Account.id ?>Salva<?cs else ?>Crea l'account<?cs /if ?></button>
<a class="btn btn-outline-primary ms-2" href="/admin/account">Torna agli account</a>
</form>
<?cs if:Account.id ?><h2 class="h4 mt-5">Accesso</h2>
<form method="post" action="<?cs var:url_validate(Item.action) ?>" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<input type="hidden" name="azione" value="reimposta">
<button class="btn btn-outline-primary btn-sm" type="submit">Reimposta password e codice TOTP</button>
</form>
<?cs if:Account.locked == "1" ?><form method="post" action="<?cs var:url_validate(Item.action) ?>" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<input type="hidden" name="azione" value="sblocca">
<button class="btn btn-outline-primary btn-sm" type="submit">Sblocca</button>
</form>
<?cs /if ?><?cs if:Account.active == "1" ?><?cs if:!Account.self ?><form method="post" action="<?cs var:url_validate(Item.action) ?>" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<input type="hidden" name="azione" value="disattiva">
<button class="btn btn-outline-danger btn-sm" type="submit">Disattiva</button>
</form>
<?cs /if ?><?cs else ?><form method="post" action="<?cs var:url_validate(Item.action) ?>" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<input type="hidden" name="azione" value="riattiva">
<button class="btn btn-outline-primary btn-sm" type="submit">Riattiva</button>
</form>
<?cs /if ?><?cs /if ?>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
