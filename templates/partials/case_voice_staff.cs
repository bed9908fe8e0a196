<?cs # Il parere del cittadino su ogni chiusura della pratica (Voice.N: closed_on, resolved 1/0/-1, reason, rating 0-5, comment), in sola lettura per l'operatore. ?>
<?cs if:subcount(Voice) ?><section aria-labelledby="parere-cittadino" class="mt-4" data-testid="case-voice-staff">
<h2 id="parere-cittadino" class="h4">Il parere del cittadino</h2>
<ul>
<?cs each:v = Voice ?><li>Chiusura del <?cs var:v.closed_on ?>: <?cs if:v.resolved == 1 ?>risolto<?cs elif:v.resolved == 0 ?>non risolto<?cs if:v.reason ?> (<?cs var:v.reason ?>)<?cs /if ?><?cs else ?>nessuna risposta<?cs /if ?><?cs if:v.rating > 0 ?>; voto <?cs var:v.rating ?> su 5<?cs if:v.comment ?>: «<?cs var:v.comment ?>»<?cs /if ?><?cs else ?>; nessun voto<?cs /if ?></li>
<?cs /each ?></ul>
</section><?cs /if ?>
