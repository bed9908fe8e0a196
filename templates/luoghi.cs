<?cs include:"partials/head.cs" ?><?cs include:"novita_macros.cs" ?>
<?cs call:page_head("Luoghi", "Biblioteche, musei, parchi, impianti sportivi e spazi pubblici del Comune.") ?>
<div class="container">
<section class="vm-section" aria-labelledby="elenco-luoghi">
<h2 class="vm-results-count" id="elenco-luoghi"><?cs if:Places.Total == 0 ?>Nessun luogo<?cs elif:Places.Total == 1 ?>1 luogo<?cs else ?><?cs var:Places.Total ?> luoghi<?cs /if ?><?cs if:Pager.pages > 1 ?><span class="vm-count"> (pagina <?cs var:Pager.page ?> di <?cs var:Pager.pages ?>)</span><?cs /if ?></h2>
<?cs if:subcount(Places.Items) ?><?cs call:nv_place_cards(Places.Items) ?><?cs else ?><?cs call:nv_empty("Nessun luogo", "Non ci sono ancora luoghi pubblicati.") ?><?cs /if ?>
<?cs call:nv_pager("Paginazione dei luoghi") ?>
</section>
</div>
<?cs include:"partials/foot.cs" ?>
