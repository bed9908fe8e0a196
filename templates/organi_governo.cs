<?cs include:"partials/head.cs" ?><?cs include:"amministrazione_macros.cs" ?>
<?cs call:page_head(Page.Title, Page.Description) ?>
<?cs call:index_open() ?>
<?cs call:page_index_item("sindaco", "Sindaco") ?>
<?cs call:page_index_item("giunta", "Giunta comunale") ?>
<?cs call:page_index_item("consiglio", "Consiglio comunale") ?>
<?cs call:index_close() ?>
<?cs call:section_open("sindaco", "Sindaco") ?>
<p>Il Sindaco è a capo del governo del Comune: rappresenta l'ente, convoca e presiede la Giunta e sovrintende al funzionamento degli uffici.</p>
<?cs if:subcount(Organs.Mayor) ?><?cs call:person_cards(Organs.Mayor) ?><?cs else ?><p>Nessun dato disponibile.</p><?cs /if ?>
</section>
<?cs call:section_open("giunta", "Giunta comunale") ?>
<p>La Giunta collabora con il Sindaco nel governo del Comune: ogni assessore ha le deleghe indicate.</p>
<?cs if:subcount(Organs.Executive) ?><?cs call:person_cards(Organs.Executive) ?><?cs else ?><p>Nessun dato disponibile.</p><?cs /if ?>
</section>
<?cs call:section_open("consiglio", "Consiglio comunale") ?>
<p>Il Consiglio comunale è l'organo di indirizzo e di controllo politico-amministrativo, eletto dai cittadini.</p>
<?cs if:subcount(Organs.Council) ?><?cs call:person_cards(Organs.Council) ?><?cs else ?><p>Nessun dato disponibile.</p><?cs /if ?>
</section>
<?cs call:body_close() ?>
<?cs include:"partials/foot.cs" ?>
