<?cs # Macro di Novità e Vivere il Comune: card di notizie, eventi, luoghi e la paginazione. Incluso dopo partials/head.cs. ?>
<?cs # Immagine di una card o di una pagina: file sotto static/images. ?>
<?cs def:nv_image(file, alt, cls) ?><img class="<?cs var:cls ?>" src="<?cs var:Site.Static ?>/images/<?cs var:file ?>" alt="<?cs var:alt ?>"><?cs /def ?>
<?cs # Immagine grande di una pagina di dettaglio, con la didascalia se c'è. ?>
<?cs def:nv_figure(file, alt, caption) ?><?cs if:file ?><div class="container"><figure class="figure vm-nv-figure">
<?cs call:nv_image(file, alt, "figure-img img-fluid rounded") ?>
<?cs if:caption ?><figcaption class="figure-caption"><?cs var:caption ?></figcaption><?cs /if ?>
</figure></div><?cs /if ?><?cs /def ?>
<?cs # Testata di un luogo o di un evento: titolo, una riga (con la data ISO se è un momento) e il sommario. ?>
<?cs def:nv_detail_head(title, meta, meta_iso, lead) ?><div class="container vm-page-head">
<div class="row">
<div class="col-12 col-lg-8">
<h1><?cs var:title ?></h1>
<p class="vm-nv-meta"><?cs if:meta_iso ?><time datetime="<?cs var:meta_iso ?>"><?cs var:meta ?></time><?cs else ?><span class="vm-nv-type"><?cs var:meta ?></span><?cs /if ?></p>
<p class="vm-lead"><?cs var:lead ?></p>
</div>
</div>
</div><?cs /def ?>
<?cs # Sezione di testo lungo (Markdown), con il sommario se il testo manca. ?>
<?cs def:nv_text_section(id, title, text, fallback) ?><section class="vm-service-section" aria-labelledby="<?cs var:id ?>">
<h2 id="<?cs var:id ?>"><?cs var:title ?></h2>
<div class="vm-longtext">
<?cs if:text ?><?cs var:markdown(text) ?><?cs else ?><p><?cs var:fallback ?></p><?cs /if ?>
</div>
</section><?cs /def ?>
<?cs # Card di una notizia (titolo h3: va usata sotto un h2). ?>
<?cs def:nv_news_card(n) ?><article class="card card-img no-after rounded shadow-sm vm-nv-card">
<?cs if:n.image ?><div class="vm-nv-card-img"><?cs call:nv_image(n.image, "", "img-fluid") ?></div><?cs /if ?>
<div class="card-body">
<div class="category-top vm-nv-meta"><span class="vm-nv-type"><?cs var:n.type_label ?></span> <time datetime="<?cs var:n.date_iso ?>"><?cs var:n.date ?></time></div>
<h3 class="card-title h5"><a href="/novita/<?cs var:url_escape(n.slug) ?>"><?cs var:n.title ?></a></h3>
<p class="card-text"><?cs var:n.summary ?></p>
</div>
</article><?cs /def ?>
<?cs def:nv_news_cards(list) ?><ul class="vm-nv-cards row"><?cs each:n = list ?><li class="col-12 col-md-6 col-lg-4"><?cs call:nv_news_card(n) ?></li><?cs /each ?></ul><?cs /def ?>
<?cs # Card di un evento, con il giorno in evidenza. ?>
<?cs def:nv_event_card(e) ?><article class="card card-img no-after rounded shadow-sm vm-nv-card">
<?cs if:e.image ?><div class="vm-nv-card-img"><?cs call:nv_image(e.image, "", "img-fluid") ?></div><?cs /if ?>
<div class="card-body">
<div class="vm-nv-meta"><time datetime="<?cs var:e.start_iso ?>"><?cs var:e.when ?></time></div>
<h3 class="card-title h5"><a href="/eventi/<?cs var:url_escape(e.slug) ?>" data-element="event-link"><?cs var:e.title ?></a></h3>
<p class="card-text"><?cs var:e.summary ?></p>
<?cs if:e.place_name ?><p class="vm-nv-place"><?cs call:icon("it-map-marker", "icon-sm") ?><span><span class="visually-hidden">Luogo: </span><?cs var:e.place_name ?></span></p><?cs /if ?>
</div>
</article><?cs /def ?>
<?cs def:nv_event_cards(list) ?><ul class="vm-nv-cards row"><?cs each:e = list ?><li class="col-12 col-md-6 col-lg-4"><?cs call:nv_event_card(e) ?></li><?cs /each ?></ul><?cs /def ?>
<?cs # Card di un luogo. ?>
<?cs def:nv_place_card(p) ?><article class="card card-img no-after rounded shadow-sm vm-nv-card">
<?cs if:p.image ?><div class="vm-nv-card-img"><?cs call:nv_image(p.image, "", "img-fluid") ?></div><?cs /if ?>
<div class="card-body">
<div class="vm-nv-meta"><span class="vm-nv-type"><?cs var:p.place_type ?></span></div>
<h3 class="card-title h5"><a href="/luoghi/<?cs var:url_escape(p.slug) ?>" data-element="location-link"><?cs var:p.name ?></a></h3>
<p class="card-text"><?cs var:p.summary ?></p>
<p class="vm-nv-place"><?cs call:icon("it-map-marker", "icon-sm") ?><span><span class="visually-hidden">Indirizzo: </span><?cs var:p.address ?></span></p>
</div>
</article><?cs /def ?>
<?cs def:nv_place_cards(list) ?><ul class="vm-nv-cards row"><?cs each:p = list ?><li class="col-12 col-md-6 col-lg-4"><?cs call:nv_place_card(p) ?></li><?cs /each ?></ul><?cs /def ?>
<?cs # Paginazione (Pager.*), con l'etichetta della navigazione. ?>
<?cs def:nv_pager(label) ?><?cs if:Pager.pages > 1 ?><nav class="pagination-wrapper justify-content-center" aria-label="<?cs var:label ?>">
<ul class="pagination">
<?cs if:Pager.prev_url ?><li class="page-item"><a class="page-link" href="<?cs var:url_validate(Pager.prev_url) ?>" rel="prev"><?cs call:icon("it-chevron-left", "icon-primary") ?><span class="visually-hidden">Pagina precedente</span></a></li><?cs /if ?>
<?cs each:l = Pager.Links ?><li class="page-item<?cs if:l.current ?> active<?cs /if ?>"><a class="page-link" href="<?cs var:url_validate(l.url) ?>"<?cs if:l.current ?> aria-current="page"<?cs /if ?>><span class="visually-hidden">Pagina </span><?cs var:l.num ?></a></li>
<?cs /each ?><?cs if:Pager.next_url ?><li class="page-item"><a class="page-link" href="<?cs var:url_validate(Pager.next_url) ?>" rel="next"><span class="visually-hidden">Pagina successiva</span><?cs call:icon("it-chevron-right", "icon-primary") ?></a></li><?cs /if ?>
</ul>
</nav><?cs /if ?><?cs /def ?>
<?cs # Stato vuoto di un elenco. ?>
<?cs def:nv_empty(title, text) ?><div class="callout"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-info-circle", "") ?><span><?cs var:title ?></span></div>
<p><?cs var:text ?></p>
</div></div><?cs /def ?>
