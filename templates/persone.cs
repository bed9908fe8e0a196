<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>
<div class="container">
<section aria-labelledby="elenco-persone" class="vm-section">
<h2 class="visually-hidden" id="elenco-persone">Elenco delle persone</h2>
<?cs if:subcount(People) ?><?cs call:person_cards(People) ?>
<?cs else ?><p>Non ci sono persone da mostrare.</p>
<?cs /if ?></section>
</div>
<?cs include:"partials/foot.cs" ?>
