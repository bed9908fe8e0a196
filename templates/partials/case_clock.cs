<?cs # case_clock.cs - the legal clock of a case (Clock.*, vocab/case_clock_view.c), the same for
     the citizen and the operator; Clock.form (the citizen's page only) offers the request to the
     substitute official once the term has passed. ?><?cs if:Clock.started ?>
<section aria-labelledby="termine" class="mt-4 vm-clock">
<h2 id="termine" class="h4"><?cs if:Clock.term_runs ?>Termine di legge<?cs else ?>Tempi di risposta<?cs /if ?></h2>
<dl class="vm-summary">
<dt>Decorre dal</dt><dd><?cs var:Clock.started ?> (<?cs var:Clock.term_days ?> giorni<?cs if:Clock.term_runs ?>, art. 2 della legge 241/1990<?cs else ?>, tempo indicativo del servizio<?cs /if ?>)</dd>
<dt>Scadenza</dt><dd class="vm-clock-due"><?cs var:Clock.due ?></dd>
<dt>Stato del termine</dt><dd class="vm-clock-state"><?cs if:Clock.suspended ?>Sospeso in attesa delle informazioni richieste: risposta entro il <?cs var:Clock.answer_by ?> (una sola volta, al massimo 30 giorni)<?cs elif:Clock.overdue ?>Scaduto da <?cs var:#0 - Clock.days_left ?> giorni<?cs elif:Clock.running && Clock.days_left == 0 ?>Scade oggi<?cs elif:Clock.running ?>In corso: mancano <?cs var:Clock.days_left ?> giorni<?cs else ?>Fermo: la pratica è conclusa<?cs /if ?></dd>
<?cs if:Clock.suspended_days ?><dt>Giorni di sospensione</dt><dd><?cs var:Clock.suspended_days ?></dd><?cs /if ?>
<?cs if:Clock.substitute ?><dt>Potere sostitutivo</dt><dd>Intervento richiesto il <?cs var:Clock.substitute ?></dd><?cs /if ?>
</dl>
<?cs if:Clock.form && Clock.can_substitute ?><p>Il termine è scaduto: puoi chiedere l'intervento del titolare del potere sostitutivo (<?cs var:Clock.official ?>, art. 2 comma 9-bis della legge 241/1990), che concluderà la pratica entro la metà del termine originario.</p>
<form method="post" action="<?cs var:Clock.form ?>">
<input type="hidden" name="csrf" value="<?cs var:Session.csrf ?>">
<button class="btn btn-outline-primary" type="submit">Chiedi l'intervento del potere sostitutivo</button>
</form><?cs /if ?>
</section><?cs /if ?>
