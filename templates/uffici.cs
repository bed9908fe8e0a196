<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>
<div class="container">
<section aria-labelledby="elenco-uffici" class="mb-5">
<h2 class="visually-hidden" id="elenco-uffici">Elenco degli uffici</h2>
<?cs if:subcount(Offices) ?><ul class="vm-cards row">
<?cs each:o = Offices ?><li class="col-12 col-md-6">
<article class="it-card rounded shadow-sm border">
<h3 class="it-card-title"><a href="/uffici/<?cs var:url_escape(o.slug) ?>"><?cs var:o.name ?></a></h3>
<div class="it-card-body">
<?cs if:o.summary ?><p class="it-card-text"><?cs var:o.summary ?></p><?cs /if ?>
</div>
<?cs if:o.address ?><footer class="it-card-related it-card-footer"><div class="it-card-taxonomy vm-card-meta"><?cs call:icon("it-map-marker", "icon-sm") ?><span><span class="visually-hidden">Indirizzo: </span><?cs var:o.address ?></span></div></footer><?cs /if ?>
</article>
</li>
<?cs /each ?></ul>
<?cs else ?><p>Non ci sono uffici da mostrare.</p>
<?cs /if ?></section>
</div>
<?cs include:"partials/foot.cs" ?>
