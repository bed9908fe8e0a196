<?cs include:"partials/head.cs" ?><?cs include:"novita_macros.cs" ?>
<div class="container vm-page-head">
<div class="row">
<div class="col-12 col-lg-8">
<h1><?cs var:NewsItem.title ?></h1>
<h2 class="visually-hidden">Dettagli <?cs if:NewsItem.news_type == "notizia" ?>della notizia<?cs elif:NewsItem.news_type == "comunicato" ?>del comunicato<?cs else ?>dell'avviso<?cs /if ?></h2>
<p class="vm-lead"><?cs var:NewsItem.summary ?></p>
<dl class="vm-nv-facts">
<div><dt>Tipo</dt><dd><span class="vm-nv-type"><?cs var:NewsItem.type_label ?></span></dd></div>
<div><dt>Data</dt><dd><time datetime="<?cs var:NewsItem.date_iso ?>"><?cs var:NewsItem.date ?></time></dd></div>
<div><dt>Tempo di lettura</dt><dd><?cs var:NewsItem.reading_minutes ?> min</dd></div>
</dl>
</div>
<div class="col-12 col-lg-3 offset-lg-1">
<?cs if:subcount(NewsItem.Topics) ?><div class="vm-audience">
<span>Argomenti</span>
<ul class="vm-tags"><?cs each:t = NewsItem.Topics ?><li><a class="vm-tag" href="/argomenti/<?cs var:url_escape(t.slug) ?>"><?cs var:t.name ?></a></li><?cs /each ?></ul>
</div>
<?cs /if ?></div>
</div>
</div>
<?cs call:nv_figure(NewsItem.image, NewsItem.image_alt, NewsItem.image_caption) ?>
<div class="container">
<div class="row">
<div class="col-12 col-lg-3">
<?cs call:page_index_open() ?>
<?cs call:page_index_item("descrizione", "Descrizione") ?>
<?cs if:subcount(NewsItem.Attachments) ?><?cs call:page_index_item("documenti", "Documenti") ?>
<?cs /if ?><?cs if:NewsItem.office_name ?><?cs call:page_index_item("a-cura-di", "A cura di") ?>
<?cs /if ?><?cs call:page_index_close() ?>
</div>
<div class="col-12 col-lg-8 offset-lg-1">
<?cs call:nv_text_section("descrizione", "Descrizione", NewsItem.body, NewsItem.summary) ?>
<?cs if:subcount(NewsItem.Attachments) ?><section class="vm-service-section" aria-labelledby="documenti">
<h2 id="documenti">Documenti</h2>
<ul class="vm-nv-attachments">
<?cs each:d = NewsItem.Attachments ?><li><?cs call:icon("it-clip", "icon-sm") ?><a href="<?cs if:d.url ?><?cs var:url_validate(d.url) ?><?cs else ?><?cs var:Site.Static ?>/<?cs var:d.file ?><?cs /if ?>" download><?cs var:d.title ?></a> <span class="vm-nv-filemeta">(<?cs var:d.format ?>, <?cs var:d.size ?>)</span></li>
<?cs /each ?></ul>
</section>
<?cs /if ?><?cs if:NewsItem.office_name ?><section class="vm-service-section" aria-labelledby="a-cura-di">
<h2 id="a-cura-di">A cura di</h2>
<div class="vm-office-card">
<h3><a href="/uffici/<?cs var:url_escape(NewsItem.office_slug) ?>"><?cs var:NewsItem.office_name ?></a></h3>
<address>
<ul class="vm-contact-list">
<?cs if:NewsItem.office_address ?><li><?cs call:icon("it-map-marker", "") ?><span><span class="visually-hidden">Indirizzo: </span><?cs var:NewsItem.office_address ?></span></li>
<?cs /if ?><?cs if:NewsItem.office_phone ?><li><?cs call:icon("it-telephone", "") ?><span><span class="visually-hidden">Telefono: </span><?cs var:NewsItem.office_phone ?></span></li>
<?cs /if ?><?cs if:NewsItem.office_email ?><li><?cs call:icon("it-mail", "") ?><span><span class="visually-hidden">Email: </span><a href="mailto:<?cs var:NewsItem.office_email ?>"><?cs var:NewsItem.office_email ?></a></span></li>
<?cs /if ?></ul>
</address>
</div>
</section>
<?cs /if ?><p class="vm-metadata" data-element="metadata">Ultimo aggiornamento: <?cs var:NewsItem.updated ?><?cs if:NewsItem.updated_time ?>, <?cs var:NewsItem.updated_time ?><?cs /if ?></p>
</div>
</div>
</div>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": <?cs var:json_str(NewsItem.title) ?>, "description": <?cs var:json_str(NewsItem.summary) ?>, "datePublished": <?cs var:json_str(NewsItem.date_iso) ?>, "publisher": {"@type": "GovernmentOrganization", "name": <?cs var:json_str(Site.Name) ?>}, "url": <?cs var:json_str(Site.BaseUrl + Page.Canonical) ?>}
</script>
<?cs include:"partials/foot.cs" ?>
