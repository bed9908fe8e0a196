<?cs include:"partials/macros.cs" ?><?cs include:"partials/rating.cs" ?><!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs if:Page.Title ?><?cs var:Page.Title ?> - <?cs /if ?><?cs var:Site.Name ?></title>
<?cs if:Page.Description ?><meta name="description" content="<?cs var:Page.Description ?>">
<?cs /if ?><?cs if:Page.Canonical ?><link rel="canonical" href="<?cs var:Site.BaseUrl ?><?cs var:Page.Canonical ?>">
<?cs /if ?><meta property="og:type" content="website">
<meta property="og:locale" content="it_IT">
<meta property="og:site_name" content="<?cs var:Site.Name ?>">
<meta property="og:title" content="<?cs var:Page.Title ?>">
<?cs if:Page.Description ?><meta property="og:description" content="<?cs var:Page.Description ?>">
<?cs /if ?><meta name="theme-color" content="#0066cc">
<link rel="icon" href="<?cs var:Site.Static ?>/images/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="<?cs var:Site.Static ?>/bootstrap-italia/css/bootstrap-italia.min.css">
<link rel="stylesheet" href="<?cs var:Site.Static ?>/css/site.css">
<?cs if:Page.Css ?><link rel="stylesheet" href="<?cs var:Site.Static ?>/css/<?cs var:Page.Css ?>"><?cs /if ?>
</head>
<body>
<div class="skiplinks">
<a class="visually-hidden-focusable" href="#main-content">Vai al contenuto principale</a>
<a class="visually-hidden-focusable" href="#footer">Vai al piè di pagina</a>
</div>
<header class="it-header-wrapper">
<div class="it-header-slim-wrapper">
<div class="container"><div class="row"><div class="col-12">
<div class="it-header-slim-wrapper-content">
<span class="d-lg-block navbar-brand"><?cs var:Site.Region ?></span>
<div class="it-header-slim-right-zone">
<a class="btn btn-primary btn-icon btn-full vm-login" href="/auth/login" data-element="personal-area-login" aria-label="Accedi all'area personale"><span class="rounded-icon" aria-hidden="true"><?cs call:icon("it-user", "icon-primary") ?></span><span class="d-none d-lg-block">Accedi all'area personale</span></a>
</div>
</div>
</div></div></div>
</div>
<div class="it-nav-wrapper">
<div class="it-header-center-wrapper">
<div class="container"><div class="row"><div class="col-12">
<div class="it-header-center-content-wrapper">
<div class="it-brand-wrapper">
<a href="/"><img class="vm-brand-logo" src="<?cs var:Site.Static ?>/images/stemma-valdimonte.svg" alt="" width="52" height="58"><div class="it-brand-text"><div class="it-brand-title"><?cs var:Site.Name ?></div></div></a>
</div>
<div class="it-right-zone">
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
<nav class="navbar navbar-expand-lg has-megamenu" aria-label="Menu principale">
<button class="custom-navbar-toggler" type="button" aria-controls="menu-principale" aria-expanded="false" aria-label="Mostra o nascondi il menu" data-bs-toggle="navbarcollapsible" data-bs-target="#menu-principale"><?cs call:icon("it-burger", "") ?></button>
<div class="navbar-collapsable" id="menu-principale">
<div class="close-div"><button class="btn close-menu" type="button"><span class="visually-hidden">Nascondi il menu</span><?cs call:icon("it-close-big", "") ?></button></div>
<div class="menu-wrapper">
<p class="vm-menu-heading d-lg-none"><?cs var:Site.Name ?></p>
<ul class="navbar-nav" data-element="main-navigation">
<?cs call:nav_item("servizi", "/servizi", "Servizi", "all-services") ?>
<?cs call:nav_item("argomenti", "/argomenti", "Argomenti", "all-topics") ?>
<?cs call:nav_item("uffici", "/uffici", "Uffici", "") ?>
<?cs call:nav_item("faq", "/faq", "FAQ", "") ?>
</ul>
</div>
</div>
</nav>
</div></div></div>
</div>
</div>
</header>
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
