<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Topic.name, Topic.summary) ?>
<div class="container">
<section class="vm-section pt-0" aria-labelledby="argomento-servizi">
<div class="vm-section-head">
<h2 id="argomento-servizi">Servizi</h2>
<?cs if:subcount(Topic.Services) ?><a class="vm-more-link" href="/servizi?argomento=<?cs var:url_escape(Topic.slug) ?>">Filtra i servizi di questo argomento<?cs call:icon("it-arrow-right", "") ?></a><?cs /if ?>
</div>
<?cs if:subcount(Topic.Services) ?><?cs call:service_cards(Topic.Services) ?>
<?cs else ?><p>Non ci sono servizi collegati a questo argomento.</p>
<?cs /if ?></section>

<?cs if:subcount(Topic.Faqs) || subcount(Topic.Offices) ?><div class="row vm-section">
<?cs if:subcount(Topic.Faqs) ?><section class="col-12 col-lg-7 mb-4" aria-labelledby="argomento-faq">
<h2 id="argomento-faq">Domande frequenti</h2>
<ul class="vm-faq-links">
<?cs each:f = Topic.Faqs ?><li><a href="/faq#faq-<?cs var:url_escape(f.slug) ?>"><?cs var:f.question ?></a></li>
<?cs /each ?></ul>
</section>
<?cs /if ?><?cs if:subcount(Topic.Offices) ?><section class="col-12 col-lg-5 mb-4" aria-labelledby="argomento-uffici">
<h2 id="argomento-uffici">Uffici di riferimento</h2>
<ul class="vm-faq-links">
<?cs each:o = Topic.Offices ?><li><a href="/uffici/<?cs var:url_escape(o.slug) ?>"><?cs var:o.name ?></a></li>
<?cs /each ?></ul>
</section>
<?cs /if ?></div>
<?cs /if ?></div>
<?cs include:"partials/foot.cs" ?>
