<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Person.name, Person.summary) ?>
<?cs call:index_open() ?>
<?cs if:subcount(Person.Roles) ?><?cs call:page_index_item("ruolo", "Ruolo") ?><?cs /if ?>
<?cs if:Person.competences ?><?cs call:page_index_item("competenze", "Competenze") ?><?cs /if ?>
<?cs if:Person.biography ?><?cs call:page_index_item("biografia", "Biografia") ?><?cs /if ?>
<?cs if:subcount(Person.Documents) ?><?cs call:page_index_item("documenti", "Documenti") ?><?cs /if ?>
<?cs if:Person.email || Person.phone ?><?cs call:page_index_item("contatti", "Contatti") ?><?cs /if ?>
<?cs call:page_index_item("ulteriori-informazioni", "Ulteriori informazioni") ?>
<?cs call:index_close() ?>
<?cs if:subcount(Person.Roles) ?><?cs call:section_open("ruolo", "Ruolo") ?>
<ul class="vm-roles">
<?cs each:ro = Person.Roles ?><li class="vm-role-item">
<p class="vm-role-title"><strong><?cs var:ro.title ?></strong><?cs if:ro.office_slug ?> - <a href="/uffici/<?cs var:url_escape(ro.office_slug) ?>"><?cs var:ro.office_name ?></a><?cs /if ?><?cs if:ro.area_slug ?> - <a href="/amministrazione/aree-amministrative/<?cs var:url_escape(ro.area_slug) ?>"><?cs var:ro.area_name ?></a><?cs /if ?></p>
<?cs if:ro.organ == "giunta" ?><p>Organo: <a href="/amministrazione/organi-di-governo#giunta">Giunta comunale</a></p><?cs elif:ro.organ == "consiglio" ?><p>Organo: <a href="/amministrazione/organi-di-governo#consiglio">Consiglio comunale</a></p><?cs elif:ro.organ == "sindaco" ?><p>Organo: <a href="/amministrazione/organi-di-governo#sindaco">Sindaco</a></p><?cs /if ?>
<?cs if:ro.delegations ?><p>Deleghe: <?cs var:ro.delegations ?></p><?cs /if ?>
<p class="vm-mandate"><?cs if:ro.ends ?>Dal <?cs var:ro.starts ?> al <?cs var:ro.ends ?><?cs if:ro.current == "0" ?> (concluso)<?cs /if ?><?cs else ?>In carica dal <?cs var:ro.starts ?><?cs /if ?></p>
</li>
<?cs /each ?></ul>
</section>
<?cs /if ?><?cs if:Person.competences ?><?cs call:section_open("competenze", "Competenze") ?>
<div class="vm-longtext"><?cs var:markdown(Person.competences) ?></div>
</section>
<?cs /if ?><?cs if:Person.biography ?><?cs call:section_open("biografia", "Biografia") ?>
<div class="vm-longtext"><?cs var:markdown(Person.biography) ?></div>
</section>
<?cs /if ?><?cs if:subcount(Person.Documents) ?><?cs call:section_open("documenti", "Documenti") ?>
<p>Curriculum vitae e altri documenti della persona:</p>
<?cs call:document_cards(Person.Documents) ?>
</section>
<?cs /if ?><?cs if:Person.email || Person.phone ?><?cs call:section_open("contatti", "Contatti") ?>
<?cs call:contacts("", Person.phone, Person.email, "", "") ?>
</section>
<?cs /if ?><?cs call:updated_section(Person.updated) ?>
<?cs call:body_close() ?>
<?cs include:"partials/foot.cs" ?>
