<?cs # Macro condivise. Incluso da partials/head.cs: le pagine non lo includono direttamente. ?>
<?cs # Icona dalla sprite di Bootstrap Italia (decorativa: il testo accessibile sta accanto). ?>
<?cs def:icon(ico, cls) ?><svg class="icon<?cs if:cls ?> <?cs var:cls ?><?cs /if ?>" aria-hidden="true" focusable="false"><use href="<?cs var:Site.Asset.sprites ?>#<?cs var:ico ?>"></use></svg><?cs /def ?>
<?cs # Testo lungo: lista di blocchi (X.N.text paragrafo, oppure X.N.items.M elenco puntato). ?>
<?cs def:longtext(blocks) ?><?cs each:b = blocks ?><?cs if:subcount(b.items) ?><ul><?cs each:i = b.items ?><li><?cs var:i ?></li><?cs /each ?></ul><?cs elif:b.text ?><p><?cs var:b.text ?></p><?cs /if ?><?cs /each ?><?cs /def ?>
<?cs # Etichetta di stato di un servizio (active / inactive). ?>
<?cs def:status_badge(st) ?><?cs if:st == "inactive" ?><span class="vm-status vm-status-off"><span class="visually-hidden">Stato del servizio: </span>Non attivo</span><?cs else ?><span class="vm-status"><span class="visually-hidden">Stato del servizio: </span>Attivo</span><?cs /if ?><?cs /def ?>
<?cs # Card di un servizio in un elenco (titolo h3: va usata sotto un h2). ?>
<?cs def:service_card(s) ?><article class="it-card rounded shadow-sm border">
<h3 class="it-card-title"><a href="/servizi/<?cs var:url_escape(s.slug) ?>" data-element="service-link"><?cs var:s.title ?></a></h3>
<div class="it-card-body"><?cs if:s.summary ?><p class="it-card-text"><?cs var:s.summary ?></p><?cs /if ?></div>
<footer class="it-card-related it-card-footer"><div class="it-card-taxonomy"><?cs call:status_badge(s.status) ?></div></footer>
</article><?cs /def ?>
<?cs # Elenco di card di servizi. ?>
<?cs def:service_cards(list) ?><ul class="vm-cards row"><?cs each:s = list ?><li class="col-12 col-md-6 col-lg-4"><?cs call:service_card(s) ?></li><?cs /each ?></ul><?cs /def ?>
<?cs # Voce del menu principale: aria-current="page" sulla pagina stessa, "true" nelle sue sottopagine. ?>
<?cs def:nav_item(section, url, label, de) ?><li class="nav-item"><a class="nav-link<?cs if:Page.Section == section ?> active<?cs /if ?>" href="<?cs var:url ?>"<?cs if:Page.Section == section ?><?cs if:Page.Canonical == url ?> aria-current="page"<?cs else ?> aria-current="true"<?cs /if ?><?cs /if ?><?cs if:de ?> data-element="<?cs var:de ?>"<?cs /if ?>><span><?cs var:label ?></span></a></li><?cs /def ?>
<?cs # Intestazione di pagina: titolo h1 ed eventuale sommario. ?>
<?cs def:page_head(title, lead) ?><div class="container vm-page-head">
<div class="row">
<div class="col-12 col-lg-8">
<h1><?cs var:title ?></h1>
<?cs if:lead ?><p class="vm-lead"><?cs var:lead ?></p><?cs /if ?>
</div>
</div>
</div><?cs /def ?>
<?cs # Sezione obbligatoria della scheda servizio, con il testo Markdown o l'avviso che manca. ?>
<?cs def:service_section(id, title, de, text) ?><section class="vm-service-section" aria-labelledby="<?cs var:id ?>">
<h2 id="<?cs var:id ?>"><?cs var:title ?></h2>
<div class="vm-longtext" data-element="<?cs var:de ?>">
<?cs if:text ?><?cs var:markdown(text) ?><?cs else ?><p>Informazione non disponibile: contattare l'ufficio responsabile.</p><?cs /if ?>
</div>
</section><?cs /def ?>
<?cs # Collegamenti ai profili social del Comune (Site.Social.N.{name,url,icon}). ?>
<?cs def:social_list(list) ?><ul><?cs each:s = list ?><li><a href="<?cs var:url_validate(s.url) ?>"><?cs call:icon(s.icon, "icon-sm icon-white align-top") ?><span class="visually-hidden"><?cs var:s.name ?></span></a></li><?cs /each ?></ul><?cs /def ?>
<?cs # Riepilogo degli errori di un modulo pubblico: ogni messaggio porta al suo campo
   (Form.error_list.N, con .field il nome del campo). site.js vi sposta il fuoco. ?>
<?cs def:error_summary() ?><?cs if:subcount(Form.error_list) ?><div class="alert alert-danger" role="alert" id="errori" tabindex="-1" aria-labelledby="errori-titolo">
<h2 class="h5 mb-2" id="errori-titolo">Il modulo contiene <?cs if:subcount(Form.error_list) == 1 ?>un errore<?cs else ?><?cs var:subcount(Form.error_list) ?> errori<?cs /if ?>: correggi e invia di nuovo</h2>
<ul class="mb-0"><?cs each:e = Form.error_list ?><li><?cs if:e.field ?><a href="#<?cs if:e.field == "posizione" ?>latitudine<?cs else ?><?cs var:e.field ?><?cs /if ?>"><?cs var:e ?></a><?cs else ?><?cs var:e ?><?cs /if ?></li><?cs /each ?></ul>
</div><?cs /if ?><?cs /def ?>
<?cs def:step(n, current, label) ?><li class="<?cs if:n < current ?>confirmed<?cs elif:n == current ?>active<?cs /if ?>"<?cs if:n == current ?> aria-current="step"<?cs /if ?>><span class="steppers-number"><?cs if:n < current ?><?cs call:icon("it-check", "steppers-success") ?><span class="visually-hidden"><?cs var:n + 1 ?></span><?cs else ?><?cs var:n + 1 ?><?cs /if ?></span><?cs var:label ?><?cs if:n < current ?><span class="visually-hidden"> (completato)</span><?cs elif:n == current ?><span class="visually-hidden"> (passo attuale)</span><?cs /if ?></li>
<?cs /def ?>
<?cs # Indicatore dei passi di un percorso a quattro pagine (Bootstrap Italia "steppers"):
   current è l'indice (da 0) del passo in corso, s0..s3 le etichette. ?>
<?cs def:steps(current, s0, s1, s2, s3) ?><nav class="steppers vm-steps" aria-label="Passi della procedura">
<div class="steppers-header">
<ul>
<?cs call:step(0, current, s0) ?><?cs call:step(1, current, s1) ?><?cs call:step(2, current, s2) ?><?cs call:step(3, current, s3) ?>
</ul>
<span class="steppers-index" aria-hidden="true"><?cs var:current + 1 ?>/4</span>
</div>
</nav><?cs /def ?>
<?cs # L'indice della pagina (colonna laterale), uno per ogni tipo di pagina: page_index_open(), una
page_index_item(id, label) per sezione (il suo h2 ha quell'id), page_index_close(). ?>
<?cs def:page_index_open() ?><nav class="vm-page-index" aria-labelledby="indice-della-pagina">
<h2 class="vm-page-index-title" id="indice-della-pagina">Indice della pagina</h2>
<ul data-element="page-index"><?cs /def ?>
<?cs def:page_index_item(id, label) ?><li><a class="vm-index-link" href="#<?cs var:id ?>"><?cs var:label ?></a></li><?cs /def ?>
<?cs def:page_index_close() ?></ul>
</nav><?cs /def ?>
