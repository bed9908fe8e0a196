<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs if:Item.previewable ?><?cs call:page_head(Page.Title, "Il portale lo mostra solo se è segnato come pubblicato, dalla richiesta successiva al salvataggio.") ?><?cs else ?><?cs call:page_head(Page.Title, "Le modifiche sono pubblicate sul portale appena salvate.") ?><?cs /if ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-3"><?cs call:form_index() ?></div><div class="col-12 col-lg-9">
<?cs call:notice() ?>
<?cs if:Item.url || Item.preview ?><p><?cs if:Item.url ?><a href="<?cs var:url_validate(Item.url) ?>">Vedi sul portale</a><?cs /if ?><?cs if:Item.url && Item.preview ?> · <?cs /if ?><?cs if:Item.preview ?><a href="<?cs var:url_validate(Item.preview) ?>">Anteprima</a><?cs /if ?><?cs if:Item.revisions ?> · <a href="<?cs var:url_validate(Item.revisions) ?>">Revisioni</a><?cs /if ?></p>
<?cs /if ?><?cs call:error_summary() ?>
<form method="post" action="<?cs var:url_validate(Item.action) ?>" novalidate data-vm-editor<?cs if:Form.preview || subcount(Form.errors) ?> data-vm-unsaved<?cs /if ?>>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs call:form_fields() ?>
<div class="vm-save-bar" id="barra-salva">
<?cs call:preview_button() ?><button class="btn btn-primary me-2 mb-2" type="submit"><?cs if:Item.previewable ?>Salva<?cs else ?>Salva e pubblica<?cs /if ?></button>
<a class="btn btn-outline-primary mb-2" href="<?cs var:url_validate(Item.back) ?>">Torna all'elenco</a>
</div>
</form>
<?cs if:Item.files_action ?><section class="mt-5" aria-labelledby="file-pdf">
<h2 id="file-pdf">File PDF allegati</h2>
<?cs if:subcount(Item.Files) ?><ul class="list-unstyled" id="file-elenco">
<?cs each:f = Item.Files ?><li class="mb-2"><form method="post" action="<?cs var:url_validate(Item.files_action) ?>/<?cs var:f.id ?>" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs var:f.label ?> <small>(<?cs var:f.filename ?>, PDF, <?cs var:f.size_kb ?> kB)</small>
<button class="btn btn-outline-danger btn-sm ms-2" type="submit">Elimina<span class="visually-hidden"> <?cs var:f.label ?></span></button>
</form></li>
<?cs /each ?></ul>
<?cs else ?><p>Non ci sono ancora file allegati.</p>
<?cs /if ?><form method="post" action="<?cs var:url_validate(Item.files_action) ?>" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<div class="form-group">
<label for="f-etichetta">Nome del file</label>
<input class="form-control<?cs call:sub_class("etichetta") ?>" type="text" id="f-etichetta" name="etichetta" maxlength="200" required value="<?cs var:Sub.values.etichetta ?>"<?cs call:sub_attrs("f-", "etichetta", "f-etichetta-help") ?>>
<small class="form-text" id="f-etichetta-help">Come compare sul portale, per esempio «Delibera firmata».</small>
<?cs call:sub_error("f-", "etichetta") ?></div>
<div class="form-group">
<label for="f-pdf">File PDF (al massimo 10 MB)</label>
<input class="form-control<?cs call:sub_class("pdf") ?>" type="file" id="f-pdf" name="pdf" accept="application/pdf" required<?cs call:sub_attrs("f-", "pdf", "") ?>>
<?cs call:sub_error("f-", "pdf") ?></div>
<button class="btn btn-primary" type="submit">Aggiungi il file</button>
</form>
</section>
<?cs /if ?><?cs if:Item.roles_action ?><section class="mt-5" aria-labelledby="ruoli">
<h2 id="ruoli">Ruoli e incarichi</h2>
<?cs if:subcount(Item.Roles) ?><ul class="list-unstyled" id="ruoli-elenco">
<?cs each:o = Item.Roles ?><li class="mb-2"><form method="post" action="<?cs var:url_validate(Item.roles_action) ?>/<?cs var:o.id ?>" class="d-inline">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<strong><?cs var:o.title ?></strong><?cs if:o.organ ?>, <?cs var:o.organ_label ?><?cs /if ?><?cs if:o.office_name ?>, <?cs var:o.office_name ?><?cs /if ?><?cs if:o.area_name ?>, <?cs var:o.area_name ?><?cs /if ?> (dal <?cs var:o.starts ?><?cs if:o.ends ?> al <?cs var:o.ends ?><?cs else ?>, in corso<?cs /if ?>)<?cs if:o.delegations ?><br><small>Deleghe: <?cs var:o.delegations ?></small><?cs /if ?>
<button class="btn btn-outline-danger btn-sm ms-2" type="submit">Elimina<span class="visually-hidden"> il ruolo <?cs var:o.title ?></span></button>
</form></li>
<?cs /each ?></ul>
<?cs else ?><p>La persona non ha ancora ruoli.</p>
<?cs /if ?><form method="post" action="<?cs var:url_validate(Item.roles_action) ?>">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<div class="form-group">
<label for="r-ruolo">Ruolo</label>
<input class="form-control<?cs call:sub_class("ruolo") ?>" type="text" id="r-ruolo" name="ruolo" maxlength="160" required value="<?cs var:Sub.values.ruolo ?>"<?cs call:sub_attrs("r-", "ruolo", "r-ruolo-help") ?>>
<small class="form-text" id="r-ruolo-help">Per esempio Sindaco, Assessora, Responsabile dell'ufficio.</small>
<?cs call:sub_error("r-", "ruolo") ?></div>
<div class="select-wrapper mb-4"><label for="r-organo">Organo di governo</label>
<select id="r-organo" name="organo"<?cs call:sub_attrs("r-", "organo", "") ?>><?cs each:g = Item.Organs ?><option value="<?cs var:g.value ?>"<?cs if:Sub.values.organo == g.value && Sub.values.organo != "" ?> selected<?cs /if ?>><?cs var:g.label ?></option><?cs /each ?></select>
<?cs call:sub_error("r-", "organo") ?></div>
<div class="form-group">
<label for="r-deleghe">Deleghe</label>
<input class="form-control<?cs call:sub_class("deleghe") ?>" type="text" id="r-deleghe" name="deleghe" maxlength="400" value="<?cs var:Sub.values.deleghe ?>"<?cs call:sub_attrs("r-", "deleghe", "") ?>>
<?cs call:sub_error("r-", "deleghe") ?></div>
<div class="select-wrapper mb-4"><label for="r-ufficio">Ufficio</label>
<select id="r-ufficio" name="ufficio"<?cs call:sub_attrs("r-", "ufficio", "") ?>><option value="">Nessuno</option><?cs each:o = Item.RoleOffices ?><option value="<?cs var:o.id ?>"<?cs if:Sub.values.ufficio == o.id ?> selected<?cs /if ?>><?cs var:o.name ?></option><?cs /each ?></select>
<?cs call:sub_error("r-", "ufficio") ?></div>
<div class="select-wrapper mb-4"><label for="r-area">Area amministrativa</label>
<select id="r-area" name="area"<?cs call:sub_attrs("r-", "area", "") ?>><option value="">Nessuna</option><?cs each:o = Item.RoleAreas ?><option value="<?cs var:o.id ?>"<?cs if:Sub.values.area == o.id ?> selected<?cs /if ?>><?cs var:o.name ?></option><?cs /each ?></select>
<?cs call:sub_error("r-", "area") ?></div>
<div class="form-group">
<label for="r-dal">Dal</label>
<input class="form-control<?cs call:sub_class("dal") ?>" type="text" id="r-dal" name="dal" maxlength="10" required value="<?cs var:Sub.values.dal ?>"<?cs call:sub_attrs("r-", "dal", "r-date-help") ?>>
<?cs call:sub_error("r-", "dal") ?></div>
<div class="form-group">
<label for="r-al">Al</label>
<input class="form-control<?cs call:sub_class("al") ?>" type="text" id="r-al" name="al" maxlength="10" value="<?cs var:Sub.values.al ?>"<?cs call:sub_attrs("r-", "al", "r-date-help") ?>>
<small class="form-text" id="r-date-help">Nel formato AAAA-MM-GG; «Al» vuoto se l'incarico è in corso.</small>
<?cs call:sub_error("r-", "al") ?></div>
<button class="btn btn-primary" type="submit">Aggiungi il ruolo</button>
</form>
</section>
<?cs /if ?></div></div>
</div>
<script src="<?cs var:Site.Asset.Script.redazione.js ?>" defer></script>
<?cs include:"partials/foot.cs" ?>
