<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs call:page_head(Page.Title, "Prima di iniziare leggi come trattiamo i tuoi dati.") ?>
<div class="container mb-5">
<?cs call:case_steps(0) ?>
<div class="row"><div class="col-12 col-lg-8">
<section aria-labelledby="privacy">
<h2 id="privacy" class="h4">Informativa sul trattamento dei dati personali</h2>
<p>Il <?cs var:Site.Name ?> tratta i dati che inserisci (nome, codice fiscale, contatti, descrizione, luogo, foto e documenti) solo per gestire la tua pratica, ai sensi del Regolamento (UE) 2016/679. I dati sono visibili agli uffici competenti e conservati per il tempo previsto dalle norme sugli archivi pubblici.</p>
<p>Dalle foto eliminiamo i dati nascosti (come la posizione GPS e il modello del telefono) prima di salvarle. Puoi leggere l'<a href="/privacy">informativa completa</a>.</p>
</section>
<form method="post" action="/segnalazioni/nuova" class="mt-4">
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<input type="hidden" name="tipo" value="<?cs var:New.type ?>">
<input type="hidden" name="servizio" value="<?cs var:New.service ?>">
<input type="hidden" name="idem" value="<?cs var:New.idem ?>">
<div class="form-check">
<input class="form-check-input" type="checkbox" id="privacy-ok" name="privacy" value="1" required>
<label class="form-check-label" for="privacy-ok">Ho letto e compreso l'informativa sulla privacy</label>
</div>
<button class="btn btn-primary mt-3" type="submit">Avanti</button>
</form>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
