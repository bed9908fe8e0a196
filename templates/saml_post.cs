<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, "") ?>
<div class="container mb-5">
<form class="vm-saml-post" method="post" action="<?cs var:url_validate(Post.action) ?>">
<input type="hidden" name="<?cs var:Post.field ?>" value="<?cs var:Post.value ?>">
<?cs if:Post.relay ?><input type="hidden" name="RelayState" value="<?cs var:Post.relay ?>"><?cs /if ?>
<p>Stai per essere indirizzato a <strong><?cs var:Post.idp ?></strong>. Se non succede nulla entro pochi secondi, premi il pulsante.</p>
<button class="btn btn-primary" type="submit">Prosegui</button>
</form>
</div>
<script src="<?cs var:Site.Asset.Script.saml_post.js ?>" defer></script>
<?cs include:"partials/foot.cs" ?>
