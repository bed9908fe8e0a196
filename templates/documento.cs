<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Document.title, Document.summary) ?>
<?cs call:index_open() ?>
<?cs if:Document.description ?><?cs call:page_index_item("descrizione", "Descrizione") ?><?cs /if ?>
<?cs if:subcount(Document.Files) ?><?cs call:page_index_item("documenti", "Documenti") ?><?cs /if ?>
<?cs call:page_index_item("licenza", "Licenza di distribuzione") ?>
<?cs if:Document.office_slug || Document.area_slug || Document.person_slug ?><?cs call:page_index_item("riferimenti", "Riferimenti") ?><?cs /if ?>
<?cs call:page_index_item("ulteriori-informazioni", "Ulteriori informazioni") ?>
<?cs call:index_close() ?>
<dl class="vm-doc-facts">
<dt>Tipo di documento</dt><dd><a href="/amministrazione/documenti-e-dati?tipo=<?cs var:url_escape(Document.doc_type) ?>"><?cs var:Document.doc_type ?></a></dd>
<?cs if:Document.protocol ?><dt>Numero di protocollo</dt><dd><?cs var:Document.protocol ?></dd>
<?cs /if ?><?cs if:Document.protocol_date ?><dt>Data di protocollo</dt><dd><?cs var:Document.protocol_date ?></dd>
<?cs /if ?><dt>Data di pubblicazione</dt><dd><?cs var:Document.published ?></dd>
</dl>
<?cs if:Document.description ?><?cs call:section_open("descrizione", "Descrizione") ?>
<div class="vm-longtext"><?cs var:markdown(Document.description) ?></div>
</section>
<?cs /if ?><?cs if:subcount(Document.Files) ?><?cs call:section_open("documenti", "Documenti") ?>
<ul class="vm-files">
<?cs each:f = Document.Files ?><li><?cs call:icon("it-file-pdf", "") ?><a href="<?cs var:f.url ?>" download="<?cs var:f.filename ?>"><?cs var:f.label ?><span class="visually-hidden"> (file PDF, <?cs var:f.size_kb ?> kB)</span></a> <span class="vm-file-meta" aria-hidden="true">PDF, <?cs var:f.size_kb ?> kB</span></li>
<?cs /each ?></ul>
</section>
<?cs /if ?><?cs call:section_open("licenza", "Licenza di distribuzione") ?>
<p><?cs var:Document.licence ?></p>
</section>
<?cs if:Document.office_slug || Document.area_slug || Document.person_slug ?><?cs call:section_open("riferimenti", "Riferimenti") ?>
<dl class="vm-doc-facts">
<?cs if:Document.office_slug ?><dt>Ufficio responsabile</dt><dd><a href="/uffici/<?cs var:url_escape(Document.office_slug) ?>"><?cs var:Document.office_name ?></a></dd>
<?cs /if ?><?cs if:Document.area_slug ?><dt>Area responsabile</dt><dd><a href="/amministrazione/aree-amministrative/<?cs var:url_escape(Document.area_slug) ?>"><?cs var:Document.area_name ?></a></dd>
<?cs /if ?><?cs if:Document.person_slug ?><dt>Persona</dt><dd><a href="/persone/<?cs var:url_escape(Document.person_slug) ?>"><?cs var:Document.person_name ?></a></dd>
<?cs /if ?></dl>
</section>
<?cs /if ?><?cs call:updated_section(Document.updated) ?>
<?cs call:body_close() ?>
<?cs include:"partials/foot.cs" ?>
