<?cs if:Site.Rating.Show && Page.Section != "error" ?><?cs call:rating_component() ?><?cs /if ?>
</main>
<footer class="it-footer vm-footer" id="footer">
<div class="it-footer-main">
<div class="container">
<div class="vm-footer-brand">
<a href="/"><img src="<?cs var:Site.Asset.logo ?>" alt="" width="44" height="50"><span><?cs var:Site.Name ?></span></a>
</div>
<div class="row">
<div class="col-12 col-md-6 col-lg-3">
<h2>Esplora il sito</h2>
<ul>
<li><a href="/amministrazione">Amministrazione</a></li>
<li><a href="/novita">Novità</a></li>
<li><a href="/servizi">Servizi</a></li>
<li><a href="/vivere-il-comune">Vivere il Comune</a></li>
<li><a href="/argomenti">Argomenti</a></li>
</ul>
</div>
<div class="col-12 col-md-6 col-lg-3">
<h2>Contatti</h2>
<address>
<?cs var:Site.Name ?><br>
<?cs var:Site.Address ?><br>
Codice fiscale e partita IVA: <?cs var:Site.TaxCode ?><br>
<?cs if:Site.Phone ?>Centralino: <a href="tel:<?cs var:Site.PhoneTel ?>"><?cs var:Site.Phone ?></a><br>
<?cs /if ?><?cs if:Site.Pec ?>PEC: <a href="mailto:<?cs var:Site.Pec ?>"><?cs var:Site.Pec ?></a><?cs /if ?>
</address>
<?cs if:Site.Urp.Url ?><p><a href="<?cs var:url_validate(Site.Urp.Url) ?>" data-element="contacts"><?cs var:Site.Urp.Label ?></a></p><?cs /if ?>
</div>
<div class="col-12 col-md-6 col-lg-3">
<h2>Assistenza</h2>
<ul>
<li><a href="/faq" data-element="faq">Leggi le FAQ</a></li>
<li><a href="/prenota" data-element="appointment-booking">Prenotazione appuntamento</a></li>
<li><a href="/segnalazioni/nuova?tipo=reclamo" data-element="report-inefficiency">Segnalazione disservizio</a></li>
<li><a href="/cerca">Cerca nel sito</a></li>
</ul>
</div>
<div class="col-12 col-md-6 col-lg-3">
<h2>Informazioni legali</h2>
<ul>
<li><a href="/privacy" data-element="privacy-policy-link">Informativa privacy</a></li>
<li><a href="/note-legali" data-element="legal-notes">Note legali</a></li>
<?cs if:Site.AccessibilityUrl ?><li><a href="<?cs var:url_validate(Site.AccessibilityUrl) ?>" data-element="accessibility-link">Dichiarazione di accessibilità</a></li><?cs /if ?>
<?cs if:Site.ImprovementPlanUrl ?><li><a href="<?cs var:url_validate(Site.ImprovementPlanUrl) ?>">Piano di miglioramento del sito</a></li><?cs /if ?>
</ul>
<?cs if:subcount(Site.Social) ?><h2>Seguici su</h2>
<div class="vm-footer-social"><?cs call:social_list(Site.Social) ?></div><?cs /if ?>
</div>
</div>
</div>
</div>
</footer>
</body>
</html>
