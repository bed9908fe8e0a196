<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs # Le segnalazioni senza SPID/CIE (cgi-bin/cases/ospite.c), un passo per Guest.step. ?>
<?cs if:Guest.step == "modulo" ?>
<?cs call:page_head("Segnala un problema senza SPID", "Se non hai SPID o CIE puoi segnalare un problema con il tuo nome e un indirizzo e-mail: la segnalazione parte quando confermi il link che ti mandiamo.") ?>
<div class="container mb-5"><div class="row"><div class="col-12 col-lg-8">
<?cs if:Form.error ?><div class="alert alert-danger" role="alert" id="errori" tabindex="-1"><?cs var:Form.error ?></div><?cs /if ?>
<p>Hai SPID o CIE? <a href="/segnalazioni/nuova">Accedi e segnala</a>: ritroverai la pratica nella tua area personale.</p>
<form method="post" action="/segnalazioni/ospite" class="vm-case-form">
<input type="hidden" name="csrf" value="<?cs var:Booking.csrf ?>">
<input type="hidden" name="aperto" value="<?cs var:Guest.opened ?>">
<div class="vm-trap" aria-hidden="true"><label for="sito">Non compilare questo campo</label><input type="text" id="sito" name="sito" tabindex="-1" autocomplete="off"></div>
<div class="form-group mb-4"><label for="nome" class="active">Nome e cognome (obbligatorio)</label>
<input type="text" class="form-control" id="nome" name="nome" maxlength="160" required autocomplete="name" value="<?cs var:Form.nome ?>"></div>
<div class="form-group mb-4"><label for="email" class="active">E-mail (obbligatoria: ti mandiamo il link di conferma)</label>
<input type="email" class="form-control" id="email" name="email" maxlength="254" required autocomplete="email" value="<?cs var:Form.email ?>"></div>
<div class="select-wrapper mb-4"><label for="categoria">Categoria (obbligatoria)</label>
<select id="categoria" name="categoria" required><option value="">Scegli una categoria</option>
<?cs each:c = Categories ?><option value="<?cs var:c.slug ?>"<?cs if:c.slug == Form.categoria ?> selected<?cs /if ?>><?cs var:c.name ?></option>
<?cs /each ?></select></div>
<div class="select-wrapper mb-4"><label for="zona">Zona (facoltativa)</label>
<select id="zona" name="zona"><option value="">Nessuna</option>
<?cs each:z = Areas ?><option value="<?cs var:z.slug ?>"<?cs if:z.slug == Form.zona ?> selected<?cs /if ?>><?cs var:z.name ?></option>
<?cs /each ?></select></div>
<div class="form-group mb-4"><label for="titolo" class="active">Titolo (obbligatorio, da 5 a 120 caratteri)</label>
<input type="text" class="form-control" id="titolo" name="titolo" maxlength="120" required value="<?cs var:Form.titolo ?>"></div>
<div class="form-group mb-4"><label for="descrizione" class="active">Descrizione (obbligatoria, da 10 a 4000 caratteri)</label>
<textarea class="form-control" id="descrizione" name="descrizione" rows="5" maxlength="4000" required><?cs var:Form.descrizione ?></textarea></div>
<div class="form-group mb-4"><label for="indirizzo" class="active">Luogo (obbligatorio: via e numero civico o un riferimento)</label>
<input type="text" class="form-control" id="indirizzo" name="indirizzo" maxlength="200" required value="<?cs var:Form.indirizzo ?>"></div>
<div class="form-check mb-4"><input type="checkbox" id="privacy" name="privacy" value="1" required>
<label for="privacy">Ho letto l'<a href="/privacy">informativa sulla privacy</a> (obbligatorio)</label></div>
<button class="btn btn-primary" type="submit">Invia e ricevi il link di conferma</button>
</form>
</div></div></div>
<?cs elif:Guest.step == "inviata" ?>
<?cs call:page_head("Controlla la tua e-mail", "Abbiamo mandato a " + Guest.email + " un link per confermare la segnalazione. Aprilo entro 24 ore: senza conferma la segnalazione non viene inviata.") ?>
<?cs elif:Guest.step == "troppe" ?>
<?cs call:page_head("Troppe segnalazioni", "Da questa connessione o per questo indirizzo e-mail sono arrivate molte segnalazioni nell'ultima ora: riprova più tardi o accedi con SPID o CIE.") ?>
<?cs elif:Guest.step == "conferma" ?>
<?cs call:page_head("Conferma la segnalazione", "Conferma per inviare la segnalazione all'ufficio competente.") ?>
<div class="container mb-5"><form method="post" action="<?cs var:Guest.action ?>">
<input type="hidden" name="csrf" value="<?cs var:Booking.csrf ?>">
<button class="btn btn-primary" type="submit">Conferma e invia la segnalazione</button>
</form></div>
<?cs elif:Guest.step == "traccia" ?>
<?cs call:page_head(Case.title, "Segnalazione inviata senza SPID: questa pagina è solo tua, non condividerne il link.") ?>
<div class="container mb-5"><div class="row"><div class="col-12 col-lg-8">
<dl class="vm-summary">
<?cs call:case_status_rows() ?>
</dl>
<?cs include:"partials/case_clock.cs" ?>
<?cs call:case_timeline(0) ?>
<p>Hai SPID o CIE? Dalla tua <a href="/area-personale#ospite">area personale</a> puoi aggiungerla alle tue pratiche.</p>
</div></div></div>
<?cs elif:Guest.step == "collega-inviata" ?>
<?cs call:page_head("Controlla la tua e-mail", "Se ci sono segnalazioni inviate senza SPID con l'indirizzo " + Guest.email + ", ti abbiamo mandato lì un link per aggiungerle alla tua area personale. Aprilo entro 24 ore.") ?>
<?cs elif:Guest.step == "collega" ?>
<?cs call:page_head("Collega le segnalazioni", "Le segnalazioni confermate con l'indirizzo " + Guest.email + " entreranno nella tua area personale.") ?>
<div class="container mb-5"><form method="post" action="<?cs var:Guest.action ?>">
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<button class="btn btn-primary" type="submit">Sì, sono mie: aggiungile</button>
</form></div>
<?cs /if ?>
<?cs include:"partials/foot.cs" ?>
