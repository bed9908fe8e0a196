<?cs include:"partials/head.cs" ?>
<?cs if:Rating.step == "seguito" ?>
<?cs call:page_head("Valuta questa pagina", "Hai dato " + Rating.stars + " stelle su 5 alla chiarezza della pagina. Puoi dirci qualcosa di più, oppure inviare così.") ?>
<div class="container mb-5">
<form class="vm-rating-form" method="post" action="/valutazione" data-element="feedback">
<input type="hidden" name="pagina" value="<?cs var:Rating.page ?>">
<input type="hidden" name="voto" value="<?cs var:Rating.stars ?>">
<input type="hidden" name="seguito" value="1">
<?cs call:rating_followup(Rating.positive) ?>
<?cs call:rating_comment() ?>
<button class="btn btn-primary" type="submit">Invia la valutazione</button>
<a class="btn btn-outline-primary ms-2" href="<?cs var:url_validate(Rating.page) ?>">Torna alla pagina</a>
</form>
</div>
<?cs else ?>
<?cs if:Rating.step == "troppe" ?>
<?cs call:page_head("Valutazione non registrata", "Da questa connessione sono arrivate molte valutazioni nell'ultima ora: riprova più tardi.") ?>
<?cs else ?>
<?cs call:page_head("Grazie per il tuo contributo!", "La tua valutazione ci aiuta a rendere più chiare le pagine del sito.") ?>
<?cs /if ?>
<div class="container mb-5"><a class="btn btn-primary" href="<?cs var:url_validate(Rating.page) ?>">Torna alla pagina</a></div>
<?cs /if ?>
<?cs include:"partials/foot.cs" ?>
