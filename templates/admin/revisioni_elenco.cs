<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs # Le revisioni di un contenuto del motore crud (Revisions, Item.base, Item.name). ?>
<?cs call:page_head(Page.Title, "Ogni salvataggio è una revisione: ripristinarla la salva di nuovo come contenuto attuale, senza cambiare la pubblicazione.") ?>
<div class="container mb-5">
<p><a href="<?cs var:url_validate(Item.base) ?>">Torna al modulo</a></p>
<?cs if:subcount(Revisions) ?><div class="table-responsive">
<table class="table" id="revisioni">
<caption class="visually-hidden">Revisioni, dalla più recente</caption>
<thead><tr><th scope="col">Revisione</th><th scope="col">Salvata il</th><th scope="col">Autore</th><th scope="col">Azione</th></tr></thead>
<tbody>
<?cs each:v = Revisions ?><tr>
<td><?cs var:v.id ?></td>
<td><?cs var:v.at ?></td>
<td><?cs var:v.author ?></td>
<td><a href="<?cs var:url_validate(Item.base) ?>/revisioni/<?cs var:v.id ?>">Modifiche<span class="visually-hidden"> della revisione <?cs var:v.id ?></span></a> · <?cs if:name(v) == 0 ?><strong class="vm-revision-live"><?cs if:Item.online ?>In linea<?cs else ?>Versione attuale (non pubblicata)<?cs /if ?></strong><?cs else ?><form method="post" action="<?cs var:url_validate(Item.base) ?>/revisioni/<?cs var:v.id ?>">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<button class="btn btn-outline-primary btn-sm" type="submit">Ripristina<span class="visually-hidden"> la revisione <?cs var:v.id ?></span></button>
</form><?cs /if ?></td>
</tr>
<?cs /each ?></tbody>
</table>
</div>
<?cs else ?><p>Il contenuto non è ancora stato modificato dall'area riservata.</p>
<?cs /if ?></div>
<?cs include:"partials/foot.cs" ?>
