<?cs # La voce del cittadino alla chiusura (cgi-bin/cases/esito.c): "risolto" / "non risolto" e il voto da
1 a 5 stelle, una volta per chiusura; sulla pagina della pratica e sulla pagina del collegamento dell'e-mail.
Le stelle sono radio veri (stile bootstrap-italia .rating, che fluttua: il clearfix lo chiude), usabili da
tastiera e senza JavaScript. ?>
<?cs def:voice_forms(csrf) ?><section aria-labelledby="esito" class="mt-4 vm-voice">
<h2 id="esito" class="h4">Il problema è stato risolto?</h2>
<?cs if:Voice.answered == #1 ?><p class="vm-voice-answer">Hai confermato che il problema è stato risolto. Grazie.</p>
<?cs elif:!Voice.in_window ?><p class="vm-voice-answer">Sono passati più di <?cs var:Voice.window_days ?> giorni dalla chiusura (<?cs var:Voice.closed ?>): la pratica non può più essere riaperta. Se il problema persiste puoi presentare una <a href="/segnalazioni/nuova">nuova segnalazione</a>.</p>
<form method="post" action="<?cs var:Voice.action ?>" class="mb-3">
<input type="hidden" name="csrf" value="<?cs var:csrf ?>"><input type="hidden" name="azione" value="esito">
<button class="btn btn-outline-primary" type="submit" name="risposta" value="risolto">Sì, è risolto</button>
</form>
<?cs else ?><p>L'ufficio <?cs var:Voice.office_name ?> ha chiuso la pratica il <?cs var:Voice.closed ?>. Se il problema non è risolto, entro <?cs var:Voice.window_days ?> giorni dalla chiusura puoi riaprirla: torna allo stesso ufficio con la tua spiegazione.</p>
<form method="post" action="<?cs var:Voice.action ?>" class="mb-3">
<input type="hidden" name="csrf" value="<?cs var:csrf ?>"><input type="hidden" name="azione" value="esito">
<button class="btn btn-primary" type="submit" name="risposta" value="risolto">Sì, è risolto</button>
</form>
<form method="post" action="<?cs var:Voice.action ?>" class="mb-3">
<input type="hidden" name="csrf" value="<?cs var:csrf ?>"><input type="hidden" name="azione" value="esito">
<input type="hidden" name="risposta" value="non-risolto">
<div class="form-group"><label for="esito-motivo" class="active">Che cosa non è risolto? (obbligatorio, al massimo 2000 caratteri)</label>
<textarea class="form-control" id="esito-motivo" name="motivo" rows="3" maxlength="2000" required></textarea></div>
<button class="btn btn-outline-danger" type="submit">No, non è risolto: riapri la pratica</button>
</form><?cs /if ?>
<h2 id="voto" class="h4 mt-4">Come valuti la gestione della pratica?</h2>
<?cs if:Voice.rated ?><p class="vm-voice-rated">Hai dato <?cs var:Voice.rated ?> stell<?cs if:Voice.rated == #1 ?>a<?cs else ?>e<?cs /if ?> su 5. Grazie per la tua valutazione.</p>
<?cs else ?><form method="post" action="<?cs var:Voice.action ?>">
<input type="hidden" name="csrf" value="<?cs var:csrf ?>"><input type="hidden" name="azione" value="valuta">
<div class="clearfix mb-3"><fieldset class="rating vm-voice-stars">
<legend>Voto da 1 a 5 stelle (obbligatorio)</legend>
<?cs loop:i = 5, 1, -1 ?><input type="radio" id="esito-voto-<?cs var:i ?>" name="voto" value="<?cs var:i ?>" required>
<label class="full" for="esito-voto-<?cs var:i ?>"><?cs call:icon("it-star-full", "icon-sm") ?><span class="visually-hidden"><?cs var:i ?> stell<?cs if:i == 1 ?>a<?cs else ?>e<?cs /if ?> su 5</span></label>
<?cs /loop ?></fieldset></div>
<div class="form-group"><label for="esito-commento" class="active">Commento (facoltativo, al massimo 500 caratteri)</label>
<textarea class="form-control" id="esito-commento" name="commento" rows="2" maxlength="500"></textarea></div>
<button class="btn btn-primary" type="submit">Invia la valutazione</button>
</form><?cs /if ?>
</section><?cs /def ?>
