<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, "Per usare i servizi online del Comune accedi con la tua identità digitale SPID o con la Carta d'identità elettronica (CIE).") ?>
<div class="container mb-5">
<?cs if:Session.name ?><div class="callout success" data-testid="logged-in"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-check-circle", "") ?><span>Hai già effettuato l'accesso</span></div>
<p>Sei entrato come <strong class="vm-session-name"><?cs var:Session.name ?> <?cs var:Session.family_name ?></strong> (livello di sicurezza SPID <?cs var:Session.level ?>).</p>
<p><a class="btn btn-outline-primary" href="/auth/logout">Esci</a></p>
</div></div><?cs /if ?>
<div class="row">
<section class="col-12 col-lg-6 mb-4" aria-labelledby="accesso-spid">
<div class="card-wrapper card-space"><div class="card card-bg no-after vm-login-card"><div class="card-body">
<h2 class="h4" id="accesso-spid">SPID</h2>
<p>Accedi con SPID, il Sistema Pubblico di Identità Digitale, scegliendo il tuo gestore di identità.</p>
<?cs if:subcount(Login.Idps) ?><details class="vm-spid-button">
<summary class="btn btn-primary vm-spid-summary"><span class="vm-spid-ico"><img src="<?cs var:Site.Static ?>/spid/spid-ico-circle-bb.svg" alt="" width="29" height="29"></span><span class="vm-spid-label">Entra con SPID</span></summary>
<div class="vm-spid-menu">
<ul class="vm-idp-list" aria-label="Gestori di identità SPID">
<?cs # Il logo dell'IdP con il suo nome come testo alternativo; il nome scritto quando manca
   il logo o quando è il segnaposto del pacchetto (spid-idp-dummy, quello del Demo IdP). ?>
<?cs each:i = Login.Idps ?><li><a class="vm-idp" href="/auth/login?idp=<?cs var:url_escape(i.entity_id) ?>&amp;next=<?cs var:url_escape(Login.next) ?>"><?cs if:i.logo && string.find(i.logo, "spid-idp-dummy") < 0 ?><img src="<?cs var:url_validate(i.logo) ?>" alt="<?cs var:i.name ?>" width="120" height="28"><?cs else ?><span class="vm-idp-name"><?cs var:i.name ?></span><?cs /if ?></a></li>
<?cs /each ?></ul>
<ul class="vm-idp-support">
<li><a href="https://www.spid.gov.it">Maggiori informazioni</a></li>
<li><a href="https://www.spid.gov.it/cos-e-spid/come-attivare-spid/">Non hai SPID?</a></li>
<li><a href="https://www.spid.gov.it/serve-aiuto">Serve aiuto?</a></li>
</ul>
</div>
</details><?cs else ?><p class="text-secondary">Nessun gestore di identità SPID è configurato.</p><?cs /if ?>
</div></div></div>
</section>
<section class="col-12 col-lg-6 mb-4" aria-labelledby="accesso-cie">
<div class="card-wrapper card-space"><div class="card card-bg no-after vm-login-card"><div class="card-body">
<h2 class="h4" id="accesso-cie">CIE</h2>
<p>Accedi con la Carta d'identità elettronica, usando l'app CieID o un lettore di smart card.</p>
<?cs if:subcount(Login.Cie) ?><?cs each:c = Login.Cie ?><a class="btn btn-primary vm-cie-button mb-2" href="/auth/login?idp=<?cs var:url_escape(c.entity_id) ?>&amp;level=3&amp;next=<?cs var:url_escape(Login.next) ?>"><?cs call:icon("it-card", "icon-white") ?><span>Entra con CIE<?cs if:subcount(Login.Cie) > 1 ?> (<?cs var:c.name ?>)<?cs /if ?></span></a>
<?cs /each ?><?cs else ?><p class="text-secondary">L'accesso con CIE non è disponibile in questa installazione.</p><?cs /if ?>
<p class="mt-3"><a href="https://www.cartaidentita.interno.gov.it/">Come richiedere la CIE</a></p>
</div></div></div>
</section>
</div>
<?cs if:Login.guest ?><div class="callout note" data-testid="guest-offer"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-info-circle", "") ?><span>Non hai SPID o CIE?</span></div>
<p>Puoi segnalare un problema anche senza identità digitale: ti chiediamo nome ed e-mail, e la segnalazione parte quando confermi il link che ti inviamo.</p>
<p><a class="btn btn-outline-primary" href="/segnalazioni/ospite">Segnala senza SPID o CIE</a></p>
</div></div><?cs /if ?>
</div>
<?cs include:"partials/foot.cs" ?>
