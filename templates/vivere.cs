<?cs include:"partials/head.cs" ?><?cs include:"novita_macros.cs" ?>
<?cs call:page_head("Vivere il Comune", "Tutti gli eventi, le iniziative e i luoghi per vivere al meglio il territorio del Comune.") ?>
<div class="container">
<section class="vm-section" aria-labelledby="vivere-eventi">
<h2 id="vivere-eventi" class="mb-4">Eventi in evidenza</h2>
<?cs if:subcount(Live.Events) ?><?cs call:nv_event_cards(Live.Events) ?><?cs else ?><?cs call:nv_empty("Nessun evento in programma", "Al momento non ci sono eventi in programma: consulta il calendario dei prossimi mesi.") ?><?cs /if ?>
<p class="vm-nv-more"><a class="btn btn-outline-primary" href="/eventi" data-element="live-button-events">Tutti gli eventi</a></p>
</section>
<section class="vm-section" aria-labelledby="vivere-luoghi">
<h2 id="vivere-luoghi" class="mb-4">Luoghi in evidenza</h2>
<?cs if:subcount(Live.Places) ?><?cs call:nv_place_cards(Live.Places) ?><?cs /if ?>
<p class="vm-nv-more"><a class="btn btn-outline-primary" href="/luoghi" data-element="live-button-locations">Tutti i luoghi</a></p>
</section>
</div>
<?cs include:"partials/foot.cs" ?>
