<?cs include:"partials/head.cs" ?>
<?cs include:"admin/pratiche_macros.cs" ?>
<?cs call:page_head("Pratiche", "Le pratiche dei tuoi uffici, da qualunque canale arrivino.") ?>
<div class="container mb-5">
<p><?cs if:Can.act ?><a class="btn btn-primary me-2 mb-2" href="/admin/pratiche/nuova">Registra una pratica</a><?cs /if ?>
<a class="btn btn-outline-primary mb-2" href="/admin/cittadini">Cerca un cittadino</a></p>
<?cs if:Bulk.message ?><div class="alert alert-success" role="status"><?cs var:Bulk.message ?></div><?cs /if ?>
<?cs # Sul telefono i filtri sono chiusi (details) perché l'elenco stia nella prima schermata; da 768 px in su (tablet e desktop) il contenuto è sempre visibile (site.css, ::details-content) e il sommario non serve. ?>
<details class="vm-filter-panel mb-4">
<summary class="vm-filter-summary"><span class="h5">Filtra e ordina</span></summary>
<form method="get" action="/admin/pratiche" class="vm-filters" aria-labelledby="filtri">
<h2 id="filtri" class="h5 vm-filter-heading">Filtra e ordina</h2>
<div class="row mt-4">
<div class="col-12 col-md-6 col-lg-4 select-wrapper mb-4"><label for="f-stato">Stato</label>
<select id="f-stato" name="stato">
<option value=""<?cs if:!Filter.stato ?> selected<?cs /if ?>>Aperte</option>
<option value="tutte"<?cs if:Filter.stato == "tutte" ?> selected<?cs /if ?>>Tutte</option>
<option value="received"<?cs if:Filter.stato == "received" ?> selected<?cs /if ?>>Ricevute</option>
<option value="in_charge"<?cs if:Filter.stato == "in_charge" ?> selected<?cs /if ?>>Prese in carico</option>
<option value="in_progress"<?cs if:Filter.stato == "in_progress" ?> selected<?cs /if ?>>In lavorazione</option>
<option value="waiting_citizen"<?cs if:Filter.stato == "waiting_citizen" ?> selected<?cs /if ?>>In attesa del cittadino</option>
<option value="closed"<?cs if:Filter.stato == "closed" ?> selected<?cs /if ?>>Chiuse</option>
<option value="rejected"<?cs if:Filter.stato == "rejected" ?> selected<?cs /if ?>>Respinte</option>
<option value="withdrawn"<?cs if:Filter.stato == "withdrawn" ?> selected<?cs /if ?>>Ritirate</option>
</select></div>
<div class="col-12 col-md-6 col-lg-4 select-wrapper mb-4"><label for="f-categoria">Categoria</label>
<select id="f-categoria" name="categoria"><option value="">Tutte</option>
<?cs call:options(Choices.Categories, "slug", Filter.categoria) ?></select></div>
<div class="col-12 col-md-6 col-lg-4 select-wrapper mb-4"><label for="f-ufficio">Ufficio</label>
<select id="f-ufficio" name="ufficio"><option value="">Tutti</option>
<?cs call:options(Choices.Offices, "slug", Filter.ufficio) ?></select></div>
<div class="col-12 col-md-6 col-lg-4 select-wrapper mb-4"><label for="f-canale">Canale</label>
<select id="f-canale" name="canale">
<option value="">Tutti</option>
<option value="web"<?cs if:Filter.canale == "web" ?> selected<?cs /if ?>>Online</option>
<option value="telefono"<?cs if:Filter.canale == "telefono" ?> selected<?cs /if ?>>Telefono</option>
<option value="sportello"<?cs if:Filter.canale == "sportello" ?> selected<?cs /if ?>>Sportello</option>
<option value="email"<?cs if:Filter.canale == "email" ?> selected<?cs /if ?>>E-mail</option>
<option value="social"<?cs if:Filter.canale == "social" ?> selected<?cs /if ?>>Social media</option>
</select></div>
<div class="col-12 col-md-6 col-lg-4 select-wrapper mb-4"><label for="f-ordina">Ordina per</label>
<select id="f-ordina" name="ordina">
<option value=""<?cs if:!Filter.ordina ?> selected<?cs /if ?>>Più recenti</option>
<option value="meno-recenti"<?cs if:Filter.ordina == "meno-recenti" ?> selected<?cs /if ?>>Meno recenti</option>
<option value="scadenza"<?cs if:Filter.ordina == "scadenza" ?> selected<?cs /if ?>>Scadenza più vicina</option>
<option value="aggiornate"<?cs if:Filter.ordina == "aggiornate" ?> selected<?cs /if ?>>Aggiornate di recente</option>
</select></div>
<div class="col-12 col-md-6 col-lg-4 mb-3">
<div class="form-check"><input class="form-check-input" type="checkbox" id="f-scadute" name="scadute" value="1"<?cs if:Filter.scadute ?> checked<?cs /if ?>><label class="form-check-label" for="f-scadute">Solo scadute</label></div>
<div class="form-check"><input class="form-check-input" type="checkbox" id="f-mie" name="mie" value="1"<?cs if:Filter.mie ?> checked<?cs /if ?>><label class="form-check-label" for="f-mie">Solo assegnate a me</label></div>
</div>
</div>
<button class="btn btn-outline-primary" type="submit">Filtra</button>
</form>
</details>
<form method="post" action="/admin/pratiche">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs if:subcount(Cases) ?><?cs if:Queue.more ?><?cs call:case_table(Cases, "Pratiche trovate: oltre " + Queue.total + " (pagina " + Pager.page + ")", Can.act) ?>
<?cs else ?><?cs call:case_table(Cases, "Pratiche trovate: " + Queue.total + " (pagina " + Pager.page + " di " + Pager.pages + ")", Can.act) ?><?cs /if ?>
<?cs if:Can.act ?><fieldset class="vm-bulk mt-3">
<legend class="h6">Azione sulle pratiche selezionate</legend>
<button class="btn btn-primary me-2 mb-2" type="submit" name="azione" value="prendi">Prendi in carico</button>
<div class="select-wrapper mt-4 mb-2"><label for="bulk-operatore">Operatore a cui assegnarle</label>
<select id="bulk-operatore" name="operatore"><option value="">Scegli un operatore</option>
<?cs each:o = Choices.Operators ?><option value="<?cs var:o.id ?>"><?cs var:o.display_name ?></option>
<?cs /each ?></select></div>
<button class="btn btn-outline-primary mb-2" type="submit" name="azione" value="assegna">Assegna</button>
</fieldset><?cs /if ?>
<?cs else ?><p class="vm-empty">Nessuna pratica corrisponde ai filtri.</p><?cs /if ?>
</form>
<?cs if:Pager.first_url || Pager.next_url ?><nav class="pagination-wrapper mt-3" aria-label="Pagine delle pratiche"><ul class="pagination">
<?cs if:Pager.first_url ?><li class="page-item"><a class="page-link" href="<?cs var:Pager.first_url ?>">Prima pagina</a></li><?cs /if ?>
<?cs if:Pager.next_url ?><li class="page-item"><a class="page-link" href="<?cs var:Pager.next_url ?>">Pagina successiva</a></li><?cs /if ?>
</ul></nav><?cs /if ?>
</div>
<?cs include:"partials/foot.cs" ?>
