<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Unit.name, Unit.summary) ?>
<?cs call:index_open() ?>
<?cs if:Unit.description ?><?cs call:page_index_item("competenze", "Competenze") ?><?cs /if ?>
<?cs if:subcount(Unit.Offices) ?><?cs call:page_index_item("struttura", "Struttura") ?><?cs /if ?>
<?cs if:subcount(Unit.People) ?><?cs call:page_index_item("persone", "Persone") ?><?cs /if ?>
<?cs if:subcount(Unit.Services) ?><?cs call:page_index_item("servizi", "Servizi") ?><?cs /if ?>
<?cs if:subcount(Unit.Documents) ?><?cs call:page_index_item("documenti", "Documenti") ?><?cs /if ?>
<?cs call:page_index_item("contatti", "Contatti") ?>
<?cs call:page_index_item("ulteriori-informazioni", "Ulteriori informazioni") ?>
<?cs call:index_close() ?>
<p class="vm-kind"><span class="visually-hidden">Tipo di organizzazione: </span><?cs var:Unit.kind ?></p>
<?cs if:Unit.description ?><?cs call:section_open("competenze", "Competenze") ?>
<div class="vm-longtext"><?cs var:markdown(Unit.description) ?></div>
</section>
<?cs /if ?><?cs if:subcount(Unit.Offices) ?><?cs call:section_open("struttura", "Struttura") ?>
<p>Gli uffici che fanno parte dell'area:</p>
<ul class="vm-cards row">
<?cs each:o = Unit.Offices ?><li class="col-12 col-md-6"><?cs call:link_card("/uffici/" + url_escape(o.slug), o.name, o.summary, o.address) ?></li>
<?cs /each ?></ul>
</section>
<?cs /if ?><?cs if:subcount(Unit.People) ?><?cs call:section_open("persone", "Persone") ?>
<?cs call:person_cards(Unit.People) ?>
</section>
<?cs /if ?><?cs if:subcount(Unit.Services) ?><?cs call:section_open("servizi", "Servizi") ?>
<?cs call:service_cards(Unit.Services) ?>
</section>
<?cs /if ?><?cs if:subcount(Unit.Documents) ?><?cs call:section_open("documenti", "Documenti") ?>
<?cs call:document_cards(Unit.Documents) ?>
</section>
<?cs /if ?><?cs call:section_open("contatti", "Contatti") ?>
<?cs call:contacts(Unit.address, Unit.phone, Unit.email, "", "") ?>
</section>
<?cs call:updated_section(Unit.updated) ?>
<?cs call:body_close() ?>
<?cs include:"partials/foot.cs" ?>
