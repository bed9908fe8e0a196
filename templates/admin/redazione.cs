<?cs include:"partials/head.cs" ?>
<?cs include:"admin/contenuti_macros.cs" ?>
<?cs include:"admin/elenco_macros.cs" ?>
<?cs # L'elenco di un tipo di contenuto dei redattori (List.*): ricerca, filtri, pagine; List.fixed: un insieme fissato dal modello, sempre pubblicato. ?>
<?cs call:page_head(Page.Title, List.lead) ?>
<div class="container mb-5">
<?cs call:notice() ?>
<?cs if:!List.fixed ?><p><a class="btn btn-primary btn-sm" href="<?cs var:url_validate(List.path) ?>/nuovo"><?cs var:List.new_label ?></a></p><?cs /if ?>
<?cs call:list_filters() ?>
<?cs call:list_table() ?>
</div>
<?cs include:"partials/foot.cs" ?>
