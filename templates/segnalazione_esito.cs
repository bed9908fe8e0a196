<?cs include:"partials/head.cs" ?>
<?cs include:"partials/case_voice.cs" ?>
<?cs if:Voice.reopened ?>
<?cs call:page_head("Pratica riaperta", "La pratica «" + Voice.title + "» torna all'ufficio che l'ha gestita, con la tua spiegazione. Riceverai un'e-mail a ogni novità.") ?>
<?cs else ?>
<?cs call:page_head("Esito della pratica", "Pratica «" + Voice.title + "», codice " + Voice.code_display + ": chiusa da " + Voice.office_name + " il " + Voice.closed + ".") ?>
<div class="container mb-5">
<?cs if:Voice.done ?><div class="alert alert-success" role="status">Grazie: la tua risposta è stata registrata.</div><?cs /if ?>
<h2 class="h4">Esito</h2>
<p><?cs var:Voice.outcome ?></p>
<?cs call:voice_forms(Booking.csrf) ?>
</div>
<?cs /if ?>
<?cs include:"partials/foot.cs" ?>
