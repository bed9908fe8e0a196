<?cs # Un frammento: il testo Markdown di un campo reso come sul portale (content_preview.c), per l'anteprima dal vivo dei moduli. ?>
<?cs if:Preview.too_long ?><p class="text-danger">Il testo supera <?cs var:Preview.too_long ?> caratteri: accorcialo per vederne l'anteprima.</p>
<?cs elif:Preview.text ?><?cs var:markdown(Preview.text) ?>
<?cs else ?><p>Il campo è vuoto.</p>
<?cs /if ?>
