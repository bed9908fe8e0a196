<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs include:"admin/elenco_macros.cs" ?>
<?cs call:page_head("Contenuti", List.lead) ?>
<div class="container mb-5">
<?cs call:notice() ?>
<nav class="mb-5" aria-labelledby="redazione">
<h2 id="redazione">Novità, Vivere il Comune e Amministrazione</h2>
<ul><li><a href="/admin/notizie">Notizie, comunicati e avvisi</a></li>
<li><a href="/admin/eventi">Eventi</a></li>
<li><a href="/admin/luoghi">Luoghi</a></li>
<li><a href="/admin/persone">Persone</a></li>
<li><a href="/admin/documenti">Documenti</a></li>
<li><a href="/admin/aree-amministrative">Aree amministrative</a></li>
<li><a href="/admin/enti">Enti e fondazioni</a></li>
<li><a href="/admin/categorie-servizi">Categorie di servizi</a></li></ul>
</nav>
<section class="mb-5" aria-labelledby="tutti">
<h2 id="tutti">Tutti i contenuti</h2>
<p><a class="btn btn-primary btn-sm" href="/admin/servizi/nuovo">Nuovo servizio</a></p>
<?cs call:list_filters() ?>
<?cs call:list_table() ?>
</section>
<div class="row">
<section class="col-12 col-lg-4 mb-5" aria-labelledby="argomenti">
<h2 id="argomenti">Argomenti</h2>
<p><a class="btn btn-primary btn-sm" href="/admin/argomenti/nuovo">Nuovo argomento</a></p>
<ul><?cs each:t = Content.Topics ?><li><a href="/admin/argomenti/<?cs var:t.id ?>"><?cs var:t.name ?></a></li>
<?cs /each ?></ul>
</section>
<section class="col-12 col-lg-4 mb-5" aria-labelledby="uffici">
<h2 id="uffici">Uffici</h2>
<p><a class="btn btn-primary btn-sm" href="/admin/uffici/nuovo">Nuovo ufficio</a></p>
<ul><?cs each:o = Content.Offices ?><li><a href="/admin/uffici/<?cs var:o.id ?>"><?cs var:o.name ?></a></li>
<?cs /each ?></ul>
</section>
<section class="col-12 col-lg-4 mb-5" aria-labelledby="faq">
<h2 id="faq">Domande frequenti</h2>
<p><a class="btn btn-primary btn-sm" href="/admin/faq/nuovo">Nuova FAQ</a></p>
<ul><?cs each:f = Content.Faqs ?><li><a href="/admin/faq/<?cs var:f.id ?>"><?cs var:f.question ?></a> <small>(<?cs var:f.topic ?>)</small></li>
<?cs /each ?></ul>
</section>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
