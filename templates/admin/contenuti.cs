<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head("Contenuti", "Servizi, argomenti, uffici e domande frequenti del portale.") ?>
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
<section class="mb-5" aria-labelledby="servizi">
<h2 id="servizi">Servizi</h2>
<p><a class="btn btn-primary btn-sm" href="/admin/servizi/nuovo">Nuovo servizio</a></p>
<div class="table-responsive">
<table class="table">
<caption class="visually-hidden">Tutti i servizi, per titolo</caption>
<thead><tr><th scope="col">Servizio</th><th scope="col">Pubblicazione</th><th scope="col">Altre pagine</th></tr></thead>
<tbody>
<?cs each:s = Content.Services ?><tr>
<td><a href="/admin/servizi/<?cs var:s.id ?>"><?cs var:s.title ?></a></td>
<td><?cs if:s.published ?>Pubblicato<?cs else ?>Non pubblicato<?cs /if ?><?cs if:s.drafts > 0 ?>, modifiche in bozza<?cs /if ?></td>
<td><a href="/admin/servizi/<?cs var:s.id ?>/revisioni">Revisioni<span class="visually-hidden"> di <?cs var:s.title ?></span></a><?cs if:s.published ?> · <a href="/servizi/<?cs var:url_escape(s.slug) ?>">Sul portale<span class="visually-hidden">: <?cs var:s.title ?></span></a><?cs /if ?></td>
</tr>
<?cs /each ?></tbody>
</table>
</div>
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
