<section class="vm-dash-section" aria-labelledby="potere-sostitutivo">
<h2 id="potere-sostitutivo">Richieste al titolare del potere sostitutivo</h2>
<?cs if:subcount(Dash.Substitute) ?><div class="table-responsive" tabindex="0" role="region" aria-labelledby="potere-sostitutivo">
<table class="table table-sm vm-dash-table" id="tabella-sostitutivo">
<thead><tr><th scope="col">Ufficio in cui il termine è scaduto</th><th scope="col" class="text-end">Richieste</th></tr></thead>
<tbody><?cs each:s = Dash.Substitute ?><tr><td><?cs var:s.name ?></td><td class="text-end"><?cs var:s.requests ?></td></tr>
<?cs /each ?></tbody>
</table>
</div>
<?cs else ?><p>Nessuna richiesta nel periodo.</p>
<?cs /if ?></section>
