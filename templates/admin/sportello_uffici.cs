<?cs include:"partials/head.cs" ?>
<?cs call:page_head("Sportello appuntamenti", "Gli uffici che ricevono su appuntamento: la giornata di ogni sportello, gli arrivi e le impostazioni.") ?>
<div class="container mb-5">
<?cs if:subcount(Offices) ?><ul class="list-unstyled vm-desk-offices">
<?cs each:o = Offices ?><li class="mb-2"><a href="/admin/sportello/<?cs var:o.slug ?>"><?cs var:o.name ?></a> (<?cs var:o.desks ?> <?cs if:o.desks == "1" ?>sportello<?cs else ?>sportelli<?cs /if ?>)</li>
<?cs /each ?></ul><?cs else ?><p>Nessuno dei tuoi uffici riceve su appuntamento.</p><?cs /if ?>
</div>
<?cs include:"partials/foot.cs" ?>
