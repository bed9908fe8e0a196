<?cs include:"partials/head.cs" ?>
<?cs include:"admin/sportello_macros.cs" ?>
<?cs call:page_head(Page.Title, Desk.day_words) ?>
<div class="container mb-5">
<nav aria-label="Giorni" class="mb-3 vm-desk-nav">
<a href="/admin/sportello/<?cs var:Desk.office_slug ?>?giorno=<?cs var:Desk.prev ?>" rel="prev">Giorno precedente</a> ·
<a href="/admin/sportello/<?cs var:Desk.office_slug ?>">Oggi</a> ·
<a href="/admin/sportello/<?cs var:Desk.office_slug ?>?giorno=<?cs var:Desk.next ?>" rel="next">Giorno successivo</a> ·
<a href="/admin/sportello/<?cs var:Desk.office_slug ?>?giorno=<?cs var:Desk.day ?>&amp;stampa=1">Versione da stampare</a><?cs if:Can.act == "1" ?> ·
<a href="/admin/sportello/<?cs var:Desk.office_slug ?>/impostazioni">Impostazioni dell'ufficio</a><?cs /if ?>
</nav>
<form method="get" action="/admin/sportello/<?cs var:Desk.office_slug ?>" class="mb-4 vm-desk-day">
<div class="form-group"><label for="giorno" class="active">Giorno</label>
<input type="date" class="form-control" id="giorno" name="giorno" value="<?cs var:Desk.day ?>"></div>
<button class="btn btn-primary btn-sm" type="submit">Mostra</button>
</form>
<?cs if:Desk.closed ?><div class="alert alert-info" role="status">Ufficio chiuso: <?cs var:Desk.closed ?>.</div><?cs /if ?>
<p id="desk-count"><?cs var:Desk.count ?> <?cs if:Desk.count == "1" ?>appuntamento<?cs else ?>appuntamenti<?cs /if ?> su <?cs var:Desk.desks ?> <?cs if:Desk.desks == "1" ?>sportello<?cs else ?>sportelli<?cs /if ?>.</p>
<?cs each:d = Desks ?><h2 class="h4 mt-4">Sportello <?cs var:d.number ?></h2>
<?cs call:desk_table(d, Can.act == "1") ?>
<?cs /each ?>
<?cs if:Can.act == "1" && Desk.today == "1" ?><h2 class="h4 mt-5">Accesso allo sportello senza prenotazione</h2>
<?cs if:subcount(Free) ?><form method="post" action="/admin/sportello/<?cs var:Desk.office_slug ?>/accesso" class="vm-walkin">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>"><input type="hidden" name="giorno" value="<?cs var:Desk.day ?>">
<div class="form-group"><label for="nome" class="active">Nome e cognome</label>
<input type="text" class="form-control" id="nome" name="nome" maxlength="160" required autocomplete="off"></div>
<div class="select-wrapper mb-3"><label for="inizio">Orario libero</label>
<select id="inizio" name="inizio" required><?cs each:f = Free ?><option value="<?cs var:f.value ?>"><?cs var:f.time ?></option><?cs /each ?></select></div>
<div class="select-wrapper mb-3"><label for="servizio">Servizio</label>
<select id="servizio" name="servizio" required><?cs each:s = Services ?><option value="<?cs var:s.slug ?>"><?cs var:s.title ?></option><?cs /each ?></select></div>
<button class="btn btn-primary" type="submit">Aggiungi</button>
</form><?cs else ?><p>Nessun orario libero per oggi.</p><?cs /if ?><?cs /if ?>
</div>
<?cs include:"partials/foot.cs" ?>
