<?cs # Macro condivise. Incluso da partials/head.cs: le pagine non lo includono direttamente. ?>
<?cs # Icona dalla sprite di Bootstrap Italia (decorativa: il testo accessibile sta accanto). ?>
<?cs def:icon(ico, cls) ?><svg class="icon<?cs if:cls ?> <?cs var:cls ?><?cs /if ?>" aria-hidden="true" focusable="false"><use href="<?cs var:Site.Static ?>/bootstrap-italia/svg/sprites.svg#<?cs var:ico ?>"></use></svg><?cs /def ?>
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
