<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>
<div class="container">
<section aria-labelledby="elenco-aree" class="vm-section">
<h2 class="visually-hidden" id="elenco-aree">Elenco delle aree</h2>
<?cs if:subcount(Areas) ?><ul class="vm-cards row">
<?cs each:a = Areas ?><li class="col-12 col-md-6"><?cs call:link_card("/amministrazione/aree-amministrative/" + url_escape(a.slug), a.name, a.summary, "Uffici: " + a.offices) ?></li>
<?cs /each ?></ul>
<?cs else ?><p>Non ci sono aree da mostrare.</p>
<?cs /if ?></section>
</div>
<?cs include:"partials/foot.cs" ?>
