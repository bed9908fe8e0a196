<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs call:page_head(Page.Title, "La scheda del servizio: «Salva bozza» non cambia il portale, «Salva e pubblica» sì.") ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-9">
<?cs call:notice() ?>
<?cs if:Service.id ?><p id="stato-servizio">Stato: <strong><?cs if:Service.published ?>pubblicato<?cs else ?>non pubblicato<?cs /if ?></strong><?cs if:Service.draft ?>; ci sono modifiche in bozza non pubblicate (revisione <?cs var:Service.revision ?> del <?cs var:Service.revision_at ?>)<?cs /if ?>.</p>
<ul class="list-inline">
<li class="list-inline-item"><a href="/admin/servizi/<?cs var:Service.id ?>/anteprima">Anteprima dell'ultima versione salvata</a></li>
<li class="list-inline-item"><a href="/admin/servizi/<?cs var:Service.id ?>/revisioni">Revisioni</a></li>
<?cs if:Service.published ?><li class="list-inline-item"><a href="/servizi/<?cs var:url_escape(Service.slug) ?>">Vedi sul portale</a></li>
<?cs /if ?></ul>
<?cs /if ?><?cs call:error_summary() ?>
<div class="callout note"><div class="callout-inner">
<div class="callout-title"><span>Come scrivere i testi</span></div>
<p>I testi lunghi sono in Markdown: una riga vuota separa i paragrafi, le righe che iniziano con «- » formano un elenco puntato, <code>**grassetto**</code>, <code>*corsivo*</code>, <code>[testo](https://indirizzo)</code> per un collegamento, <code>#</code> per un titoletto. L'HTML non è ammesso: viene mostrato come testo.</p>
</div></div>
<form method="post" action="/admin/servizi/<?cs if:Service.id ?><?cs var:Service.id ?><?cs else ?>nuovo<?cs /if ?>" novalidate>
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs call:form_fields() ?>
<button class="btn btn-outline-primary me-2 mb-2" type="submit" name="azione" value="bozza">Salva bozza</button>
<button class="btn btn-primary mb-2" type="submit" name="azione" value="pubblica">Salva e pubblica</button>
</form>
<?cs if:Service.published ?><form method="post" action="/admin/servizi/<?cs var:Service.id ?>" class="mt-4">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<button class="btn btn-outline-danger" type="submit" name="azione" value="ritira">Ritira dalla pubblicazione</button>
</form>
<?cs /if ?></div></div>
</div>
<?cs include:"partials/foot.cs" ?>
