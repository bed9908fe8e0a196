<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs call:page_head(Page.Title, "Controlla i dati: questo è esattamente ciò che invierai al Comune.") ?>
<div class="container mb-5">
<?cs call:case_steps(2) ?>
<?cs call:unavailable() ?>
<div class="row"><div class="col-12 col-lg-8">
<dl class="vm-summary">
<dt>Tipo</dt><dd><?cs var:Case.type_label ?></dd>
<dt>Richiedente</dt><dd><?cs var:Citizen.name ?> (<?cs var:Citizen.fiscal_code ?>)</dd>
<dt>Categoria</dt><dd><?cs var:Case.category_name ?></dd>
<dt>Titolo</dt><dd><?cs var:Case.title ?></dd>
<dt>Descrizione</dt><dd><?cs call:longtext(Case.Description) ?></dd>
<dt>Luogo</dt><dd><?cs if:Case.area_name ?><?cs var:Case.area_name ?>: <?cs /if ?><?cs var:Case.address ?><?cs if:Case.latitude ?> (<?cs var:Case.latitude ?>, <?cs var:Case.longitude ?>)<?cs /if ?></dd>
<?cs if:Case.service_title ?><dt>Servizio</dt><dd><?cs var:Case.service_title ?></dd><?cs /if ?>
<dt>Risposte all'indirizzo</dt><dd><?cs var:Case.contact_email ?></dd>
<dt>Allegati</dt><dd><?cs if:subcount(Attachments) ?><?cs call:attachments(Case.code, Attachments) ?><?cs else ?>Nessuno<?cs /if ?></dd>
</dl>
<form method="post" action="/segnalazioni/<?cs var:Case.code ?>/invia" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<button class="btn btn-primary" type="submit">Invia</button>
</form>
<a class="btn btn-outline-primary ms-2" href="/segnalazioni/<?cs var:Case.code ?>/modifica">Modifica</a>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
