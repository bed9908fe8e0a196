<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head("Categorie delle pratiche", "Che cosa i cittadini possono segnalare, a quale ufficio va e in quanti giorni si risponde.") ?>
<div class="container mb-5">
<?cs call:notice() ?>
<p><a class="btn btn-primary btn-sm" href="/admin/categorie/nuovo">Nuova categoria</a>
<a class="btn btn-outline-primary btn-sm ms-2" href="/admin/aree">Zone e instradamento</a></p>
<div class="table-responsive">
<table class="table vm-categories">
<caption class="visually-hidden">Le categorie, per tipo e posizione</caption>
<thead><tr><th scope="col">Categoria</th><th scope="col">Tipo</th><th scope="col">Ufficio</th><th scope="col">Giorni</th><th scope="col">Stato</th><th scope="col">Posizione</th></tr></thead>
<tbody>
<?cs each:c = Categories ?><tr>
<td><a href="/admin/categorie/<?cs var:c.id ?>"><?cs var:c.name ?></a></td>
<td><?cs var:c.type_label ?></td>
<td><?cs var:c.office_name ?></td>
<td><?cs var:c.max_days ?></td>
<td><?cs if:c.active == "1" ?>Attiva<?cs else ?>Non attiva<?cs /if ?></td>
<td><?cs var:c.position ?></td>
</tr>
<?cs /each ?></tbody>
</table>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
