<?cs include:"partials/head.cs" ?>
<?cs include:"novita_macros.cs" ?>
<div class="vm-hero">
<div class="container">
<h1><?cs var:Site.Name ?></h1>
<p class="vm-lead">Servizi, informazioni e uffici del Comune per cittadini e imprese.</p>
<form class="vm-searchbox" action="/cerca" method="get" role="search" aria-label="Cerca nel sito">
<label class="visually-hidden" for="home-q">Cerca servizi, uffici e domande frequenti</label>
<input class="form-control" type="search" id="home-q" name="q" placeholder="Cerca servizi, uffici, FAQ…" autocomplete="off">
<button class="btn btn-primary" type="submit" data-element="search-submit"><?cs call:icon("it-search", "icon-sm") ?><span>Cerca</span></button>
</form>
</div>
</div>

<?cs if:subcount(Home.News) ?><section class="vm-section" aria-labelledby="home-novita">
<div class="container">
<div class="vm-section-head">
<h2 id="home-novita">In evidenza</h2>
<a href="/novita">Tutte le novità</a>
</div>
<?cs call:nv_news_cards(Home.News) ?>
</div>
</section>
<?cs /if ?>

<?cs if:subcount(Home.Topics) ?><section class="vm-section" aria-labelledby="home-argomenti">
<div class="container">
<div class="vm-section-head">
<h2 id="home-argomenti">Esplora per argomento</h2>
<a class="vm-more-link" href="/argomenti">Tutti gli argomenti<?cs call:icon("it-arrow-right", "") ?></a>
</div>
<ul class="vm-cards row">
<?cs each:t = Home.Topics ?><li class="col-12 col-md-6 col-lg-4">
<article class="it-card rounded shadow-sm border">
<h3 class="it-card-title"><a href="/argomenti/<?cs var:url_escape(t.slug) ?>"><?cs var:t.name ?></a></h3>
<div class="it-card-body"><?cs if:t.summary ?><p class="it-card-text"><?cs var:t.summary ?></p><?cs /if ?></div>
<footer class="it-card-related it-card-footer"><div class="it-card-taxonomy vm-count"><?cs if:t.count == 1 ?>1 servizio<?cs else ?><?cs var:t.count ?> servizi<?cs /if ?></div></footer>
</article>
</li>
<?cs /each ?></ul>
</div>
</section>
<?cs /if ?>

<?cs if:subcount(Home.Popular) ?><section class="vm-section" aria-labelledby="home-servizi">
<div class="container">
<div class="vm-section-head">
<h2 id="home-servizi">Servizi più richiesti</h2>
<a class="vm-more-link" href="/servizi">Tutti i servizi<?cs call:icon("it-arrow-right", "") ?></a>
</div>
<?cs call:service_cards(Home.Popular) ?>
</div>
</section>
<?cs /if ?>

<section class="vm-section" aria-labelledby="home-faq">
<div class="container">
<div class="row">
<div class="col-12 col-lg-8">
<h2 id="home-faq">Domande frequenti</h2>
<?cs if:subcount(Home.Faqs) ?><ul class="vm-faq-links">
<?cs each:f = Home.Faqs ?><li><a href="/faq#faq-<?cs var:url_escape(f.slug) ?>"><?cs var:f.question ?></a></li>
<?cs /each ?></ul>
<?cs /if ?><p><a class="vm-more-link" href="/faq">Tutte le domande frequenti<?cs call:icon("it-arrow-right", "") ?></a></p>
</div>
<div class="col-12 col-lg-4">
<div class="callout note"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-help-circle", "") ?><span>Hai bisogno di aiuto?</span></div>
<p>Non trovi quello che cerchi? Usa la <a href="/cerca">ricerca nel sito</a> oppure consulta l'elenco degli <a href="/uffici">uffici comunali</a> con orari e contatti.</p>
</div></div>
</div>
</div>
</div>
</section>
<?cs include:"partials/foot.cs" ?>
