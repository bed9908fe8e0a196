<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head("Account del personale", "Chi può usare l'area riservata, con quale ruolo e per quali uffici.") ?>
<div class="container mb-5">
<?cs call:notice() ?>
<p><a class="btn btn-primary btn-sm" href="/admin/account/nuovo">Nuovo account</a></p>
<div class="table-responsive">
<table class="table vm-accounts">
<caption class="visually-hidden">Gli account del personale, prima quelli attivi</caption>
<thead><tr><th scope="col">Nome utente</th><th scope="col">Nome</th><th scope="col">Ruolo</th><th scope="col">Uffici</th><th scope="col">Stato</th></tr></thead>
<tbody>
<?cs each:a = Accounts ?><tr>
<td><a href="/admin/account/<?cs var:a.id ?>"><?cs var:a.username ?></a></td>
<td><?cs var:a.display_name ?></td>
<td><?cs var:a.role_label ?></td>
<td><?cs var:a.office_names ?></td>
<td><?cs if:a.active == "1" ?>Attivo<?cs else ?>Disattivato<?cs /if ?><?cs if:a.locked == "1" ?>, bloccato<?cs /if ?></td>
</tr>
<?cs /each ?></tbody>
</table>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
