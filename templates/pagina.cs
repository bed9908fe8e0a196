<?cs include:"partials/head.cs" ?>
<div class="container vm-page-head">
<div class="row">
<div class="col-12 col-lg-8">
<h1><?cs if:Doc.title ?><?cs var:Doc.title ?><?cs else ?><?cs var:Page.Title ?><?cs /if ?></h1>
<div class="vm-longtext">
<?cs call:longtext(Doc.body) ?>
</div>
</div>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
