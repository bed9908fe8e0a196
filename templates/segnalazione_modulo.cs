<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs call:page_head(Page.Title, "Compila i dati: potrai rivederli prima dell'invio.") ?>
<div class="container mb-5">
<?cs call:case_steps(1) ?>
<?cs call:unavailable() ?>
<div class="row"><div class="col-12 col-lg-8">
<?cs call:error_summary() ?>
<form method="post" action="/segnalazioni/<?cs var:Case.code ?>/modifica" enctype="multipart/form-data" class="vm-case-form" novalidate>
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<div class="select-wrapper mb-4">
<label for="categoria">Categoria (obbligatoria)</label>
<?cs # The options hold only the names: a phone's select shows one line, and a long option was
   cut there. Who answers and how soon is in the list below, for every category. ?>
<select id="categoria" name="categoria" required<?cs if:Form.errors.categoria ?> aria-invalid="true" aria-describedby="errore-categoria"<?cs else ?> aria-describedby="categoria-tempi"<?cs /if ?>>
<option value="">Scegli una categoria</option>
<?cs each:c = Categories ?><option value="<?cs var:c.slug ?>"<?cs if:c.slug == Form.categoria ?> selected<?cs /if ?>><?cs var:c.name ?></option>
<?cs /each ?></select>
<?cs call:field_error("categoria") ?>
<details class="vm-category-times mt-2"><summary id="categoria-tempi">Chi se ne occupa e in quanto tempo risponde</summary>
<ul class="small"><?cs each:c = Categories ?><li data-categoria="<?cs var:c.slug ?>"><?cs var:c.name ?> (<?cs var:c.office_name ?>, risposta entro <?cs var:c.max_days ?> giorni<?cs if:c.median_days ?>; tempo mediano di chiusura negli ultimi 12 mesi: <?cs var:c.median_days ?> giorni<?cs /if ?>)</li>
<?cs /each ?></ul></details>
</div>
<div class="form-group mb-4">
<label for="titolo" class="active">Titolo (obbligatorio, da 5 a 120 caratteri)</label>
<input type="text" class="form-control" id="titolo" name="titolo" maxlength="120" required value="<?cs var:Form.titolo ?>"<?cs if:Form.errors.titolo ?> aria-invalid="true" aria-describedby="errore-titolo"<?cs /if ?>>
<?cs call:field_error("titolo") ?>
</div>
<div class="form-group mb-4">
<label for="descrizione" class="active">Descrizione (obbligatoria, da 10 a 4000 caratteri)</label>
<textarea class="form-control" id="descrizione" name="descrizione" rows="6" maxlength="4000" required<?cs if:Form.errors.descrizione ?> aria-invalid="true" aria-describedby="errore-descrizione"<?cs /if ?>><?cs var:Form.descrizione ?></textarea>
<?cs call:field_error("descrizione") ?>
</div>
<fieldset class="mb-4">
<legend class="h6">Luogo</legend>
<?cs if:subcount(Areas) ?><div class="select-wrapper mb-3">
<label for="zona">Zona (facoltativa: alcune zone hanno un ufficio proprio)</label>
<select id="zona" name="zona"<?cs if:Form.errors.zona ?> aria-invalid="true" aria-describedby="errore-zona"<?cs /if ?>>
<option value="">Non indicata</option>
<?cs each:z = Areas ?><option value="<?cs var:z.slug ?>"<?cs if:z.slug == Form.zona ?> selected<?cs /if ?>><?cs var:z.name ?></option>
<?cs /each ?></select>
<?cs call:field_error("zona") ?>
</div><?cs /if ?>
<div class="form-group">
<label for="indirizzo" class="active">Indirizzo o riferimento<?cs if:Case.case_type == "segnalazione" ?> (obbligatorio)<?cs /if ?>, al massimo 200 caratteri</label>
<input type="text" class="form-control" id="indirizzo" name="indirizzo" maxlength="200" value="<?cs var:Form.indirizzo ?>"<?cs if:Form.errors.indirizzo ?> aria-invalid="true" aria-describedby="errore-indirizzo"<?cs /if ?>>
<?cs call:field_error("indirizzo") ?>
</div>
<div class="row">
<div class="col-6 form-group"><label for="latitudine" class="active">Latitudine (facoltativa)</label>
<input type="text" inputmode="decimal" class="form-control" id="latitudine" name="latitudine" value="<?cs var:Form.latitudine ?>"<?cs if:Form.errors.posizione ?> aria-invalid="true" aria-describedby="errore-posizione"<?cs /if ?>></div>
<div class="col-6 form-group"><label for="longitudine" class="active">Longitudine (facoltativa)</label>
<input type="text" inputmode="decimal" class="form-control" id="longitudine" name="longitudine" value="<?cs var:Form.longitudine ?>"<?cs if:Form.errors.posizione ?> aria-invalid="true" aria-describedby="errore-posizione"<?cs /if ?>></div>
</div>
<?cs call:field_error("posizione") ?>
<div class="form-check">
<input class="form-check-input" type="checkbox" id="usa-gps" name="usa_gps" value="1">
<label class="form-check-label" for="usa-gps">Se non indico le coordinate, usa la posizione GPS della prima foto</label>
</div>
</fieldset>
<fieldset class="mb-4">
<legend class="h6">Foto e documenti</legend>
<?cs call:attachments(Case.code, Attachments) ?>
<div class="form-group">
<label for="foto" class="active">Foto (JPEG, PNG o WebP, fino a 3, al massimo 10 MB ciascuna)</label>
<input type="file" class="form-control" id="foto" name="foto" accept="image/jpeg,image/png,image/webp" multiple<?cs if:Form.errors.foto ?> aria-invalid="true" aria-describedby="errore-foto"<?cs /if ?>>
<?cs call:field_error("foto") ?>
</div>
<div class="form-group">
<label for="documento" class="active">Documenti (PDF, fino a 3, al massimo 10 MB ciascuno)</label>
<input type="file" class="form-control" id="documento" name="documento" accept="application/pdf" multiple<?cs if:Form.errors.documento ?> aria-invalid="true" aria-describedby="errore-documento"<?cs /if ?>>
<?cs call:field_error("documento") ?>
</div>
</fieldset>
<button class="btn btn-outline-primary me-2" type="submit" name="azione" value="bozza">Salva bozza</button>
<button class="btn btn-primary" type="submit" name="azione" value="avanti">Avanti</button>
</form>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
