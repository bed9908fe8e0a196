<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head(Page.Title, "Le modifiche valgono subito per le nuove pratiche.") ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-9">
<?cs call:notice() ?>
<?cs call:error_summary() ?>
<form method="post" action="<?cs var:url_validate(Item.action) ?>" novalidate>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs call:form_fields() ?>
<button class="btn btn-primary" type="submit">Salva</button>
<a class="btn btn-outline-primary ms-2" href="<?cs var:url_validate(Item.back) ?>">Torna all'elenco</a>
</form>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
