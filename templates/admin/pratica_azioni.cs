<?cs # I moduli d'azione della pagina di una pratica (admin/pratica.cs): action_form(name, primary) disegna quello di un'azione (il campo azione di ops_action.c); primary 1 per il prossimo passo (Primary.action, dalla tabella di case_next_action), 0 sotto "Altre azioni". ?>
<?cs def:action_button(primary, label) ?><button class="btn <?cs if:primary ?>btn-primary<?cs else ?>btn-outline-primary<?cs /if ?> mb-2" type="submit"><?cs var:label ?></button><?cs /def ?>
<?cs # Un'azione senza testo: un pulsante (e la spiegazione sotto "Altre azioni"). ?>
<?cs def:simple_action(name, primary, title, label) ?><?cs if:!primary ?><h3 class="h5"><?cs var:title ?></h3><?cs /if ?><?cs call:action_error(name) ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields(name) ?><?cs call:action_button(primary, label) ?></form><?cs /def ?>
<?cs def:form_assegna(primary) ?><h3 class="h5">Assegna</h3><?cs call:action_error("assegna") ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("assegna") ?>
<div class="select-wrapper mt-4 mb-2"><label for="operatore">Operatore dell'ufficio</label>
<select id="operatore" name="operatore"><option value="">Scegli un operatore</option>
<?cs each:o = Choices.Operators ?><option value="<?cs var:o.id ?>"<?cs if:o.id == Form.operatore ?> selected<?cs /if ?>><?cs var:o.display_name ?></option>
<?cs /each ?></select></div>
<?cs call:action_button(primary, "Assegna") ?>
</form><?cs /def ?>
<?cs def:form_rispondi(primary) ?><h3 class="h5">Rispondi al cittadino</h3><?cs call:action_error("rispondi") ?>
<form method="get" action="/admin/pratiche/<?cs var:Case.code ?>" class="mb-2">
<div class="select-wrapper mt-4 mb-2"><label for="modello">Modello di risposta</label>
<select id="modello" name="modello"><option value="">Nessuno</option>
<?cs each:t = Choices.Templates ?><option value="<?cs var:t.slug ?>"<?cs if:t.slug == Form.modello ?> selected<?cs /if ?>><?cs var:t.title ?></option>
<?cs /each ?></select></div>
<button class="btn btn-outline-primary btn-sm" type="submit">Usa il modello</button>
</form>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("rispondi") ?>
<div class="form-group mt-4"><label for="risposta" class="active">Risposta pubblica (la riceve anche per e-mail)</label>
<textarea class="form-control" id="risposta" name="risposta" rows="8" maxlength="4000" required><?cs var:Form.risposta ?></textarea></div>
<?cs call:action_button(primary, "Invia la risposta") ?>
</form><?cs /def ?>
<?cs # Un'azione con un testo obbligatorio (id e name = field). ?>
<?cs def:text_action(name, primary, title, intro, field, label, rows, button) ?><h3 class="h5"><?cs var:title ?></h3><?cs call:action_error(name) ?>
<?cs if:intro ?><p><?cs var:intro ?></p><?cs /if ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields(name) ?>
<div class="form-group mt-4"><label for="<?cs var:field ?>" class="active"><?cs var:label ?></label>
<textarea class="form-control" id="<?cs var:field ?>" name="<?cs var:field ?>" rows="<?cs var:rows ?>" maxlength="4000" required><?cs var:Form[field] ?></textarea></div>
<?cs call:action_button(primary, button) ?>
</form><?cs /def ?>
<?cs # Un'azione che sceglie una voce (select field tra le opzioni di list, valore key) e ne chiede il motivo (reason), che legge anche il cittadino: trasferire, cambiare categoria. ?>
<?cs def:choice_action(name, primary, title, field, label, prompt, list, key, reason, button) ?><h3 class="h5"><?cs var:title ?></h3><?cs call:action_error(name) ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields(name) ?>
<div class="select-wrapper mt-4 mb-2"><label for="<?cs var:field ?>"><?cs var:label ?></label>
<select id="<?cs var:field ?>" name="<?cs var:field ?>"><option value=""><?cs var:prompt ?></option>
<?cs call:options(list, key, Form[field]) ?></select></div>
<div class="form-group mt-4"><label for="<?cs var:reason ?>" class="active">Motivo (obbligatorio, lo legge anche il cittadino)</label>
<textarea class="form-control" id="<?cs var:reason ?>" name="<?cs var:reason ?>" rows="2" maxlength="4000" required><?cs var:Form[reason] ?></textarea></div>
<?cs call:action_button(primary, button) ?>
</form><?cs /def ?>
<?cs # Un esito tra quelli possibili (value, label). ?>
<?cs def:outcome(value, label) ?><div class="form-check"><input class="form-check-input" type="radio" name="esito" id="esito-<?cs var:value ?>" value="<?cs var:value ?>"<?cs if:Form.esito == value ?> checked<?cs /if ?> required<?cs if:Form.azione == "chiudi" && !Form.esito ?> aria-describedby="esito-errore"<?cs /if ?>><label class="form-check-label" for="esito-<?cs var:value ?>"><?cs var:label ?></label></div>
<?cs /def ?>
<?cs # Chiudere chiede l'esito nello stesso passo: gruppo obbligatorio con legenda, l'errore accanto se manca. ?>
<?cs def:form_chiudi(primary) ?><h3 class="h5">Chiudi la pratica</h3><?cs call:action_error("chiudi") ?>
<form method="post" action="/admin/pratiche/<?cs var:Case.code ?>/azione"><?cs call:action_fields("chiudi") ?>
<fieldset class="vm-outcome mb-3<?cs if:Form.azione == "chiudi" && !Form.esito ?> vm-outcome-missing<?cs /if ?>"><legend class="h6">Esito della pratica (obbligatorio)</legend>
<?cs if:Form.azione == "chiudi" && !Form.esito ?><p class="vm-field-error" id="esito-errore">Scegli l'esito: senza esito la pratica non si chiude.</p><?cs /if ?>
<?cs call:outcome("risolta", "Risolta") ?><?cs call:outcome("non_risolvibile", "Non risolvibile") ?><?cs call:outcome("non_competenza", "Non di competenza del Comune") ?><?cs call:outcome("respinta", "Respinta") ?>
</fieldset>
<div class="form-group mt-4"><label for="spiegazione" class="active">Spiegazione per il cittadino (obbligatoria)</label>
<textarea class="form-control" id="spiegazione" name="spiegazione" rows="4" maxlength="4000" required><?cs var:Form.spiegazione ?></textarea></div>
<?cs call:action_button(primary, "Chiudi la pratica") ?>
</form><?cs /def ?>
<?cs def:action_form(name, primary) ?><?cs if:name == "prendi" ?><?cs call:simple_action(name, primary, "Prendi in carico", "Prendi in carico") ?>
<?cs elif:name == "lavora" ?><?cs call:simple_action(name, primary, "Inizia la lavorazione", "Inizia la lavorazione") ?>
<?cs elif:name == "riprendi" ?><?cs call:simple_action(name, primary, "Riprendi la lavorazione", "Riprendi la lavorazione") ?>
<?cs elif:name == "assegna" ?><?cs call:form_assegna(primary) ?>
<?cs elif:name == "rispondi" ?><?cs call:form_rispondi(primary) ?>
<?cs elif:name == "chiedi" ?><?cs call:text_action(name, primary, "Chiedi informazioni", "La prima richiesta sospende il termine (una sola volta, al massimo 30 giorni): riprende appena il cittadino risponde.", "domanda", "Che cosa serve sapere", 4, "Chiedi al cittadino") ?>
<?cs elif:name == "nota" ?><?cs call:text_action(name, primary, "Nota interna", "", "nota", "Nota (non visibile al cittadino)", 3, "Aggiungi la nota") ?>
<?cs elif:name == "trasferisci" ?><?cs call:choice_action(name, primary, "Trasferisci a un altro ufficio", "ufficio", "Nuovo ufficio", "Scegli un ufficio", Choices.Offices, "id", "motivo", "Trasferisci") ?>
<?cs elif:name == "riclassifica" ?><?cs call:choice_action(name, primary, "Cambia categoria", "categoria", "Nuova categoria", "Scegli una categoria", Choices.Categories, "slug", "motivo_categoria", "Cambia categoria") ?>
<?cs elif:name == "chiudi" ?><?cs call:form_chiudi(primary) ?>
<?cs elif:name == "riapri" ?><?cs call:text_action(name, primary, "Riapri la pratica", "", "motivo_riapertura", "Motivo (obbligatorio, interno)", 2, "Riapri") ?>
<?cs /if ?><?cs /def ?>
