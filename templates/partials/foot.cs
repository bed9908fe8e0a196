<?cs if:Site.Rating.Show && Page.Section != "error" ?><?cs call:rating_component() ?><?cs /if ?>
</main>
<footer class="it-footer vm-footer" id="footer">
<div class="it-footer-main">
<div class="container">
<div class="vm-footer-brand">
<a href="/"><img src="<?cs var:Site.Static ?>/images/stemma-valdimonte.svg" alt="" width="44" height="50"><span><?cs var:Site.Name ?></span></a>
</div>
<div class="row">
<div class="col-12 col-md-6 col-lg-3">
<h2>Esplora il sito</h2>
<ul>
<li><a href="/servizi">Servizi</a></li>
<li><a href="/argomenti">Argomenti</a></li>
<li><a href="/uffici">Uffici</a></li>
<li><a href="/cerca">Cerca nel sito</a></li>
</ul>
</div>
<div class="col-12 col-md-6 col-lg-3">
<h2>Assistenza</h2>
<ul>
<li><a href="/faq">Domande frequenti (FAQ)</a></li>
<li><a href="/auth/login">Accedi all'area personale</a></li>
</ul>
</div>
<div class="col-12 col-lg-6">
<h2>Contatti</h2>
<address>
<?cs var:Site.Name ?><br>
Piazza del Municipio, 1 - 50099 Valdimonte<br>
Codice fiscale e partita IVA: 00000000000<br>
Centralino: <a href="tel:+390550000000">055 000 0000</a><br>
PEC: <a href="mailto:protocollo@pec.comune.valdimonte.it">protocollo@pec.comune.valdimonte.it</a>
</address>
</div>
</div>
</div>
</div>
<div class="it-footer-small-prints">
<div class="container">
<h2 class="visually-hidden">Informazioni legali</h2>
<ul>
<li><a href="/accessibilita" data-element="accessibility-link">Dichiarazione di accessibilità</a></li>
<li><a href="/privacy" data-element="privacy-policy-link">Informativa privacy</a></li>
<li><a href="/note-legali" data-element="legal-notes-link">Note legali</a></li>
<li><a href="/faq" data-element="faq">FAQ</a></li>
</ul>
</div>
</div>
</footer>
<script src="<?cs var:Site.Static ?>/js/site.js" defer></script>
<script src="<?cs var:Site.Static ?>/bootstrap-italia/js/bootstrap-italia.bundle.min.js" defer></script>
</body>
</html>
