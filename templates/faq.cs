<?cs include:"partials/head.cs" ?>
<div class="container vm-page-head">
<div class="row">
<div class="col-12 col-lg-8">
<h1><?cs var:Page.Title ?></h1>
<?cs if:Page.Description ?><p class="vm-lead"><?cs var:Page.Description ?></p><?cs /if ?>
<?cs if:subcount(Faq.Groups) > 1 ?><nav class="vm-faq-nav" aria-label="Argomenti delle domande frequenti">
<ul>
<?cs each:g = Faq.Groups ?><li><a href="#gruppo-<?cs var:g.slug ?>"><?cs var:g.name ?></a></li>
<?cs /each ?></ul>
</nav>
<?cs /if ?></div>
</div>
</div>
<div class="container">
<div class="row">
<div class="col-12 col-lg-8">
<?cs if:subcount(Faq.Groups) ?><?cs each:g = Faq.Groups ?><section class="vm-faq-group" aria-labelledby="gruppo-<?cs var:g.slug ?>">
<h2 id="gruppo-<?cs var:g.slug ?>"><?cs var:g.name ?></h2>
<?cs each:q = g.Items ?><details class="vm-faq-item" id="faq-<?cs var:q.slug ?>">
<summary><?cs var:q.question ?></summary>
<div class="vm-faq-answer vm-longtext"><?cs var:markdown(q.answer) ?>
<p><a href="#faq-<?cs var:q.slug ?>" class="small">Link a questa domanda</a></p>
</div>
</details>
<?cs /each ?></section>
<?cs /each ?><?cs else ?><p>Non ci sono domande frequenti da mostrare.</p>
<?cs /if ?><div class="callout note mb-5"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-help-circle", "") ?><span>Non hai trovato la risposta?</span></div>
<p>Prova la <a href="/cerca">ricerca nel sito</a> oppure contatta direttamente gli <a href="/uffici">uffici comunali</a>.</p>
</div></div>
</div>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
