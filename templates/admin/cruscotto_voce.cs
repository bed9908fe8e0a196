<?cs # La voce dei cittadini nel cruscotto (cgi-bin/dash/dash.c, set_voice): per ufficio e per categoria, il voto
medio e il numero di valutazioni, la quota di pratiche riaperte e il tempo mediano alla chiusura. ?>
<?cs def:voice_table(rows, id, caption, head) ?><div class="table-responsive"><table class="table table-sm vm-dash-table" id="<?cs var:id ?>">
<caption><?cs var:caption ?></caption>
<thead><tr><th scope="col"><?cs var:head ?></th><th scope="col" class="text-end">Pratiche</th><th scope="col" class="text-end">Voto medio (1-5)</th><th scope="col" class="text-end">Valutazioni</th><th scope="col" class="text-end">Riaperte</th><th scope="col" class="text-end">Tempo mediano alla chiusura</th></tr></thead>
<tbody><?cs each:g = rows ?><tr><th scope="row"><?cs if:g.name ?><?cs var:g.name ?><?cs else ?>Nessuna<?cs /if ?></th><td class="text-end"><?cs var:g.cases ?></td>
<td class="text-end"><?cs if:g.mean ?><?cs var:g.mean ?><?cs else ?>n.d.<?cs /if ?></td><td class="text-end"><?cs var:g.ratings ?></td>
<td class="text-end"><?cs if:g.reopen_rate ?><?cs var:g.reopen_rate ?>% (<?cs var:g.reopened ?> su <?cs var:g.ever_closed ?>)<?cs else ?>n.d.<?cs /if ?></td>
<td class="text-end"><?cs if:g.median ?><?cs var:g.median ?><?cs else ?>n.d.<?cs /if ?></td></tr>
<?cs /each ?></tbody>
</table></div><?cs /def ?>
<section class="vm-dash-section" aria-labelledby="voce-cittadini">
<h2 id="voce-cittadini">La voce dei cittadini</h2>
<p>Le valutazioni da 1 a 5 stelle date dai cittadini alla chiusura (una per chiusura), le pratiche riaperte dopo la chiusura (dall'ufficio o dal cittadino che segnala il problema come non risolto) e il tempo mediano dalla presentazione alla chiusura. <a id="scarica-csv-voce" href="<?cs var:url_validate(Filter.voice_csv_url) ?>">Scarica la tabella in CSV</a></p>
<?cs if:subcount(Voice.ByOffice) ?>
<?cs call:voice_table(Voice.ByOffice, "tabella-voce-uffici", "La voce dei cittadini per ufficio", "Ufficio") ?>
<?cs call:voice_table(Voice.ByCategory, "tabella-voce-categorie", "La voce dei cittadini per categoria", "Categoria") ?>
<?cs else ?><p>Nessuna pratica nel periodo e con i filtri scelti.</p><?cs /if ?>
</section>
