<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs # Una revisione di un contenuto (Item.base, Item.name; Item.drafts per i servizi, che hanno bozze e anteprima per revisione) e le sue modifiche (Diff; Diff.Members: i file o i ruoli aggiunti e rimossi). ?>
<?cs if:Revision.author ?><?cs call:page_head(Page.Title + ": " + Item.name, "Salvata il " + Revision.at + " da " + Revision.author + ".") ?>
<?cs else ?><?cs call:page_head(Page.Title + ": " + Item.name, "Il contenuto che aveva prima della prima modifica.") ?>
<?cs /if ?>
<div class="container mb-5">
<div class="row"><div class="col-12 col-lg-9">
<p><a href="<?cs var:url_validate(Item.base) ?>/revisioni">Tutte le revisioni</a><?cs if:Item.drafts ?> · <a href="<?cs var:url_validate(Item.base) ?>/anteprima?revisione=<?cs var:Revision.id ?>">Anteprima di questa revisione</a><?cs /if ?></p>
<p id="confronto"><?cs if:Compare.id ?>Modifiche rispetto alla revisione <?cs var:Compare.id ?> del <?cs var:Compare.at ?>.<?cs else ?>È la prima revisione: tutto il contenuto risulta aggiunto.<?cs /if ?></p>
<?cs if:Diff.changed == 0 && !subcount(Diff.Members) ?><p>Nessuna differenza.</p>
<?cs elif:Diff.changed == 0 ?>
<?cs else ?><p class="vm-legend" id="legenda">Legenda: <del><span class="visually-hidden">eliminato: </span>testo eliminato</del>, <ins><span class="visually-hidden">aggiunto: </span>testo aggiunto</ins>; il resto è invariato.</p>
<?cs /if ?><?cs each:d = Diff.Fields ?><section class="mb-4 vm-diff-field">
<h2 class="h5"><?cs var:d.label ?></h2>
<div class="vm-diff-text"><?cs each:p = d.Parts ?><?cs if:p.op == "add" ?><ins><span class="visually-hidden">[aggiunto: </span><?cs var:p.text ?><span class="visually-hidden">]</span></ins><?cs elif:p.op == "del" ?><del><span class="visually-hidden">[eliminato: </span><?cs var:p.text ?><span class="visually-hidden">]</span></del><?cs else ?><?cs var:p.text ?><?cs /if ?><?cs /each ?></div>
</section>
<?cs /each ?><?cs if:subcount(Diff.Members) ?><section class="mb-4 vm-diff-field" aria-labelledby="diff-elementi">
<h2 class="h5" id="diff-elementi"><?cs var:Diff.members_title ?></h2>
<ul id="diff-elementi-elenco"><?cs each:m = Diff.Members ?><li><?cs var:m ?></li><?cs /each ?></ul>
</section>
<?cs /if ?><?cs if:Revision.live ?><p class="vm-revision-live" id="revisione-in-linea"><?cs if:Item.drafts || Item.online ?><strong>In linea</strong>: è la versione che il portale mostra ora<?cs else ?><strong>Versione attuale</strong> (non pubblicata)<?cs /if ?>, non c'è nulla da ripristinare.</p>
<?cs else ?><form method="post" action="<?cs var:url_validate(Item.base) ?>/revisioni/<?cs var:Revision.id ?>">
<input type="hidden" name="csrf" value="<?cs var:Staff.csrf ?>">
<?cs if:Item.drafts ?><button class="btn btn-outline-primary me-2 mb-2" type="submit" name="azione" value="ripristina">Ripristina come nuova bozza</button>
<button class="btn btn-primary mb-2" type="submit" name="azione" value="pubblica">Ripristina e pubblica</button>
<?cs else ?><button class="btn btn-primary mb-2" type="submit">Ripristina questa revisione</button>
<?cs /if ?></form>
<?cs /if ?></div></div>
</div>
<?cs include:"partials/foot.cs" ?>
