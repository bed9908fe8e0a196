<?cs include:"partials/head.cs" ?>
<div class="container vm-page-head">
<div class="row">
<div class="col-12 col-lg-8">
<h1><?cs if:Doc.title ?><?cs var:Doc.title ?><?cs else ?><?cs var:Page.Title ?><?cs /if ?></h1>
<div class="vm-longtext">
<?cs call:longtext(Doc.body) ?>
</div>
<?cs if:Doc.licence.title ?><section class="vm-longtext" aria-labelledby="licenza">
<h2 class="h4" id="licenza" data-element="legal-notes-section"><?cs var:Doc.licence.title ?></h2>
<?cs # Un paragrafo per riga: il verificatore di AgID legge il testo della sezione senza
   i tag, e tra i paragrafi vuole uno spazio (lo dà l'a capo). ?>
<div data-element="legal-notes-body">
<?cs each:b = Doc.licence.body ?><p><?cs var:b.text ?></p>
<?cs /each ?></div>
</section><?cs /if ?>
</div>
</div>
</div>
<?cs include:"partials/foot.cs" ?>
