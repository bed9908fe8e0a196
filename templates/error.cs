<?cs include:"partials/head.cs" ?>
<div class="container vm-error">
<div class="row">
<div class="col-12 col-lg-8">
<p class="vm-error-code"><span class="visually-hidden">Errore </span><?cs var:Error.status ?></p>
<h1><?cs if:Error.title ?><?cs var:Error.title ?><?cs else ?>Si è verificato un problema<?cs /if ?></h1>
<p class="vm-lead"><?cs if:Error.message ?><?cs var:Error.message ?><?cs else ?>Non è stato possibile completare la richiesta. Riprova tra qualche minuto.<?cs /if ?></p>
<div class="vm-error-actions">
<a class="btn btn-primary" href="/">Torna alla home</a>
<a class="btn btn-outline-primary" href="/cerca">Cerca nel sito</a>
</div>
<p>Puoi anche consultare <a href="/servizi">l'elenco dei servizi</a> o <a href="/faq">le domande frequenti</a>.</p>
<?cs if:Error.request_id ?><p class="vm-request-id">Se contatti l'assistenza, indica questo codice. Codice richiesta: <code><?cs var:Error.request_id ?></code></p>
<?cs /if ?></div>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
