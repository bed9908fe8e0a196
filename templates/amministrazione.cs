<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>
<?cs if:subcount(Admin.Mayor) ?><div class="vm-amm-band">
<div class="container">
<section aria-labelledby="in-evidenza" class="vm-section">
<h2 id="in-evidenza" class="mb-4">In evidenza</h2>
<?cs call:person_cards(Admin.Mayor) ?>
</section>
</div>
</div>
<?cs /if ?><div class="container">
<section aria-labelledby="esplora-amministrazione" class="vm-section">
<h2 id="esplora-amministrazione" class="mb-4">Esplora l'amministrazione</h2>
<ul class="vm-cards row">
<li class="col-12 col-md-6 col-lg-4"><article class="it-card rounded shadow-sm border"><h3 class="it-card-title"><a href="/amministrazione/organi-di-governo" data-element="management-category-link">Organi di governo</a></h3><div class="it-card-body"><p class="it-card-text">Il Sindaco, la Giunta e il Consiglio comunale: chi li compone e con quali deleghe.</p></div></article></li>
<li class="col-12 col-md-6 col-lg-4"><article class="it-card rounded shadow-sm border"><h3 class="it-card-title"><a href="/amministrazione/aree-amministrative" data-element="management-category-link">Aree amministrative</a></h3><div class="it-card-body"><p class="it-card-text">Le aree di competenza in cui è organizzato il Comune e gli uffici che ne fanno parte.</p></div></article></li>
<li class="col-12 col-md-6 col-lg-4"><article class="it-card rounded shadow-sm border"><h3 class="it-card-title"><a href="/amministrazione/uffici" data-element="management-category-link">Uffici</a></h3><div class="it-card-body"><p class="it-card-text">Gli uffici aperti al pubblico: indirizzi, orari, contatti e servizi.</p></div></article></li>
<li class="col-12 col-md-6 col-lg-4"><article class="it-card rounded shadow-sm border"><h3 class="it-card-title"><a href="/amministrazione/enti-e-fondazioni" data-element="management-category-link">Enti e fondazioni</a></h3><div class="it-card-body"><p class="it-card-text">I consorzi, le fondazioni e le società partecipate di cui il Comune fa parte.</p></div></article></li>
<li class="col-12 col-md-6 col-lg-4"><article class="it-card rounded shadow-sm border"><h3 class="it-card-title"><a href="/amministrazione/politici" data-element="management-category-link">Politici</a></h3><div class="it-card-body"><p class="it-card-text">I rappresentanti dei cittadini negli organi di indirizzo politico del Comune.</p></div></article></li>
<li class="col-12 col-md-6 col-lg-4"><article class="it-card rounded shadow-sm border"><h3 class="it-card-title"><a href="/amministrazione/personale-amministrativo" data-element="management-category-link">Personale amministrativo</a></h3><div class="it-card-body"><p class="it-card-text">Il personale da contattare per informazioni e supporto sui servizi degli uffici.</p></div></article></li>
<li class="col-12 col-md-6 col-lg-4"><article class="it-card rounded shadow-sm border"><h3 class="it-card-title"><a href="/amministrazione/documenti-e-dati" data-element="management-category-link">Documenti e dati</a></h3><div class="it-card-body"><p class="it-card-text">Atti, bandi, regolamenti, bilanci, modulistica e dati pubblici del Comune.</p></div></article></li>
</ul>
</section>
<?cs if:subcount(Admin.Documents) ?><section aria-labelledby="ultimi-documenti" class="vm-section">
<h2 id="ultimi-documenti" class="mb-4">Ultimi documenti pubblicati</h2>
<?cs call:document_cards(Admin.Documents) ?>
<p><a href="/amministrazione/documenti-e-dati">Tutti i documenti</a></p>
</section>
<?cs /if ?></div>
<?cs include:"partials/foot.cs" ?>
