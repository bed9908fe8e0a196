<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Office.name, Office.summary) ?>
<?cs call:index_open() ?>
<?cs if:Office.description ?><?cs call:page_index_item("ufficio-descrizione", "Competenze") ?><?cs /if ?>
<?cs if:Office.Area.slug ?><?cs call:page_index_item("ufficio-area", "Area amministrativa") ?><?cs /if ?>
<?cs if:Office.manager || subcount(Office.People) ?><?cs call:page_index_item("ufficio-persone", "Persone") ?><?cs /if ?>
<?cs if:subcount(Office.Services) ?><?cs call:page_index_item("ufficio-servizi", "Servizi") ?><?cs /if ?>
<?cs if:subcount(Office.hours) ?><?cs call:page_index_item("ufficio-orari", "Orari di apertura") ?><?cs /if ?>
<?cs call:page_index_item("ufficio-contatti", "Contatti") ?>
<?cs if:subcount(Office.Documents) ?><?cs call:page_index_item("ufficio-documenti", "Documenti") ?><?cs /if ?>
<?cs if:Office.updated ?><?cs call:page_index_item("ulteriori-informazioni", "Ulteriori informazioni") ?><?cs /if ?>
<?cs call:index_close() ?>
<?cs if:Office.description ?><?cs call:section_open("ufficio-descrizione", "Competenze") ?>
<div class="vm-longtext"><?cs var:markdown(Office.description) ?></div>
</section>
<?cs /if ?><?cs if:Office.Area.slug ?><?cs call:section_open("ufficio-area", "Area amministrativa") ?>
<p>L'ufficio fa parte dell'<a href="/amministrazione/aree-amministrative/<?cs var:url_escape(Office.Area.slug) ?>"><?cs var:Office.Area.name ?></a>.</p>
</section>
<?cs /if ?><?cs if:Office.manager || subcount(Office.People) ?><?cs call:section_open("ufficio-persone", "Persone") ?>
<?cs if:Office.manager ?><p>Responsabile: <?cs var:Office.manager ?></p><?cs /if ?>
<?cs if:subcount(Office.People) ?><ul class="vm-people-list">
<?cs each:p = Office.People ?><li><a href="/persone/<?cs var:url_escape(p.slug) ?>"><?cs var:p.name ?></a>, <?cs var:p.title ?></li>
<?cs /each ?></ul><?cs /if ?>
</section>
<?cs /if ?><?cs if:subcount(Office.Services) ?><?cs call:section_open("ufficio-servizi", "Servizi") ?>
<?cs call:service_cards(Office.Services) ?>
</section>
<?cs /if ?><?cs if:subcount(Office.hours) ?><?cs call:section_open("ufficio-orari", "Orari di apertura") ?>
<ul class="vm-hours">
<?cs each:h = Office.hours ?><li><?cs var:h ?></li>
<?cs /each ?></ul>
</section>
<?cs /if ?><?cs call:section_open("ufficio-contatti", "Contatti") ?>
<?cs call:contacts(Office.address, Office.phone, Office.email, Office.pec, "") ?>
</section>
<?cs if:subcount(Office.Documents) ?><?cs call:section_open("ufficio-documenti", "Documenti") ?>
<?cs call:document_cards(Office.Documents) ?>
</section>
<?cs /if ?><?cs if:Office.updated ?><?cs call:updated_section(Office.updated) ?>
<?cs /if ?><?cs call:body_close() ?>
<?cs include:"partials/foot.cs" ?>
