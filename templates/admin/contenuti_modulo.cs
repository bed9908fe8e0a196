<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head(Page.Title, "Le modifiche sono pubblicate sul portale appena salvate.") ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-9">
<?cs call:notice() ?>
<?cs if:Item.url ?><p><a href="<?cs var:url_validate(Item.url) ?>">Vedi sul portale</a></p>
<?cs /if ?><?cs call:error_summary() ?>
<form method="post" action="<?cs var:url_validate(Item.action) ?>" novalidate>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs call:form_fields() ?>
<button class="btn btn-primary" type="submit">Salva e pubblica</button>
<a class="btn btn-outline-primary ms-2" href="/admin/contenuti">Torna ai contenuti</a>
</form>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
