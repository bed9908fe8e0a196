<?cs include:"partials/head.cs" ?>
<div class="container vm-page-head">
<h1><?cs var:Page.Title ?></h1>
</div>
<div class="container">
<form class="vm-search-form" action="/cerca" method="get" role="search" aria-label="Cerca nel sito">
<div class="row">
<div class="col-12 col-lg-8 order-lg-2">
<div class="vm-searchbox mb-4">
<label class="visually-hidden" for="cerca-q">Cerca nel sito: servizi, uffici, domande frequenti, novità, eventi, luoghi, persone e documenti</label>
<input class="form-control" type="search" id="cerca-q" name="q" value="<?cs var:Search.q ?>" placeholder="Cerca servizi, uffici, FAQ…" autocomplete="off" data-element="search-modal-input">
<button class="btn btn-primary" type="submit" data-element="search-submit"><?cs call:icon("it-search", "icon-sm") ?><span>Cerca</span></button>
</div>

<section aria-labelledby="risultati-titolo">
<?cs if:Search.state == "empty" ?><h2 class="visually-hidden" id="risultati-titolo">Risultati</h2>
<div class="callout"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-info-circle", "") ?><span>Inserisci un termine di ricerca</span></div>
<p>Scrivi una o più parole nel campo di ricerca, ad esempio «carta d'identità», «TARI» o «iscrizione mensa».</p>
</div></div>
<p>Puoi anche consultare direttamente:</p>
<ul class="vm-suggestions">
<li><a href="/servizi">tutti i servizi</a></li>
<li><a href="/argomenti">gli argomenti</a></li>
<li><a href="/uffici">gli uffici comunali</a></li>
<li><a href="/faq">le domande frequenti</a></li>
</ul>
<?cs elif:Search.state == "none" ?><h2 class="h4" id="risultati-titolo">Nessun risultato per «<?cs var:Search.q ?>»</h2>
<p>Suggerimenti:</p>
<ul class="vm-suggestions">
<li>controlla che le parole siano scritte correttamente;</li>
<li>prova con termini diversi o più generici;</li>
<?cs if:Search.type || Search.topic ?><li><a href="/cerca?q=<?cs var:url_escape(Search.q) ?>">cerca in tutto il sito senza filtri</a>;</li>
<?cs /if ?><li>consulta <a href="/servizi">l'elenco dei servizi</a> o <a href="/faq">le domande frequenti</a>.</li>
</ul>
<?cs else ?><h2 class="h4" id="risultati-titolo"><?cs if:Search.Total == 1 ?>1 risultato<?cs else ?><?cs var:Search.Total ?> risultati<?cs /if ?> per «<?cs var:Search.q ?>»</h2>
<?cs each:g = Search.Groups ?><section class="vm-search-group" aria-labelledby="gruppo-<?cs var:g.param ?>">
<h3 class="h5 vm-search-group-title" id="gruppo-<?cs var:g.param ?>"><?cs var:g.label ?> <span class="vm-count">(<?cs var:g.count ?>)</span></h3>
<ol class="vm-search-results">
<?cs each:r = g.Results ?><li>
<span class="vm-kind"><?cs var:r.kind_label ?></span>
<h4><a href="<?cs var:url_validate(r.url) ?>"><?cs var:r.title ?></a></h4>
<?cs if:subcount(r.Snippet) ?><p class="vm-snippet"><?cs each:p = r.Snippet ?><?cs if:p.mark ?><mark><?cs var:p.text ?></mark><?cs else ?><?cs var:p.text ?><?cs /if ?><?cs /each ?></p><?cs /if ?>
</li>
<?cs /each ?></ol>
</section>
<?cs /each ?><?cs /if ?></section>
</div>

<div class="col-12 col-lg-4 order-lg-1">
<div class="vm-filters">
<p class="vm-filter-title">Filtra i risultati</p>
<fieldset>
<legend>Tipo di contenuto</legend>
<ul>
<li><div class="form-check"><input type="radio" id="tipo-tutti" name="tipo" value=""<?cs if:!Search.type ?> checked<?cs /if ?>><label for="tipo-tutti">Tutti<?cs if:Search.state != "empty" ?> <span class="vm-count">(<?cs var:#Search.CountAll ?>)</span><?cs /if ?></label></div></li>
<?cs each:k = Search.Kinds ?><li><div class="form-check"><input type="radio" id="tipo-<?cs var:k.param ?>" name="tipo" value="<?cs var:k.param ?>"<?cs if:k.selected ?> checked<?cs /if ?>><label for="tipo-<?cs var:k.param ?>"><?cs var:k.label ?><?cs if:Search.state != "empty" ?> <span class="vm-count">(<?cs var:#k.count ?>)</span><?cs /if ?></label></div></li>
<?cs /each ?></ul>
</fieldset>
<?cs if:subcount(Search.Topics) ?><fieldset>
<legend>Argomento</legend>
<ul data-element="all-topics">
<li><div class="form-check"><input type="radio" id="arg-tutti" name="argomento" value=""<?cs if:!Search.topic ?> checked<?cs /if ?>><label for="arg-tutti">Tutti gli argomenti</label></div></li>
<?cs each:t = Search.Topics ?><li><div class="form-check"><input type="radio" id="arg-<?cs var:t.slug ?>" name="argomento" value="<?cs var:t.slug ?>"<?cs if:t.selected ?> checked<?cs /if ?>><label for="arg-<?cs var:t.slug ?>"><?cs var:t.name ?></label></div></li>
<?cs /each ?></ul>
</fieldset>
<?cs /if ?><div class="vm-filter-actions">
<button class="btn btn-outline-primary" type="submit">Aggiorna i risultati</button>
</div>
</div>
</div>
</div>
</form>
</div>
<?cs include:"partials/foot.cs" ?>
