<?cs include:"partials/head.cs" ?><?cs include:"novita_macros.cs" ?>
<?cs if:Events.view == "month" ?><?cs call:page_head(Page.Title, "Il calendario degli eventi del mese: scegli un giorno o scorri l'elenco.") ?>
<?cs else ?><?cs call:page_head("Eventi", "Gli eventi in programma: cultura, sport, feste e iniziative del territorio.") ?>
<?cs /if ?><div class="container">
<nav class="vm-nv-views" aria-label="Viste degli eventi">
<ul>
<li><a href="/eventi"<?cs if:Events.view == "list" ?> aria-current="page"<?cs /if ?>>In programma</a></li>
<li><a href="/eventi?mese=<?cs var:url_escape(Events.today_month) ?>"<?cs if:Events.view == "month" && Calendar.month == Events.today_month ?> aria-current="page"<?cs /if ?>>Calendario del mese</a></li>
</ul>
</nav>
<?cs if:Events.view == "month" ?><nav class="vm-nv-months" aria-label="Altri mesi">
<?cs if:Calendar.prev ?><a class="btn btn-outline-primary btn-sm" href="/eventi?mese=<?cs var:url_escape(Calendar.prev) ?>" rel="prev"><?cs call:icon("it-chevron-left", "icon-sm icon-primary") ?><span>Eventi di <?cs var:Calendar.prev_label ?></span></a><?cs /if ?>
<?cs if:Calendar.next ?><a class="btn btn-outline-primary btn-sm" href="/eventi?mese=<?cs var:url_escape(Calendar.next) ?>" rel="next"><span>Eventi di <?cs var:Calendar.next_label ?></span><?cs call:icon("it-chevron-right", "icon-sm icon-primary") ?></a><?cs /if ?>
</nav>
<div class="vm-nv-calendar-wrap d-none d-lg-block">
<table class="table vm-nv-calendar" data-element="calendar">
<caption>Calendario di <?cs var:Calendar.label ?></caption>
<thead><tr>
<th scope="col"><abbr title="lunedì">lun</abbr></th><th scope="col"><abbr title="martedì">mar</abbr></th><th scope="col"><abbr title="mercoledì">mer</abbr></th><th scope="col"><abbr title="giovedì">gio</abbr></th><th scope="col"><abbr title="venerdì">ven</abbr></th><th scope="col"><abbr title="sabato">sab</abbr></th><th scope="col"><abbr title="domenica">dom</abbr></th>
</tr></thead>
<tbody>
<?cs each:w = Calendar.Weeks ?><tr><?cs each:d = w.Days ?><?cs if:d.empty ?><td class="vm-nv-cal-empty"></td><?cs else ?><td class="<?cs if:d.today ?>vm-nv-cal-today<?cs /if ?>"<?cs if:d.today ?> aria-current="date"<?cs /if ?>><span class="vm-nv-cal-day"><span aria-hidden="true"><?cs var:d.day ?></span><span class="visually-hidden"><?cs var:d.label ?></span></span>
<?cs if:subcount(d.Events) ?><ul><?cs each:ev = d.Events ?><li><a href="/eventi/<?cs var:url_escape(ev.slug) ?>"><?cs if:ev.time ?><?cs var:ev.time ?> <?cs /if ?><?cs var:ev.title ?></a></li><?cs /each ?></ul><?cs /if ?></td><?cs /if ?><?cs /each ?></tr>
<?cs /each ?></tbody>
</table>
</div>
<?cs /if ?>
<section class="vm-section" aria-labelledby="elenco-eventi">
<h2 class="vm-results-count" id="elenco-eventi"><?cs if:Events.view == "month" ?>Eventi di <?cs var:Calendar.label ?>: <?cs /if ?><?cs if:Events.Total == 0 ?>nessun evento<?cs elif:Events.Total == 1 ?>1 evento<?cs else ?><?cs var:Events.Total ?> eventi<?cs /if ?><?cs if:Pager.pages > 1 ?><span class="vm-count"> (pagina <?cs var:Pager.page ?> di <?cs var:Pager.pages ?>)</span><?cs /if ?></h2>
<?cs if:subcount(Events.Items) ?><div id="eventi-lista"><?cs call:nv_event_cards(Events.Items) ?></div>
<?cs if:Events.view == "list" ?><div class="vm-nv-loadmore" id="eventi-altri"><?cs if:Pager.next_url ?><a class="btn btn-outline-primary" href="<?cs var:url_validate(Pager.next_url) ?>" data-element="load-other-cards">Carica altri eventi</a><?cs else ?><p class="vm-nv-end" data-element="load-other-cards">Non ci sono altri eventi in programma.</p><?cs /if ?></div>
<?cs /if ?><?cs elif:Events.view == "month" ?><?cs call:nv_empty("Nessun evento", "In questo mese non ci sono eventi in calendario.") ?>
<?cs else ?><?cs call:nv_empty("Nessun evento in programma", "Al momento non ci sono eventi in programma.") ?>
<?cs /if ?><?cs call:nv_pager("Paginazione degli eventi") ?>
</section>
</div>
<?cs if:Events.view == "list" ?><script src="<?cs var:Site.Asset.Script.eventi.js ?>" defer></script>
<?cs /if ?><?cs include:"partials/foot.cs" ?>
