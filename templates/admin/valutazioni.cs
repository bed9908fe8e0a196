<?cs include:"partials/head.cs" ?>
<?cs call:page_head("Valutazioni delle pagine", "Quanto sono chiare le pagine del portale secondo chi le legge: le meno chiare per prime.") ?>
<div class="container mb-5">
<?cs if:Ratings.page ?>
<section class="mb-5" aria-labelledby="dettaglio">
<h2 id="dettaglio">Pagina <?cs var:Ratings.page ?></h2>
<p><a href="<?cs var:url_validate(Ratings.page) ?>">Apri la pagina sul portale</a></p>
<h3>Risposte alla domanda di approfondimento</h3>
<?cs if:subcount(Ratings.Answers) ?><ul><?cs each:a = Ratings.Answers ?><li><?cs var:a.answer ?>: <?cs var:a.count ?></li>
<?cs /each ?></ul><?cs else ?><p>Nessuna risposta.</p><?cs /if ?>
<h3>Commenti più recenti</h3>
<?cs if:subcount(Ratings.Comments) ?><ul class="vm-rating-comments"><?cs each:c = Ratings.Comments ?><li><strong><?cs var:c.when ?>, <?cs var:c.stars ?> su 5<?cs if:c.answer ?> (<?cs var:c.answer ?>)<?cs /if ?>:</strong> <?cs var:c.comment ?></li>
<?cs /each ?></ul><?cs else ?><p>Nessun commento.</p><?cs /if ?>
</section>
<?cs /if ?>
<?cs if:subcount(Ratings.Pages) ?><div class="table-responsive">
<table class="table">
<caption class="visually-hidden">Pagine valutate, dalla meno chiara</caption>
<thead><tr><th scope="col">Pagina</th><th scope="col">Valutazioni</th><th scope="col">Media (1-5)</th><th scope="col">Da 1 a 3 stelle</th></tr></thead>
<tbody>
<?cs each:p = Ratings.Pages ?><tr>
<td><a href="/admin/valutazioni?pagina=<?cs var:url_escape(p.page) ?>"><?cs var:p.page ?></a></td>
<td><?cs var:p.count ?></td><td><?cs var:p.mean ?></td><td><?cs var:p.low_pct ?>%</td>
</tr>
<?cs /each ?></tbody>
</table>
</div><?cs else ?><p>Nessuna pagina è ancora stata valutata.</p><?cs /if ?>
</div>
<?cs include:"partials/foot.cs" ?>
