<?cs include:"partials/head.cs" ?>
<?cs include:"admin/sportello_macros.cs" ?>
<?cs call:page_head(Page.Title, Desk.day_words) ?>
<div class="container mb-5 vm-print">
<p class="vm-print-hint"><a href="/admin/sportello/<?cs var:Desk.office_slug ?>?giorno=<?cs var:Desk.day ?>">Torna alla giornata</a>. Usa il comando Stampa del browser.</p>
<?cs if:Desk.closed ?><p>Ufficio chiuso: <?cs var:Desk.closed ?>.</p><?cs /if ?>
<p id="desk-count"><?cs var:Desk.count ?> <?cs if:Desk.count == "1" ?>appuntamento<?cs else ?>appuntamenti<?cs /if ?>.</p>
<?cs each:d = Desks ?><?cs call:desk_table(d, 0) ?><?cs /each ?>
</div>
<?cs include:"partials/foot.cs" ?>
