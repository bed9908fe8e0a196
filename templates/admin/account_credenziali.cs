<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, "Comunica queste credenziali alla persona per un canale sicuro: non saranno più mostrate.") ?>
<div class="container mb-5">
<div class="alert alert-warning" role="status">La password e il codice segreto sono mostrati <strong>solo ora</strong>: il portale conserva solo la loro impronta. Se si perdono, reimposta le credenziali.</div>
<dl class="vm-summary vm-credentials">
<dt>Nome utente</dt><dd><code id="cred-username"><?cs var:Credentials.username ?></code></dd>
<dt>Password</dt><dd><code id="cred-password"><?cs var:Credentials.password ?></code></dd>
<dt>Codice segreto TOTP</dt><dd><code id="cred-secret"><?cs var:Credentials.secret ?></code></dd>
<dt>Indirizzo per l'app di autenticazione</dt><dd><code id="cred-uri"><?cs var:Credentials.uri ?></code></dd>
</dl>
<p><a class="btn btn-primary" href="<?cs var:url_validate(Credentials.account) ?>">Vai all'account</a>
<a class="btn btn-outline-primary ms-2" href="/admin/account">Torna agli account</a></p>
</div>
<?cs include:"partials/foot.cs" ?>
