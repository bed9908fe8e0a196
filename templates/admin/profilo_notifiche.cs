<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, "Scegli quali e-mail ricevere sulle pratiche dei tuoi uffici.") ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-9">
<?cs if:Form.saved ?><div class="alert alert-success" role="status">Preferenze salvate.</div><?cs /if ?>
<form method="post" action="/admin/profilo/notifiche">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<fieldset>
<legend class="h5">Ricevo un'e-mail quando</legend>
<?cs each:p = Prefs ?><div class="form-check">
<input class="form-check-input" type="checkbox" id="avviso-<?cs var:p.key ?>" name="<?cs var:p.key ?>" value="1"<?cs if:p.checked == "1" ?> checked<?cs /if ?>>
<label class="form-check-label" for="avviso-<?cs var:p.key ?>"><?cs var:p.label ?></label>
</div>
<?cs /each ?></fieldset>
<button class="btn btn-primary mt-3" type="submit">Salva</button>
</form>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
