<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>
<div class="container">
<section aria-labelledby="elenco-uffici" class="vm-section">
<h2 class="visually-hidden" id="elenco-uffici">Elenco degli uffici</h2>
<?cs if:subcount(Offices) ?><ul class="vm-cards row">
<?cs each:o = Offices ?><li class="col-12 col-md-6"><?cs if:o.area_name ?><?cs call:link_card("/uffici/" + url_escape(o.slug), o.name, o.summary, "Area: " + o.area_name) ?><?cs else ?><?cs call:link_card("/uffici/" + url_escape(o.slug), o.name, o.summary, "") ?><?cs /if ?></li>
<?cs /each ?></ul>
<?cs else ?><p>Non ci sono uffici da mostrare.</p>
<?cs /if ?></section>
</div>
<?cs include:"partials/foot.cs" ?>
