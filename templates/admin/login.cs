<?cs include:"partials/head.cs" ?>
<?cs call:page_head("Area riservata", "Accesso per il personale del Comune.") ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-md-8 col-lg-5">
<?cs if:Login.error ?><div class="alert alert-danger" role="alert" id="login-errore"><?cs var:Login.error ?></div><?cs /if ?>
<form method="post" action="/admin/login" autocomplete="off">
<div class="form-group"><label for="username" class="active">Nome utente</label>
<input type="text" class="form-control" id="username" name="username" required maxlength="60" value="<?cs var:Login.username ?>" autocomplete="username"></div>
<div class="form-group"><label for="password" class="active">Password</label>
<input type="password" class="form-control" id="password" name="password" required autocomplete="current-password"></div>
<div class="form-group"><label for="totp" class="active">Codice di verifica (6 cifre dell'app di autenticazione)</label>
<input type="text" class="form-control" id="totp" name="totp" required inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code"></div>
<button class="btn btn-primary" type="submit">Accedi</button>
</form>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
