<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head("Revisioni: " + Service.title, "Ogni salvataggio è una revisione: puoi vedere che cosa ha cambiato e ripristinarla.") ?>
<div class="container mb-5">
<?cs call:notice() ?>
<p><a href="/admin/servizi/<?cs var:Service.id ?>">Torna al modulo del servizio</a></p>
<?cs if:subcount(Revisions) ?><div class="table-responsive">
<table class="table" id="revisioni">
<caption class="visually-hidden">Revisioni del servizio, dalla più recente</caption>
<thead><tr><th scope="col">Revisione</th><th scope="col">Salvata il</th><th scope="col">Autore</th><th scope="col">Stato</th><th scope="col">Dettagli</th></tr></thead>
<tbody>
<?cs each:v = Revisions ?><tr class="vm-revision-<?cs var:v.state ?>">
<td><?cs var:v.id ?></td>
<td><?cs var:v.at ?></td>
<td><?cs if:v.author ?><?cs var:v.author ?><?cs else ?>Contenuto iniziale<?cs /if ?></td>
<td><?cs if:v.live ?><strong class="vm-revision-live">In linea</strong>: pubblicata, sul portale<?cs elif:v.state == "published" ?>Pubblicata in passato<?cs else ?>Bozza<?cs /if ?></td>
<td><a href="/admin/servizi/<?cs var:Service.id ?>/revisioni/<?cs var:v.id ?>">Modifiche<span class="visually-hidden"> della revisione <?cs var:v.id ?></span></a> · <a href="/admin/servizi/<?cs var:Service.id ?>/anteprima?revisione=<?cs var:v.id ?>">Anteprima<span class="visually-hidden"> della revisione <?cs var:v.id ?></span></a></td>
</tr>
<?cs /each ?></tbody>
</table>
</div>
<?cs else ?><p>Il servizio non è ancora stato modificato dall'area riservata.</p>
<?cs /if ?></div>
<?cs include:"partials/foot.cs" ?>
