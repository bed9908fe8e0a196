<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Entity.name, Entity.summary) ?>
<?cs call:index_open() ?>
<?cs if:Entity.description ?><?cs call:page_index_item("descrizione", "Descrizione") ?><?cs /if ?>
<?cs if:Entity.share ?><?cs call:page_index_item("partecipazione", "Partecipazione del Comune") ?><?cs /if ?>
<?cs call:page_index_item("contatti", "Contatti") ?>
<?cs call:page_index_item("ulteriori-informazioni", "Ulteriori informazioni") ?>
<?cs call:index_close() ?>
<p class="vm-kind"><span class="visually-hidden">Tipo di ente: </span><?cs var:Entity.kind ?></p>
<?cs if:Entity.description ?><?cs call:section_open("descrizione", "Descrizione") ?>
<div class="vm-longtext"><?cs var:markdown(Entity.description) ?></div>
</section>
<?cs /if ?><?cs if:Entity.share ?><?cs call:section_open("partecipazione", "Partecipazione del Comune") ?>
<p><?cs var:Entity.share ?></p>
</section>
<?cs /if ?><?cs call:section_open("contatti", "Contatti") ?>
<?cs call:contacts(Entity.address, "", Entity.email, "", Entity.website) ?>
</section>
<?cs call:updated_section(Entity.updated) ?>
<?cs call:body_close() ?>
<?cs include:"partials/foot.cs" ?>
