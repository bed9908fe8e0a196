<?cs include:"partials/macros.cs" ?><?cs include:"partials/rating.cs" ?><!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs if:subcount(Form.error_list) || Form.error ?>Errore: <?cs /if ?><?cs if:Page.Title ?><?cs var:Page.Title ?> - <?cs /if ?><?cs var:Site.Name ?></title>
<?cs if:Page.Description ?><meta name="description" content="<?cs var:Page.Description ?>">
<?cs /if ?><?cs if:Page.Canonical ?><link rel="canonical" href="<?cs var:Site.BaseUrl ?><?cs var:Page.Canonical ?>">
<?cs /if ?><meta property="og:type" content="website">
<meta property="og:locale" content="it_IT">
<meta property="og:site_name" content="<?cs var:Site.Name ?>">
<meta property="og:title" content="<?cs var:Page.Title ?>">
<?cs if:Page.Description ?><meta property="og:description" content="<?cs var:Page.Description ?>">
<?cs /if ?><meta name="theme-color" content="#0066cc">
<link rel="icon" href="<?cs var:Site.Asset.favicon ?>" type="image/svg+xml">
<?cs # Assets by their fingerprinted names (Site.Asset, see conf/assets.mjs). The header's fonts are
   preloaded, the one script is a module (deferred): nothing but the CSS blocks the first paint. ?>
<?cs each:f = Site.Asset.font ?><link rel="preload" href="<?cs var:f ?>" as="font" type="font/woff2" crossorigin>
<?cs /each ?><link rel="stylesheet" href="<?cs var:Site.Asset.css ?>">
<?cs if:Page.Css ?><link rel="stylesheet" href="<?cs var:Site.Asset.Page[Page.Css] ?>"><?cs /if ?>
<script type="module" src="<?cs var:Site.Asset.js ?>"></script>
</head>
<body>
<div class="skiplinks">
<a class="visually-hidden-focusable" href="#main-content">Vai al contenuto principale</a>
<a class="visually-hidden-focusable" href="#footer">Vai al piè di pagina</a>
</div>
<?cs if:PreviewBanner.back ?><div class="vm-preview-banner" role="region" aria-labelledby="anteprima-titolo" id="anteprima-banner">
<div class="container"><p class="mb-0"><strong id="anteprima-titolo">Anteprima</strong>: la pagina come apparirà sul portale, anche se non è pubblicata. Solo la redazione la vede. <a href="<?cs var:url_validate(PreviewBanner.back) ?>">Torna al modulo</a></p></div>
</div>
<?cs /if ?><?cs if:(Site.BackOffice || Page.Section == "admin" || Staff.name) && !PreviewBanner.back ?><?cs include:"partials/staff_header.cs" ?><?cs else ?><header class="it-header-wrapper">
<div class="it-header-slim-wrapper">
<div class="container"><div class="row"><div class="col-12">
<div class="it-header-slim-wrapper-content">
<?cs if:Site.RegionUrl ?><a class="d-lg-block navbar-brand" href="<?cs var:url_validate(Site.RegionUrl) ?>"><?cs var:Site.Region ?></a><?cs else ?><span class="d-lg-block navbar-brand"><?cs var:Site.Region ?></span><?cs /if ?>
<div class="it-header-slim-right-zone vm-user-zone">
<?cs # Pages shared by every visitor (cached) offer the login, and site.js turns it into the user's
   menu; a page rendered for a signed-in citizen names them and never offers "Accedi". ?><?cs if:Session.name ?><a class="btn btn-primary btn-icon btn-full vm-login" href="/area-personale" data-element="personal-area-login"><span class="rounded-icon" aria-hidden="true"><?cs call:icon("it-user", "icon-primary") ?></span><span class="vm-login-label"><?cs var:Session.name ?> <?cs var:Session.family_name ?><span class="visually-hidden">: area personale</span></span></a><?cs else ?><a class="btn btn-primary btn-icon btn-full vm-login" href="/auth/login<?cs if:Page.Canonical && Page.Section != "accesso" ?>?next=<?cs var:url_escape(Page.Canonical) ?><?cs /if ?>" data-element="personal-area-login" aria-label="Accedi all'area personale"><span class="rounded-icon" aria-hidden="true"><?cs call:icon("it-user", "icon-primary") ?></span><span class="vm-login-label">Accedi all'area personale</span></a><?cs /if ?>
</div>
</div>
</div></div></div>
</div>
<div class="it-nav-wrapper">
<div class="it-header-center-wrapper">
<div class="container"><div class="row"><div class="col-12">
<div class="it-header-center-content-wrapper">
<div class="it-brand-wrapper">
<a href="/"<?cs if:Page.Section != "home" ?> title="Vai alla homepage"<?cs /if ?>><img class="vm-brand-logo" src="<?cs var:Site.Asset.logo ?>" alt="" width="52" height="58"><div class="it-brand-text"><div class="it-brand-title"><?cs var:Site.Name ?></div><?cs if:Site.Tagline ?><div class="it-brand-tagline d-none d-md-block"><?cs var:Site.Tagline ?></div><?cs /if ?></div></a>
</div>
<div class="it-right-zone">
<?cs if:subcount(Site.Social) ?><div class="it-socials d-none d-lg-flex">
<span>Seguici su</span>
<?cs call:social_list(Site.Social) ?>
</div><?cs /if ?>
<div class="it-search-wrapper">
<span class="d-none d-md-block" aria-hidden="true">Cerca</span>
<a class="search-link rounded-icon" href="/cerca" aria-label="Cerca nel sito" data-element="search-modal-button"><?cs call:icon("it-search", "") ?></a>
</div>
</div>
</div>
</div></div></div>
</div>
<div class="it-header-navbar-wrapper" id="header-nav-wrapper">
<div class="container"><div class="row"><div class="col-12">
<div class="navbar navbar-expand-lg has-megamenu">
<?cs # Senza JavaScript il pulsante è un collegamento a #menu-principale e il menu si apre con :target (site.css);
   con JavaScript Bootstrap Italia annulla il collegamento e apre il menu come pannello. ?>
<a class="custom-navbar-toggler" href="#menu-principale" role="button" aria-controls="menu-principale" aria-expanded="false" data-bs-toggle="navbarcollapsible" data-bs-target="#menu-principale"><?cs call:icon("it-burger", "") ?><span class="visually-hidden">Mostra o nascondi il menu</span></a>
<div class="navbar-collapsable" id="menu-principale">
<div class="overlay"></div>
<div class="close-div"><a class="btn close-menu" href="#header-nav-wrapper" role="button"><span class="visually-hidden">Nascondi il menu</span><?cs call:icon("it-close-big", "") ?></a></div>
<div class="menu-wrapper">
<a class="logo-hamburger" href="/"><img class="vm-brand-logo" src="<?cs var:Site.Asset.logo ?>" alt="" width="40" height="45"><span class="it-brand-text"><span class="it-brand-title"><?cs var:Site.Name ?></span></span></a>
<nav aria-label="Principale">
<ul class="navbar-nav" data-element="main-navigation">
<?cs call:nav_item("amministrazione", "/amministrazione", "Amministrazione", "management") ?>
<?cs call:nav_item("novita", "/novita", "Novità", "news") ?>
<?cs call:nav_item("servizi", "/servizi", "Servizi", "all-services") ?>
<?cs call:nav_item("vivere-il-comune", "/vivere-il-comune", "Vivere il Comune", "live") ?>
</ul>
</nav>
<nav aria-label="Secondaria">
<ul class="navbar-nav navbar-secondary">
<?cs each:t = Site.MenuTopics ?><li class="nav-item"><a class="nav-link" href="/argomenti/<?cs var:url_escape(t.slug) ?>"><span><?cs var:t.name ?></span></a></li>
<?cs /each ?><?cs call:nav_item("argomenti", "/argomenti", "Tutti gli argomenti", "all-topics") ?>
</ul>
</nav>
<?cs if:subcount(Site.Social) ?><div class="it-socials vm-menu-socials d-lg-none">
<span>Seguici su</span>
<?cs call:social_list(Site.Social) ?>
</div><?cs /if ?>
</div>
</div>
</div>
</div></div></div>
</div>
</div>
</header><?cs /if ?>
<main id="main-content" tabindex="-1">
<?cs if:subcount(Breadcrumb) ?><div class="container vm-breadcrumb">
<nav class="breadcrumb-container" aria-label="Percorso di navigazione">
<ol class="breadcrumb" data-element="breadcrumb">
<li class="breadcrumb-item"><a href="/">Home</a><span class="separator" aria-hidden="true">/</span></li>
<?cs each:c = Breadcrumb ?><?cs if:c.url ?><li class="breadcrumb-item"><a href="<?cs var:url_validate(c.url) ?>"><?cs var:c.label ?></a><span class="separator" aria-hidden="true">/</span></li>
<?cs else ?><li class="breadcrumb-item active" aria-current="page"><?cs var:c.label ?></li>
<?cs /if ?><?cs /each ?></ol>
</nav>
</div>
<?cs /if ?>
