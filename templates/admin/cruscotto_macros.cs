<?cs # Macro del cruscotto (admin/cruscotto.cs): i filtri, i grafici, le tabelle. Nei grafici ogni coordinata (anche le due righe delle etichette lunghe, intere nel title e nella tabella) viene dall'HDF che svg_chart.c ha calcolato: qui si disegnano solo gli elementi, e ogni testo passa per var: (escaping HTML). Vedi cgi-bin/admin/svg_chart.h. ?>
<?cs # Un filtro a tendina del modulo: il parametro field (id "filtro-" + field), l'opzione "tutti", le opzioni (slug, name), il valore scelto. ?>
<?cs def:filter_select(field, label, all, options, current) ?><label class="vm-select-label" for="filtro-<?cs var:field ?>"><?cs var:label ?></label>
<select class="vm-select" id="filtro-<?cs var:field ?>" name="<?cs var:field ?>">
<option value=""<?cs if:!current ?> selected<?cs /if ?>><?cs var:all ?></option>
<?cs each:o = options ?><option value="<?cs var:o.slug ?>"<?cs if:o.slug == current ?> selected<?cs /if ?>><?cs var:o.name ?></option>
<?cs /each ?></select><?cs /def ?>
<?cs # Un grafico: c = Chart.x; id unico nella pagina; titolo e descrizione per le tecnologie assistive (la descrizione elenca anche i valori, ripetuti nella tabella accanto). ?>
<?cs def:chart(c, id, title, desc) ?><svg class="vm-chart vm-chart-<?cs var:c.kind ?>" viewBox="0 0 <?cs var:c.width ?> <?cs var:c.height ?>" role="img" aria-labelledby="<?cs var:id ?>-titolo <?cs var:id ?>-desc" id="<?cs var:id ?>" focusable="false">
<title id="<?cs var:id ?>-titolo"><?cs var:title ?></title>
<desc id="<?cs var:id ?>-desc"><?cs var:desc ?> <?cs each:i = c.Items ?><?cs var:i.full ?>: <?cs var:i.value ?><?cs if:last(i) ?>.<?cs else ?>; <?cs /if ?><?cs /each ?></desc>
<?cs each:t = c.Ticks ?><?cs if:c.kind == "hbars" ?><line class="vm-chart-grid" x1="<?cs var:t.pos ?>" y1="<?cs var:c.y0 ?>" x2="<?cs var:t.pos ?>" y2="<?cs var:c.y1 ?>"></line>
<text class="vm-chart-tick" x="<?cs var:t.pos ?>" y="<?cs var:c.tick_at ?>" text-anchor="middle"><?cs var:t.label ?></text>
<?cs else ?><line class="vm-chart-grid" x1="<?cs var:c.x0 ?>" y1="<?cs var:t.pos ?>" x2="<?cs var:c.x1 ?>" y2="<?cs var:t.pos ?>"></line>
<text class="vm-chart-tick" x="<?cs var:c.tick_at ?>" y="<?cs var:t.pos ?>" dy="4" text-anchor="end"><?cs var:t.label ?></text>
<?cs /if ?><?cs /each ?><?cs if:c.kind == "hbars" ?><line class="vm-chart-axis" x1="<?cs var:c.x0 ?>" y1="<?cs var:c.y0 ?>" x2="<?cs var:c.x0 ?>" y2="<?cs var:c.y1 ?>"></line>
<?cs else ?><line class="vm-chart-axis" x1="<?cs var:c.x0 ?>" y1="<?cs var:c.y1 ?>" x2="<?cs var:c.x1 ?>" y2="<?cs var:c.y1 ?>"></line>
<?cs /if ?><?cs if:c.kind == "line" ?><polyline class="vm-chart-line" points="<?cs each:i = c.Items ?><?cs var:i.cx ?>,<?cs var:i.cy ?> <?cs /each ?>"></polyline>
<?cs /if ?><?cs each:i = c.Items ?><?cs if:c.kind == "line" ?><circle class="vm-chart-dot" cx="<?cs var:i.cx ?>" cy="<?cs var:i.cy ?>" r="4"><title><?cs var:i.full ?>: <?cs var:i.value ?></title></circle>
<?cs else ?><rect class="vm-chart-bar" x="<?cs var:i.x ?>" y="<?cs var:i.y ?>" width="<?cs var:i.w ?>" height="<?cs var:i.h ?>"><title><?cs var:i.full ?>: <?cs var:i.value ?></title></rect>
<?cs /if ?><?cs if:i.show_label == "1" ?><text class="vm-chart-label" x="<?cs var:i.lx ?>" y="<?cs var:i.ly ?>" text-anchor="<?cs if:c.kind == "hbars" ?>end<?cs else ?>middle<?cs /if ?>"><?cs if:c.kind == "hbars" && i.label != i.full ?><title><?cs var:i.full ?></title><?cs /if ?><?cs if:i.label2 ?><tspan x="<?cs var:i.lx ?>" dy="-6"><?cs var:i.label ?></tspan><tspan x="<?cs var:i.lx ?>" dy="12"><?cs var:i.label2 ?></tspan><?cs else ?><?cs var:i.label ?><?cs /if ?></text>
<?cs /if ?><?cs if:i.show_value == "1" ?><text class="vm-chart-value" x="<?cs var:i.vx ?>" y="<?cs var:i.vy ?>" text-anchor="<?cs if:c.kind == "hbars" ?>start<?cs else ?>middle<?cs /if ?>"><?cs var:i.value ?></text>
<?cs /if ?><?cs /each ?></svg><?cs /def ?>
<?cs # La tabella con gli stessi numeri del grafico: rows = Dash.ByX (name, total, open, closed). ?>
<?cs def:breakdown(rows, id, caption, head) ?><table class="table table-sm vm-dash-table" id="<?cs var:id ?>">
<caption><?cs var:caption ?></caption>
<thead><tr><th scope="col"><?cs var:head ?></th><th scope="col" class="text-end">Pratiche</th><th scope="col" class="text-end">Aperte</th><th scope="col" class="text-end">Chiuse</th></tr></thead>
<tbody><?cs each:g = rows ?><tr><th scope="row"><?cs var:g.name ?></th><td class="text-end"><?cs var:g.total ?></td><td class="text-end"><?cs var:g.open ?></td><td class="text-end"><?cs var:g.closed ?></td></tr>
<?cs /each ?></tbody>
</table><?cs /def ?>
<?cs # Una sezione: il grafico e, accanto, la sua tabella (o l'avviso che non ci sono pratiche). ?>
<?cs def:breakdown_section(id, heading, c, rows, desc, head) ?><section class="vm-dash-section" aria-labelledby="<?cs var:id ?>">
<h2 id="<?cs var:id ?>"><?cs var:heading ?></h2>
<?cs if:subcount(rows) ?><div class="row">
<div class="col-12 col-xl-7"><?cs call:chart(c, "grafico-" + id, heading, desc) ?></div>
<div class="col-12 col-xl-5"><?cs call:breakdown(rows, "tabella-" + id, heading + ": i numeri del grafico", head) ?></div>
</div>
<?cs else ?><p>Nessuna pratica nel periodo e con i filtri scelti.</p>
<?cs /if ?></section><?cs /def ?>
