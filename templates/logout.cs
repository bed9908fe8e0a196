<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, "") ?>
<div class="container mb-5">
<?cs if:Logout.message ?><div class="callout success"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-check-circle", "") ?><span>Uscita</span></div>
<p><?cs var:Logout.message ?></p></div></div>
<p><a class="btn btn-outline-primary" href="/">Torna alla home</a></p>
<?cs else ?><p>Hai effettuato l'accesso come <strong><?cs var:Session.name ?> <?cs var:Session.family_name ?></strong>. Vuoi uscire dai servizi online?</p>
<form method="post" action="/auth/logout">
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<button class="btn btn-primary" type="submit">Esci</button>
<a class="btn btn-outline-primary ms-2" href="/">Annulla</a>
</form><?cs /if ?>
</div>
<?cs include:"partials/foot.cs" ?>
