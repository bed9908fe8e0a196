<?cs # La valutazione della chiarezza (Modello Comuni, C.SI.2.5 e 2.6), in fondo a ogni pagina del portale.
Senza JavaScript si inviano le stelle e la domanda di approfondimento arriva in una pagina sua; con JavaScript
(static/js/rating.js) compare qui sotto secondo il voto (1-3: difficoltà, 4-5: aspetti preferiti). ?>
<?cs def:rating_answers(list, side) ?><?cs set:k = #0 ?><?cs each:a = list ?><div class="form-check">
<input class="form-check-input" type="radio" name="risposta" id="valutazione-<?cs var:side ?>-<?cs var:k ?>" value="<?cs var:a ?>">
<label class="form-check-label" for="valutazione-<?cs var:side ?>-<?cs var:k ?>" data-element="feedback-rating-answer"><?cs var:a ?></label>
</div><?cs set:k = #k + #1 ?><?cs /each ?><?cs /def ?>
<?cs def:rating_followup(positive) ?><?cs if:positive ?><fieldset class="vm-rating-followup" data-element="feedback-rating-positive"<?cs if:!Rating.step ?> hidden<?cs /if ?>>
<legend data-element="feedback-rating-question"><?cs var:Site.Rating.PositiveQuestion ?></legend>
<?cs call:rating_answers(Site.Rating.Positive, "pos") ?>
</fieldset><?cs else ?><fieldset class="vm-rating-followup" data-element="feedback-rating-negative"<?cs if:!Rating.step ?> hidden<?cs /if ?>>
<legend data-element="feedback-rating-question"><?cs var:Site.Rating.NegativeQuestion ?></legend>
<?cs call:rating_answers(Site.Rating.Negative, "neg") ?>
</fieldset><?cs /if ?><?cs /def ?>
<?cs def:rating_comment() ?><div class="form-group vm-rating-comment">
<label for="valutazione-commento">Vuoi aggiungere altri dettagli? (facoltativo, al massimo 200 caratteri)</label>
<input class="form-control" type="text" id="valutazione-commento" name="commento" maxlength="200" data-element="feedback-input-text">
<small class="form-text">Non scrivere dati personali.</small>
</div><?cs /def ?>
<?cs def:rating_component() ?><div class="vm-rating-wrap">
<div class="container">
<section class="vm-rating" data-element="feedback" aria-labelledby="valutazione-titolo">
<h2 class="h4" id="valutazione-titolo" data-element="feedback-title"><?cs var:Site.Rating.Question ?></h2>
<form class="vm-rating-form" method="post" action="/valutazione">
<input type="hidden" name="pagina" value="<?cs var:Page.Canonical ?>">
<input type="hidden" name="seguito" value="0">
<fieldset class="rating vm-rating-stars">
<legend class="visually-hidden">Valuta da 1 a 5 stelle la chiarezza delle informazioni</legend>
<?cs loop:i = 5, 1, -1 ?><input type="radio" id="valutazione-voto-<?cs var:i ?>" name="voto" value="<?cs var:i ?>" data-element="feedback-rate-<?cs var:i ?>">
<label class="full" for="valutazione-voto-<?cs var:i ?>"><?cs call:icon("it-star-full", "icon-sm") ?><span class="visually-hidden">Valuta <?cs var:i ?> stell<?cs if:i == 1 ?>a<?cs else ?>e<?cs /if ?> su 5</span></label>
<?cs /loop ?></fieldset>
<div class="vm-rating-more" hidden>
<?cs call:rating_followup(0) ?>
<?cs call:rating_followup(1) ?>
<?cs call:rating_comment() ?>
</div>
<button class="btn btn-primary btn-sm" type="submit">Invia la valutazione</button>
<p class="vm-rating-thanks" role="status" hidden>Grazie per il tuo contributo!</p>
</form>
</section>
</div>
<script src="<?cs var:Site.Asset.Script.rating.js ?>" defer></script>
</div><?cs /def ?>
