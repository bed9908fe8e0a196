<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>
<div class="container">
<section aria-labelledby="elenco-enti" class="vm-section">
<h2 class="visually-hidden" id="elenco-enti">Elenco degli enti e delle fondazioni</h2>
<?cs if:subcount(Entities) ?><ul class="vm-cards row">
<?cs each:e = Entities ?><li class="col-12 col-md-6"><?cs call:link_card("/amministrazione/enti-e-fondazioni/" + url_escape(e.slug), e.name, e.summary, e.kind) ?></li>
<?cs /each ?></ul>
<?cs else ?><p>Non ci sono enti da mostrare.</p>
<?cs /if ?></section>
</div>
<?cs include:"partials/foot.cs" ?>
