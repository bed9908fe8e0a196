<?cs # La testata dell'area riservata, su ogni pagina del programma admin (head.cs la sceglie al posto di quella del portale): chi è collegato (nome, ruolo, uffici), "Esci" (POST con il token CSRF) e le stanze che il ruolo apre (Can.*, da cgi-bin/admin/frame.c). Sulla pagina di accesso solo il marchio. Niente accesso dei cittadini né menu del portale. ?>
<?cs # Una voce del menu: la pagina stessa (aria-current="page") o una sua sottopagina ("true"). ?>
<?cs def:staff_nav(url, label) ?><li><a href="<?cs var:url ?>"<?cs if:Page.Canonical == url ?> aria-current="page"<?cs elif:string.find(Page.Canonical, url + "/") == 0 ?> aria-current="true"<?cs /if ?>><?cs var:label ?></a></li>
<?cs /def ?><header class="it-header-wrapper" data-element="staff-header">
<div class="it-header-slim-wrapper">
<div class="container"><div class="row"><div class="col-12">
<div class="it-header-slim-wrapper-content">
<span class="d-none d-md-block navbar-brand"><?cs var:Site.Name ?>: area riservata al personale</span>
<?cs if:Staff.name ?><div class="it-header-slim-right-zone">
<form method="post" action="/admin/logout" class="vm-staff-logout">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<button class="btn btn-sm btn-outline-light" type="submit">Esci</button>
</form>
</div><?cs /if ?>
</div>
</div></div></div>
</div>
<div class="it-nav-wrapper">
<div class="it-header-center-wrapper it-small-header">
<div class="container"><div class="row"><div class="col-12">
<div class="it-header-center-content-wrapper">
<div class="it-brand-wrapper">
<a href="/admin"><img class="vm-brand-logo" src="<?cs var:Site.Asset.logo ?>" alt="" width="40" height="45"><div class="it-brand-text"><div class="it-brand-title">Area riservata</div><div class="it-brand-tagline d-none d-md-block"><?cs var:Site.Name ?></div></div></a>
</div>
<?cs if:Staff.name ?><div class="it-right-zone vm-staff-who">
<p class="mb-0"><span class="vm-staff-name"><?cs var:Staff.name ?></span> <span class="vm-staff-role"><?cs var:Staff.role_label ?></span></p>
<?cs if:subcount(Staff.Offices) ?><p class="vm-staff-offices mb-0 d-none d-md-block"><span class="visually-hidden">Uffici: </span><?cs each:o = Staff.Offices ?><?cs var:o.name ?><?cs if:!last(o) ?>, <?cs /if ?><?cs /each ?></p><?cs /if ?>
</div><?cs /if ?>
</div>
</div></div></div>
</div>
<?cs if:Staff.name ?><div class="vm-staff-nav-wrapper">
<div class="container">
<nav aria-label="Area riservata">
<ul class="vm-staff-nav" data-element="staff-navigation">
<?cs if:Can.cases ?><?cs call:staff_nav("/admin/pratiche", "Pratiche") ?><?cs call:staff_nav("/admin/sportello", "Sportello") ?><?cs /if ?>
<?cs if:Can.dashboard ?><?cs call:staff_nav("/admin/cruscotto", "Cruscotto") ?><?cs /if ?>
<?cs if:Can.content ?><?cs call:staff_nav("/admin/contenuti", "Contenuti") ?><?cs call:staff_nav("/admin/valutazioni", "Valutazioni") ?><?cs /if ?>
<?cs if:Can.setup ?><?cs call:staff_nav("/admin/account", "Account") ?><?cs call:staff_nav("/admin/categorie", "Categorie") ?><?cs call:staff_nav("/admin/aree", "Zone") ?><?cs /if ?>
<?cs if:Can.cases ?><?cs call:staff_nav("/admin/profilo/notifiche", "Le mie notifiche") ?><?cs /if ?>
</ul>
</nav>
</div>
</div><?cs /if ?>
</div>
</header>
