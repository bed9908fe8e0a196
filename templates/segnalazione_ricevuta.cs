<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_macros.cs" ?>
<?cs call:page_head("Pratica inviata", "") ?>
<div class="container mb-5">
<?cs call:case_steps(3) ?>
<div class="row"><div class="col-12 col-lg-8">
<div class="callout success"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-check-circle", "") ?><span>Abbiamo ricevuto la tua pratica</span></div>
<p>Ti abbiamo inviato un'e-mail di conferma con il codice della pratica. Conserva questa ricevuta.</p>
</div></div>
<dl class="vm-summary vm-receipt">
<dt>Codice pratica</dt><dd class="vm-case-code"><?cs var:Case.code_display ?></dd>
<dt>Numero di protocollo</dt><dd class="vm-protocol"><?cs var:Case.protocol ?></dd>
<dt>Data</dt><dd><?cs var:Case.submitted ?></dd>
<dt>Tipo</dt><dd><?cs var:Case.type_label ?>: <?cs var:Case.category_name ?></dd>
<dt>Titolo</dt><dd><?cs var:Case.title ?></dd>
<dt>Ufficio competente</dt><dd class="vm-office"><?cs var:Case.office_name ?></dd>
<dt>Risposta prevista entro il</dt><dd class="vm-due"><?cs var:Case.due ?></dd>
</dl>
<p class="vm-no-print">Per stampare la ricevuta usa il comando di stampa del browser.</p>
<p class="vm-no-print"><a class="btn btn-primary" href="/segnalazioni/<?cs var:Case.code ?>">Segui la pratica</a>
<a class="btn btn-outline-primary ms-2" href="/area-personale">Area personale</a></p>
</div></div>
</div>
<?cs include:"partials/foot.cs" ?>
