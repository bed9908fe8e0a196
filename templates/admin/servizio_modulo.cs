<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head(Page.Title, "La scheda del servizio: «Salva bozza» non cambia il portale, «Salva e pubblica» sì.") ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-3"><?cs call:form_index() ?></div><div class="col-12 col-lg-9">
<?cs call:notice() ?>
<?cs if:Service.id ?><p id="stato-servizio">Stato: <strong><?cs if:Service.published ?>pubblicato<?cs else ?>non pubblicato<?cs /if ?></strong><?cs if:Service.draft ?>; ci sono modifiche in bozza non pubblicate (revisione <?cs var:Service.revision ?> del <?cs var:Service.revision_at ?>)<?cs /if ?>.</p>
<ul class="list-inline">
<li class="list-inline-item"><a href="/admin/servizi/<?cs var:Service.id ?>/anteprima">Anteprima dell'ultima versione salvata</a></li>
<li class="list-inline-item"><a href="/admin/servizi/<?cs var:Service.id ?>/revisioni">Revisioni</a></li>
<?cs if:Service.published ?><li class="list-inline-item"><a href="/servizi/<?cs var:url_escape(Service.slug) ?>">Vedi sul portale</a></li>
<?cs /if ?></ul>
<?cs /if ?><?cs call:error_summary() ?>
<form method="post" action="/admin/servizi/<?cs if:Service.id ?><?cs var:Service.id ?><?cs else ?>nuovo<?cs /if ?>" novalidate data-vm-editor<?cs if:Form.preview || subcount(Form.error_list) ?> data-vm-unsaved<?cs /if ?>>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs call:form_fields() ?>
<div class="vm-save-bar" id="barra-salva">
<?cs call:preview_button() ?><button class="btn btn-outline-primary me-2 mb-2" type="submit" name="azione" value="bozza">Salva bozza</button>
<button class="btn btn-primary mb-2" type="submit" name="azione" value="pubblica">Salva e pubblica</button>
</div>
</form>
<?cs if:Service.published ?><form method="post" action="/admin/servizi/<?cs var:Service.id ?>" class="mt-4">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<button class="btn btn-outline-danger" type="submit" name="azione" value="ritira">Ritira dalla pubblicazione</button>
</form>
<?cs /if ?></div></div>
</div>
<script src="<?cs var:Site.Asset.Script.redazione.js ?>" defer></script>
<?cs include:"partials/foot.cs" ?>
