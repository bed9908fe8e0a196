<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head("Zone e instradamento", "Una categoria va al suo ufficio, salvo un instradamento diverso per la zona della pratica.") ?>
<div class="container mb-5">
<?cs call:notice() ?>
<?cs if:Route.error ?><div class="alert alert-danger" role="alert" id="errori"><p class="mb-0"><?cs var:Route.error ?></p></div>
<?cs /if ?><section class="mb-5" aria-labelledby="zone">
<h2 id="zone">Zone</h2>
<p><a class="btn btn-primary btn-sm" href="/admin/aree/nuovo">Nuova zona</a></p>
<ul class="vm-areas"><?cs each:a = Areas ?><li><a href="/admin/aree/<?cs var:a.id ?>"><?cs var:a.name ?></a> (<?cs var:a.slug ?>, posizione <?cs var:a.position ?>)</li>
<?cs /each ?></ul>
</section>
<section class="mb-5" aria-labelledby="instradamenti">
<h2 id="instradamenti">Instradamenti</h2>
<div class="table-responsive">
<table class="table vm-routes">
<caption class="visually-hidden">Le categorie che in una zona vanno a un altro ufficio</caption>
<thead><tr><th scope="col">Categoria</th><th scope="col">Zona</th><th scope="col">Ufficio</th><th scope="col"><span class="visually-hidden">Azioni</span></th></tr></thead>
<tbody>
<?cs each:x = Routes ?><tr>
<td><?cs var:x.category_name ?></td><td><?cs var:x.area_name ?></td><td><?cs var:x.office_name ?></td>
<td><form method="post" action="/admin/aree">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<input type="hidden" name="azione" value="rimuovi">
<input type="hidden" name="categoria" value="<?cs var:x.category_id ?>">
<input type="hidden" name="zona" value="<?cs var:x.area_id ?>">
<button class="btn btn-outline-danger btn-sm" type="submit">Rimuovi<span class="visually-hidden"> l'instradamento di <?cs var:x.category_name ?> in <?cs var:x.area_name ?></span></button>
</form></td>
</tr>
<?cs /each ?></tbody>
</table>
</div>
<h3 class="h5 mt-4">Aggiungi o cambia un instradamento</h3>
<form method="post" action="/admin/aree" novalidate>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<input type="hidden" name="azione" value="percorso">
<div class="select-wrapper mb-4">
<label for="r-categoria">Categoria</label>
<select id="r-categoria" name="categoria" required><option value="">Scegli</option>
<?cs each:c = Categories ?><option value="<?cs var:c.id ?>"<?cs if:c.id == Route.categoria ?> selected<?cs /if ?>><?cs var:c.name ?></option>
<?cs /each ?></select>
</div>
<div class="select-wrapper mb-4">
<label for="r-zona">Zona</label>
<select id="r-zona" name="zona" required><option value="">Scegli</option>
<?cs each:a = Areas ?><option value="<?cs var:a.id ?>"<?cs if:a.id == Route.zona ?> selected<?cs /if ?>><?cs var:a.name ?></option>
<?cs /each ?></select>
</div>
<div class="select-wrapper mb-4">
<label for="r-ufficio">Ufficio</label>
<select id="r-ufficio" name="ufficio" required><option value="">Scegli</option>
<?cs each:o = Offices ?><option value="<?cs var:o.id ?>"<?cs if:o.id == Route.ufficio ?> selected<?cs /if ?>><?cs var:o.name ?></option>
<?cs /each ?></select>
</div>
<button class="btn btn-primary" type="submit">Salva l'instradamento</button>
</form>
</section>
<p><a href="/admin/categorie">Categorie delle pratiche</a></p>
</div>
<?cs include:"partials/foot.cs" ?>
