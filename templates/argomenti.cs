<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>
<div class="container">
<section aria-labelledby="elenco-argomenti" class="mb-5">
<h2 class="visually-hidden" id="elenco-argomenti">Elenco degli argomenti</h2>
<?cs if:subcount(Topics) ?><ul class="vm-cards row">
<?cs each:t = Topics ?><li class="col-12 col-md-6 col-lg-4">
<article class="it-card rounded shadow-sm border">
<h3 class="it-card-title"><a href="/argomenti/<?cs var:url_escape(t.slug) ?>" data-element="topic-element"><?cs var:t.name ?></a></h3>
<div class="it-card-body"><?cs if:t.summary ?><p class="it-card-text"><?cs var:t.summary ?></p><?cs /if ?></div>
<footer class="it-card-related it-card-footer"><div class="it-card-taxonomy vm-count"><?cs if:t.count == 1 ?>1 servizio<?cs else ?><?cs var:t.count ?> servizi<?cs /if ?></div></footer>
</article>
</li>
<?cs /each ?></ul>
<?cs else ?><p>Non ci sono argomenti da mostrare.</p>
<?cs /if ?></section>
</div>
<?cs include:"partials/foot.cs" ?>
