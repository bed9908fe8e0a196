<?cs # Pezzi comuni alle pagine dei contenuti dell'area riservata (redattori). ?>
<?cs # L'esito dell'ultima operazione (Notice.text), se c'è. ?>
<?cs def:notice() ?><?cs if:Notice.text ?><div class="alert alert-success" role="status" id="esito"><?cs var:Notice.text ?></div>
<?cs /if ?><?cs /def ?>
<?cs # Attributi di un campo: testo d'aiuto ed errore collegati, campo non valido. ?>
<?cs # Un campo con un limite breve ha un contatore (static/js/redazione.js lo aggiorna); i testi Markdown un aiuto. ?>
<?cs def:field_attrs(f) ?><?cs if:f.required ?> required<?cs /if ?><?cs if:f.help || f.error || f.counter || f.kind == "markdown" ?> aria-describedby="<?cs if:f.help ?>aiuto-<?cs var:f.name ?> <?cs /if ?><?cs if:f.kind == "markdown" ?>aiuto-md-<?cs var:f.name ?> <?cs /if ?><?cs if:f.counter ?>conta-<?cs var:f.name ?> <?cs /if ?><?cs if:f.error ?>errore-<?cs var:f.name ?><?cs /if ?>"<?cs /if ?><?cs if:f.error ?> aria-invalid="true"<?cs /if ?><?cs /def ?>
<?cs def:field_notes(f) ?><?cs if:f.help ?><small class="form-text d-block" id="aiuto-<?cs var:f.name ?>"><?cs var:f.help ?></small><?cs /if ?><?cs if:f.counter ?><small class="form-text d-block vm-counter" id="conta-<?cs var:f.name ?>" data-max="<?cs var:f.max ?>">Al massimo <?cs var:f.max ?> caratteri.</small><?cs /if ?><?cs if:f.error ?><div class="invalid-feedback d-block" id="errore-<?cs var:f.name ?>"><?cs var:f.error ?></div><?cs /if ?><?cs /def ?>
<?cs def:field_label(f) ?><?cs var:f.label ?><?cs if:f.required ?> (obbligatorio)<?cs /if ?><?cs /def ?>
<?cs # Un campo del modulo, secondo il suo tipo (Form.Groups.G.Fields.N). ?>
<?cs def:field(f) ?><?cs if:f.kind == "bool" ?><div class="form-check mb-3">
<input class="form-check-input" type="checkbox" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" value="1"<?cs if:f.value == "1" ?> checked<?cs /if ?>>
<label class="form-check-label" for="f-<?cs var:f.name ?>"><?cs var:f.label ?></label>
</div>
<?cs elif:f.kind == "multi" ?><fieldset class="mb-4" id="f-<?cs var:f.name ?>"<?cs if:f.error ?> aria-describedby="errore-<?cs var:f.name ?>"<?cs /if ?>>
<legend class="h6"><?cs var:f.label ?><?cs if:f.required ?> (almeno uno)<?cs /if ?></legend>
<?cs each:o = f.Options ?><div class="form-check form-check-inline">
<input class="form-check-input" type="checkbox" id="f-<?cs var:f.name ?>-<?cs var:o.value ?>" name="<?cs var:f.name ?>" value="<?cs var:o.value ?>"<?cs if:o.selected ?> checked<?cs /if ?>>
<label class="form-check-label" for="f-<?cs var:f.name ?>-<?cs var:o.value ?>"><?cs var:o.label ?></label>
</div>
<?cs /each ?><?cs call:field_notes(f) ?>
</fieldset>
<?cs elif:f.kind == "choice" || f.kind == "ref" ?><div class="select-wrapper mb-5">
<label for="f-<?cs var:f.name ?>"><?cs call:field_label(f) ?></label>
<select id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>"<?cs call:field_attrs(f) ?>>
<?cs if:f.kind == "ref" ?><option value="">Scegli</option>
<?cs /if ?><?cs each:o = f.Options ?><option value="<?cs var:o.value ?>"<?cs if:o.selected ?> selected<?cs /if ?>><?cs var:o.label ?></option>
<?cs /each ?></select>
<?cs call:field_notes(f) ?>
</div>
<?cs elif:f.kind == "markdown" ?><div class="form-group mb-5 vm-md">
<label for="f-<?cs var:f.name ?>" class="active"><?cs call:field_label(f) ?></label>
<div class="row"><div class="col-12 col-xl-6">
<textarea class="form-control" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" rows="8"<?cs if:f.max ?> maxlength="<?cs var:f.max ?>"<?cs /if ?><?cs call:field_attrs(f) ?>><?cs var:f.value ?></textarea>
<small class="form-text d-block" id="aiuto-md-<?cs var:f.name ?>">Riga vuota tra i paragrafi, «- » all'inizio della riga per un elenco, <code>**grassetto**</code>, <code>*corsivo*</code>, <code>[testo](https://indirizzo)</code>. L'HTML è mostrato come testo.</small>
<?cs call:field_notes(f) ?>
</div>
<div class="col-12 col-xl-6"><div class="vm-md-preview" role="region" tabindex="0" aria-label="Anteprima di <?cs var:f.label ?>">
<p class="vm-md-preview-title" aria-hidden="true">Anteprima</p>
<div class="vm-longtext" id="anteprima-<?cs var:f.name ?>"><?cs if:Form.preview ?><?cs if:f.value ?><?cs var:markdown(f.value) ?><?cs else ?><p>Il campo è vuoto.</p><?cs /if ?><?cs else ?><p>Premi «Anteprima testo» per vedere il testo come apparirà sul portale.</p><?cs /if ?></div>
</div></div>
</div>
</div>
<?cs elif:f.kind == "lines" ?><div class="form-group mb-5">
<label for="f-<?cs var:f.name ?>" class="active"><?cs call:field_label(f) ?></label>
<textarea class="form-control" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" rows="4"<?cs if:f.max ?> maxlength="<?cs var:f.max ?>"<?cs /if ?><?cs call:field_attrs(f) ?>><?cs var:f.value ?></textarea>
<?cs call:field_notes(f) ?>
</div>
<?cs else ?><div class="form-group mb-5">
<label for="f-<?cs var:f.name ?>" class="active"><?cs call:field_label(f) ?></label>
<input type="<?cs if:f.kind == "url" ?>url<?cs elif:f.kind == "email" ?>email<?cs elif:f.kind == "int" ?>number<?cs else ?>text<?cs /if ?>" class="form-control" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" value="<?cs var:f.value ?>"<?cs if:f.max ?> maxlength="<?cs var:f.max ?>"<?cs /if ?><?cs call:field_attrs(f) ?>>
<?cs call:field_notes(f) ?>
</div>
<?cs /if ?><?cs /def ?>
<?cs # Tutti i campi del modulo, un fieldset per gruppo (Form.Groups). ?>
<?cs def:form_fields() ?><?cs each:g = Form.Groups ?><fieldset class="mb-5 vm-form-section" id="sezione-<?cs var:name(g) ?>">
<?cs if:g.legend ?><legend class="h4 mb-5"><?cs var:g.legend ?></legend>
<?cs /if ?><?cs each:f = g.Fields ?><?cs call:field(f) ?><?cs /each ?></fieldset>
<?cs /each ?><?cs /def ?>
<?cs # L'indice delle sezioni del modulo (con più di una sezione), a lato su schermi larghi. ?>
<?cs def:form_index() ?><?cs if:subcount(Form.Groups) > 1 ?><nav class="vm-form-index mb-4" aria-labelledby="indice-modulo">
<p class="vm-form-index-title" id="indice-modulo">Sezioni del modulo</p>
<ul class="list-unstyled"><?cs each:g = Form.Groups ?><li><a href="#sezione-<?cs var:name(g) ?>"><?cs if:g.legend ?><?cs var:g.legend ?><?cs else ?>Dati principali<?cs /if ?></a></li>
<?cs /each ?></ul>
</nav>
<?cs /if ?><?cs /def ?>
<?cs # «Anteprima testo» nella barra dei pulsanti (sempre visibile, admin.css): rende i testi Markdown senza salvare. ?>
<?cs def:preview_button() ?><?cs if:Form.markdown ?><button class="btn btn-outline-secondary me-2 mb-2" type="submit" name="azione" value="anteprima">Anteprima testo</button>
<?cs /if ?><?cs /def ?>
<?cs # I moduli sotto il modulo di un contenuto (file PDF, ruoli), rifiutati: il messaggio Sub.errors.NOME accanto al campo di id PREFISSO + NOME, che lo annuncia (aria-describedby, dopo l'aiuto HELP se c'è) e si dice non valido. ?>
<?cs def:sub_class(name) ?><?cs if:Sub.errors[name] ?> is-invalid<?cs /if ?><?cs /def ?>
<?cs def:sub_attrs(prefix, name, help) ?><?cs if:help || Sub.errors[name] ?> aria-describedby="<?cs var:help ?><?cs if:help && Sub.errors[name] ?> <?cs /if ?><?cs if:Sub.errors[name] ?><?cs var:prefix ?><?cs var:name ?>-errore<?cs /if ?>"<?cs /if ?><?cs if:Sub.errors[name] ?> aria-invalid="true"<?cs /if ?><?cs /def ?>
<?cs def:sub_error(prefix, name) ?><?cs if:Sub.errors[name] ?><div class="invalid-feedback d-block" id="<?cs var:prefix ?><?cs var:name ?>-errore"><?cs var:Sub.errors[name] ?></div>
<?cs /if ?><?cs /def ?>
