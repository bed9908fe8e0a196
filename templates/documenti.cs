<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>
<div class="container">
<section aria-labelledby="esplora-documenti" class="vm-section">
<h2 id="esplora-documenti" class="mb-4">Esplora i documenti</h2>
<form class="vm-doc-filter mb-4" method="get" action="/amministrazione/documenti-e-dati">
<div class="select-wrapper">
<label for="tipo-documento">Tipo di documento</label>
<select id="tipo-documento" name="tipo">
<option value="">Tutti i tipi</option>
<?cs each:t = Documents.Types ?><option value="<?cs var:t.name ?>"<?cs if:t.selected ?> selected<?cs /if ?>><?cs var:t.name ?> (<?cs var:t.count ?>)</option>
<?cs /each ?></select>
</div>
<button type="submit" class="btn btn-primary mt-3">Filtra</button>
</form>
<p class="vm-found" id="documenti-trovati"><?cs if:Documents.Total == 1 ?>1 documento trovato<?cs else ?><?cs var:Documents.Total ?> documenti trovati<?cs /if ?><?cs if:Documents.type ?> del tipo "<?cs var:Documents.type ?>"<?cs /if ?></p>
<?cs if:subcount(Documents.Items) ?><?cs call:document_cards(Documents.Items) ?>
<?cs else ?><p>Non ci sono documenti da mostrare.</p>
<?cs /if ?></section>
</div>
<?cs include:"partials/foot.cs" ?>
