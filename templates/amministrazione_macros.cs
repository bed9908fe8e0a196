<?cs # Macro delle pagine di Amministrazione (incluso dalle pagine della sezione, dopo partials/head.cs). ?>
<?cs # Card di una persona: nome (link alla pagina della persona) e ruolo (titolo h3: va usata sotto un h2). ?>
<?cs def:person_card(p, role) ?><article class="it-card rounded shadow-sm border">
<h3 class="it-card-title"><a href="/persone/<?cs var:url_escape(p.slug) ?>"><?cs var:p.name ?></a></h3>
<div class="it-card-body"><?cs if:role ?><p class="it-card-text vm-role"><?cs var:role ?></p><?cs /if ?><?cs if:p.delegations ?><p class="it-card-text">Deleghe: <?cs var:p.delegations ?></p><?cs /if ?></div>
</article><?cs /def ?>
<?cs # Elenco di card di persone, con il titolo del ruolo. ?>
<?cs def:person_cards(list) ?><ul class="vm-cards row"><?cs each:p = list ?><li class="col-12 col-md-6 col-lg-4"><?cs if:p.title ?><?cs call:person_card(p, p.title) ?><?cs else ?><?cs call:person_card(p, p.role) ?><?cs /if ?></li><?cs /each ?></ul><?cs /def ?>
<?cs # Card di un documento: titolo, tipo e data di pubblicazione. ?>
<?cs def:document_card(d) ?><article class="it-card rounded shadow-sm border">
<h3 class="it-card-title"><a href="/documenti/<?cs var:url_escape(d.slug) ?>"><?cs var:d.title ?></a></h3>
<div class="it-card-body"><?cs if:d.summary ?><p class="it-card-text"><?cs var:d.summary ?></p><?cs /if ?></div>
<footer class="it-card-related it-card-footer"><div class="it-card-taxonomy vm-card-meta"><span><span class="visually-hidden">Tipo: </span><?cs var:d.doc_type ?></span><?cs if:d.published ?><span class="vm-date"><span class="visually-hidden">Pubblicato il </span><?cs var:d.published ?></span><?cs /if ?></div></footer>
</article><?cs /def ?>
<?cs def:document_cards(list) ?><ul class="vm-cards row"><?cs each:d = list ?><li class="col-12 col-md-6 col-lg-4"><?cs call:document_card(d) ?></li><?cs /each ?></ul><?cs /def ?>
<?cs # Card semplice con link (titolo h3) e testo: un ufficio, un'area, un ente. ?>
<?cs def:link_card(url, title, text, meta) ?><article class="it-card rounded shadow-sm border">
<h3 class="it-card-title"><a href="<?cs var:url ?>"><?cs var:title ?></a></h3>
<div class="it-card-body"><?cs if:text ?><p class="it-card-text"><?cs var:text ?></p><?cs /if ?></div>
<?cs if:meta ?><footer class="it-card-related it-card-footer"><div class="it-card-taxonomy vm-card-meta"><span><?cs var:meta ?></span></div></footer><?cs /if ?>
</article><?cs /def ?>
<?cs # Apertura e chiusura dell'indice della pagina (colonna laterale) e del contenuto. ?>
<?cs def:index_open() ?><div class="container vm-amm">
<div class="row">
<aside class="col-12 col-lg-3 mb-4 mb-lg-0">
<?cs call:page_index_open() ?><?cs /def ?>
<?cs def:index_close() ?><?cs call:page_index_close() ?>
</aside>
<div class="col-12 col-lg-8 offset-lg-1"><?cs /def ?>
<?cs def:body_close() ?></div>
</div>
</div><?cs /def ?>
<?cs # Sezione del contenuto con il suo titolo h2 (chiusa da </section>). ?>
<?cs def:section_open(id, title) ?><section class="vm-amm-section" aria-labelledby="<?cs var:id ?>">
<h2 id="<?cs var:id ?>"><?cs var:title ?></h2><?cs /def ?>
<?cs # Contatti di un ufficio, un'area, un ente o una persona (i valori vuoti non si mostrano). ?>
<?cs def:contacts(address, phone, email, pec, website) ?><address>
<ul class="vm-contact-list">
<?cs if:address ?><li><?cs call:icon("it-map-marker", "") ?><span><span class="visually-hidden">Sede: </span><?cs var:address ?></span></li>
<?cs /if ?><?cs if:phone ?><li><?cs call:icon("it-telephone", "") ?><span><span class="visually-hidden">Telefono: </span><?cs var:phone ?></span></li>
<?cs /if ?><?cs if:email ?><li><?cs call:icon("it-mail", "") ?><span><span class="visually-hidden">Email: </span><a href="mailto:<?cs var:email ?>"><?cs var:email ?></a></span></li>
<?cs /if ?><?cs if:pec ?><li><?cs call:icon("it-mail", "") ?><span>PEC: <a href="mailto:<?cs var:pec ?>"><?cs var:pec ?></a></span></li>
<?cs /if ?><?cs if:website ?><li><?cs call:icon("it-link", "") ?><span><span class="visually-hidden">Sito web: </span><a href="<?cs var:url_validate(website) ?>"><?cs var:website ?></a></span></li>
<?cs /if ?></ul>
</address><?cs /def ?>
<?cs # Ultimo aggiornamento, in fondo alle pagine di dettaglio. ?>
<?cs def:updated_section(date) ?><?cs call:section_open("ulteriori-informazioni", "Ulteriori informazioni") ?>
<p class="vm-metadata" data-element="metadata">Ultimo aggiornamento: <?cs var:date ?></p>
</section><?cs /def ?>
