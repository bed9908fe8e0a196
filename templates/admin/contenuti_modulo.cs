<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs if:Item.previewable ?><?cs call:page_head(Page.Title, "Il portale lo mostra solo se è segnato come pubblicato, dalla richiesta successiva al salvataggio.") ?><?cs else ?><?cs call:page_head(Page.Title, "Le modifiche sono pubblicate sul portale appena salvate.") ?><?cs /if ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-9">
<?cs call:notice() ?>
<?cs if:Item.url || Item.preview ?><p><?cs if:Item.url ?><a href="<?cs var:url_validate(Item.url) ?>">Vedi sul portale</a><?cs /if ?><?cs if:Item.url && Item.preview ?> · <?cs /if ?><?cs if:Item.preview ?><a href="<?cs var:url_validate(Item.preview) ?>">Anteprima</a><?cs /if ?><?cs if:Item.revisions ?> · <a href="<?cs var:url_validate(Item.revisions) ?>">Revisioni</a><?cs /if ?></p>
<?cs /if ?><?cs call:error_summary() ?>
<form method="post" action="<?cs var:url_validate(Item.action) ?>" novalidate>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs call:form_fields() ?>
<button class="btn btn-primary" type="submit"><?cs if:Item.previewable ?>Salva<?cs else ?>Salva e pubblica<?cs /if ?></button>
<a class="btn btn-outline-primary ms-2" href="<?cs var:url_validate(Item.back) ?>">Torna all'elenco</a>
</form>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
