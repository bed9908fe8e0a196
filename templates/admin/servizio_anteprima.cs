<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs # Una sezione della scheda servizio con il testo Markdown reso in HTML. ?>
<?cs def:md_section(id, title, text) ?><section class="vm-service-section" aria-labelledby="<?cs var:id ?>">
<h2 id="<?cs var:id ?>"><?cs var:title ?></h2>
<div class="vm-longtext"><?cs if:text ?><?cs var:markdown(text) ?><?cs else ?><p>Non compilato.</p><?cs /if ?></div>
</section>
<?cs /def ?>
<?cs call:page_head(Preview.title, Preview.summary) ?>
<div class="container mb-5">
<div class="vm-preview-state">
<p id="anteprima-stato"><?cs if:Preview.revision ?>Revisione <?cs var:Preview.revision ?> del <?cs var:Preview.revision_at ?> (<?cs if:Preview.state == "published" ?>pubblicata<?cs else ?>bozza<?cs /if ?>)<?cs else ?>Contenuto pubblicato, mai modificato dall'area riservata<?cs /if ?>: così la pagina apparirà sul portale.</p>
<?cs if:Preview.live ?><p id="anteprima-in-linea"><strong>In linea</strong>: è la versione che il portale mostra ora.</p>
<?cs elif:Preview.revision ?><form method="post" action="/admin/servizi/<?cs var:Service.id ?>/revisioni/<?cs var:Preview.revision ?>" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<button class="btn btn-primary btn-sm me-2" type="submit" name="azione" value="pubblica">Pubblica questa versione</button>
</form>
<?cs /if ?><a class="btn btn-outline-primary btn-sm" href="/admin/servizi/<?cs var:Service.id ?>">Torna al modulo</a>
</div>
<dl class="row mt-4">
<dt class="col-sm-4">Stato del servizio</dt><dd class="col-sm-8"><?cs if:Preview.status == "inactive" ?>Non attivo: <?cs var:Preview.status_reason ?><?cs else ?>Attivo<?cs /if ?></dd>
<dt class="col-sm-4">Destinatari</dt><dd class="col-sm-8"><?cs if:Preview.for_citizens == "1" ?>Cittadini <?cs /if ?><?cs if:Preview.for_businesses == "1" ?>Imprese<?cs /if ?></dd>
<dt class="col-sm-4">Categoria</dt><dd class="col-sm-8"><?cs var:Preview.category ?></dd>
<dt class="col-sm-4">Indirizzo della pagina</dt><dd class="col-sm-8">/servizi/<?cs var:Preview.slug ?></dd>
</dl>
<div class="row"><div class="col-12 col-lg-8" id="anteprima">
<?cs call:md_section("a-chi-e-rivolto", "A chi è rivolto", Preview.audience) ?>
<?cs call:md_section("descrizione", "Descrizione", Preview.description) ?>
<?cs call:md_section("come-fare", "Come fare", Preview.how_to) ?>
<?cs call:md_section("cosa-serve", "Cosa serve", Preview.requirements) ?>
<?cs call:md_section("cosa-si-ottiene", "Cosa si ottiene", Preview.outputs) ?>
<?cs call:md_section("tempi-e-scadenze", "Tempi e scadenze", Preview.times) ?>
<?cs call:md_section("quanto-costa", "Quanto costa", Preview.costs) ?>
<section class="vm-service-section" aria-labelledby="accedi-al-servizio">
<h2 id="accedi-al-servizio">Accedi al servizio</h2>
<?cs if:Preview.online_url ?><p><a class="btn btn-primary" href="<?cs var:url_validate(Preview.online_url) ?>"><?cs if:Preview.online_label ?><?cs var:Preview.online_label ?><?cs else ?>Accedi al servizio online<?cs /if ?></a></p>
<?cs /if ?><?cs if:Preview.booking == "1" ?><p><a class="btn btn-outline-primary" href="/prenota?servizio=<?cs var:url_escape(Preview.slug) ?>">Prenota un appuntamento</a></p>
<?cs /if ?><?cs if:Preview.in_person ?><h3>Allo sportello</h3>
<div class="vm-longtext"><?cs var:markdown(Preview.in_person) ?></div>
<?cs /if ?></section>
<?cs call:md_section("condizioni-di-servizio", "Condizioni di servizio", Preview.conditions) ?>
<section class="vm-service-section" aria-labelledby="unita-organizzativa">
<h2 id="unita-organizzativa">Unità organizzativa responsabile</h2>
<p><?cs var:Preview.office ?></p>
</section>
<?cs call:md_section("contatti", "Contatti", Preview.contacts) ?>
<section class="vm-service-section" aria-labelledby="argomenti">
<h2 id="argomenti">Argomenti</h2>
<ul><?cs each:t = Preview.Topics ?><li><?cs var:t ?></li><?cs /each ?></ul>
</section>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
