<?cs # Il corpo del cruscotto, composto dai soli dati della risposta (Dash, Chart, Filter, Cases, ...): lo stesso per chiunque chieda lo stesso periodo e gli stessi filtri. ?>
<?cs include:"partials/macros.cs" ?>
<?cs include:"admin/cruscotto_macros.cs" ?>
<?cs call:page_head("Cruscotto", "Le pratiche presentate dal " + Filter.from_it + " al " + Filter.to_it + ": volumi, tempi, ritardi e riaperture.") ?>
<div class="container mb-5 vm-dash">

<form class="vm-filters" action="/admin/cruscotto" method="get" aria-labelledby="filtri-titolo">
<p class="vm-filter-title" id="filtri-titolo">Filtra le pratiche</p>
<div class="row">
<div class="col-12 col-md-6 col-lg-2 mb-3">
<label class="vm-select-label" for="filtro-dal">Presentate dal</label>
<input class="vm-select" type="date" id="filtro-dal" name="dal" value="<?cs var:Filter.from ?>" required>
</div>
<div class="col-12 col-md-6 col-lg-2 mb-3">
<label class="vm-select-label" for="filtro-al">al</label>
<input class="vm-select" type="date" id="filtro-al" name="al" value="<?cs var:Filter.to ?>" required>
</div>
<div class="col-12 col-md-4 col-lg-3 mb-3"><?cs call:filter_select("ufficio", "Ufficio", "Tutti gli uffici", Filter.Offices, Filter.office) ?></div>
<div class="col-12 col-md-4 col-lg-3 mb-3"><?cs call:filter_select("categoria", "Categoria", "Tutte le categorie", Filter.Categories, Filter.category) ?></div>
<div class="col-12 col-md-4 col-lg-2 mb-3"><?cs call:filter_select("canale", "Canale", "Tutti i canali", Filter.Channels, Filter.channel) ?></div>
</div>
<div class="vm-filter-actions">
<button class="btn btn-primary" type="submit">Applica i filtri</button>
<a href="/admin/cruscotto">Rimuovi i filtri</a>
<a class="btn btn-outline-primary" id="scarica-csv" href="<?cs var:url_validate(Filter.csv_url) ?>">Scarica l'elenco in CSV</a>
</div>
</form>
<p class="vm-kpi-note" id="nota-csv">Un file CSV contiene al più 10.000 pratiche, dalle più recenti; le successive nel file indicato dall'intestazione HTTP <code>Link</code> (per scaricarle tutte con un programma), oppure restringendo il periodo.</p>

<section class="vm-dash-section" aria-labelledby="sintesi">
<h2 id="sintesi">In sintesi</h2>
<dl class="vm-kpis">
<div class="vm-kpi"><dt>Pratiche presentate</dt><dd id="kpi-totale"><?cs var:Dash.total ?></dd></div>
<div class="vm-kpi"><dt>Aperte</dt><dd id="kpi-aperte"><?cs var:Dash.open ?></dd></div>
<div class="vm-kpi"><dt>Chiuse o respinte</dt><dd id="kpi-chiuse"><?cs var:Dash.closed ?></dd></div>
<div class="vm-kpi"><dt>Ritirate dal cittadino</dt><dd id="kpi-ritirate"><?cs var:Dash.withdrawn ?></dd></div>
<div class="vm-kpi"><dt>Aperte oltre la scadenza</dt><dd id="kpi-ritardo"><?cs var:Dash.overdue ?></dd></div>
<div class="vm-kpi"><dt>Tempo mediano alla prima risposta</dt><dd id="kpi-prima-risposta"><?cs if:Dash.first_response.n > 0 ?><?cs var:Dash.first_response.text ?><?cs else ?>n.d.<?cs /if ?> <span class="vm-kpi-note">(su <?cs var:Dash.first_response.n ?> pratiche con una risposta)</span></dd></div>
<div class="vm-kpi"><dt>Tempo mediano alla chiusura</dt><dd id="kpi-chiusura"><?cs if:Dash.closure.n > 0 ?><?cs var:Dash.closure.text ?><?cs else ?>n.d.<?cs /if ?> <span class="vm-kpi-note">(su <?cs var:Dash.closure.n ?> pratiche chiuse)</span></dd></div>
<div class="vm-kpi"><dt>Riaperte dopo la chiusura</dt><dd id="kpi-riaperture"><?cs if:Dash.reopen_rate ?><?cs var:Dash.reopen_rate ?><?cs else ?>n.d.<?cs /if ?> <span class="vm-kpi-note">(<?cs var:Dash.reopened ?> su <?cs var:Dash.ever_closed ?> pratiche chiuse almeno una volta)</span></dd></div>
</dl>
<p class="vm-kpi-note" id="nota-mediane">I tempi mediani sono indicati con la classe che li contiene: di 5 minuti sotto l'ora, di un'ora fino a due giorni, di un giorno fino a 30 giorni, di una settimana fino a un anno, di 30 giorni oltre. Con un numero pari di pratiche vale la minore delle due centrali.</p>
</section>

<?cs call:breakdown_section("per-mese", "Pratiche per mese", Chart.month, Dash.ByMonth, "Grafico a linee delle pratiche presentate in ogni mese del periodo.", "Mese") ?>
<?cs call:breakdown_section("per-categoria", "Pratiche per categoria", Chart.category, Dash.ByCategory, "Grafico a barre delle pratiche per categoria.", "Categoria") ?>
<?cs call:breakdown_section("per-ufficio", "Pratiche per ufficio", Chart.office, Dash.ByOffice, "Grafico a barre delle pratiche per ufficio competente.", "Ufficio") ?>
<?cs call:breakdown_section("per-canale", "Pratiche per canale", Chart.channel, Dash.ByChannel, "Grafico a colonne delle pratiche per canale di arrivo.", "Canale") ?>
<?cs include:"admin/cruscotto_voce.cs" ?>

<section class="vm-dash-section" aria-labelledby="appuntamenti">
<h2 id="appuntamenti">Appuntamenti</h2>
<p>Appuntamenti confermati con data nel periodo. Utilizzo: prenotati sui posti (orari di apertura per sportelli, con gli orari in vigore in ciascun giorno); assenze: sugli appuntamenti già passati; anticipo: giorni tra prenotazione e appuntamento, la mediana degli appuntamenti prenotati in anticipo (senza quelli allo sportello).</p>
<?cs if:subcount(Booking) ?><div class="table-responsive" tabindex="0" role="region" aria-labelledby="appuntamenti">
<table class="table table-sm vm-dash-table" id="tabella-appuntamenti">
<thead><tr><th scope="col">Ufficio</th><th scope="col">Servizio</th><th scope="col" class="text-end">Prenotati</th><th scope="col" class="text-end">Posti</th><th scope="col" class="text-end">Utilizzo</th><th scope="col" class="text-end">Assenze</th><th scope="col" class="text-end">Tasso di assenze</th><th scope="col" class="text-end">Anticipo mediano (giorni)</th></tr></thead>
<tbody><?cs each:b = Booking ?><tr<?cs if:!b.service ?> class="fw-semibold"<?cs /if ?>><td><?cs var:b.office ?></td><td><?cs if:b.service ?><?cs var:b.service ?><?cs else ?>Tutti i servizi<?cs /if ?></td><td class="text-end"><?cs var:b.booked ?></td><td class="text-end"><?cs var:b.seats ?></td><td class="text-end"><?cs var:b.utilisation ?></td><td class="text-end"><?cs var:b.no_show ?> su <?cs var:b.past ?></td><td class="text-end"><?cs var:b.no_show_rate ?></td><td class="text-end"><?cs var:b.lead ?></td></tr>
<?cs /each ?></tbody>
</table>
</div>
<p><a id="scarica-csv-appuntamenti" href="<?cs var:url_validate(Filter.booking_csv_url) ?>">Scarica gli appuntamenti in CSV</a></p>
<?cs else ?><p>Nessun appuntamento confermato nel periodo.</p>
<?cs /if ?></section>

<?cs include:"admin/cruscotto_sostitutivo.cs" ?>

<section class="vm-dash-section" aria-labelledby="in-ritardo">
<h2 id="in-ritardo">Pratiche aperte oltre la scadenza</h2>
<?cs if:subcount(Overdue) ?><div class="table-responsive" tabindex="0" role="region" aria-labelledby="in-ritardo">
<table class="table table-sm vm-dash-table" id="tabella-ritardo">
<thead><tr><th scope="col">Codice</th><th scope="col">Protocollo</th><th scope="col">Oggetto</th><th scope="col">Categoria</th><th scope="col">Ufficio</th><th scope="col">Scadenza</th><th scope="col" class="text-end">Giorni di ritardo</th></tr></thead>
<tbody><?cs each:c = Overdue ?><tr><td><a href="/admin/pratiche/<?cs var:url_escape(c.code) ?>"><?cs var:c.code_display ?></a></td><td><?cs var:c.protocol ?></td><td><?cs var:c.title ?></td><td><?cs var:c.category ?></td><td><?cs var:c.office ?></td><td><?cs var:c.due_date_it ?></td><td class="text-end"><?cs var:c.days_late ?></td></tr>
<?cs /each ?></tbody>
</table>
</div>
<?cs if:Dash.overdue > subcount(Overdue) ?><p>Sono elencate le prime <?cs var:subcount(Overdue) ?> su <?cs var:Dash.overdue ?>: tutte sono nel CSV.</p><?cs /if ?>
<?cs else ?><p>Nessuna pratica aperta oltre la scadenza.</p>
<?cs /if ?></section>

<section class="vm-dash-section" aria-labelledby="elenco">
<h2 id="elenco">Le pratiche</h2>
<?cs if:subcount(Cases) ?><?cs if:Dash.total > subcount(Cases) ?><p>Sono elencate le <?cs var:subcount(Cases) ?> più recenti su <?cs var:Dash.total ?>: l'elenco completo è nel CSV.</p><?cs /if ?>
<div class="table-responsive" tabindex="0" role="region" aria-labelledby="elenco">
<table class="table table-sm vm-dash-table" id="tabella-pratiche">
<thead><tr><th scope="col">Codice</th><th scope="col">Protocollo</th><th scope="col">Tipo</th><th scope="col">Oggetto</th><th scope="col">Categoria</th><th scope="col">Ufficio</th><th scope="col">Canale</th><th scope="col">Stato</th><th scope="col">Presentata</th><th scope="col">Scadenza</th><th scope="col">Chiusa</th><th scope="col">In ritardo</th></tr></thead>
<tbody><?cs each:c = Cases ?><tr><td><a href="/admin/pratiche/<?cs var:url_escape(c.code) ?>"><?cs var:c.code_display ?></a></td><td><?cs var:c.protocol ?></td><td><?cs var:c.case_type_label ?></td><td><?cs var:c.title ?></td><td><?cs var:c.category ?></td><td><?cs var:c.office ?></td><td><?cs var:c.channel_label ?></td><td><?cs var:c.status_label ?></td><td><?cs var:c.submitted_it ?></td><td><?cs var:c.due_it ?></td><td><?cs var:c.closed_it ?></td><td><?cs if:c.overdue == "1" ?>sì<?cs else ?>no<?cs /if ?></td></tr>
<?cs /each ?></tbody>
</table>
</div>
<?cs else ?><p>Nessuna pratica nel periodo e con i filtri scelti.</p>
<?cs /if ?></section>
</div>
