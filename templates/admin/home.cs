<?cs include:"partials/head.cs" ?>
<?cs call:page_head("Area riservata", Staff.name + " (" + Staff.role_label + ")") ?>
<div class="container mb-5">
<?cs # Le stanze del ruolo (Can.*, cgi-bin/admin/frame.c), come nel menu della testata ma con il loro perché. ?>
<ul class="vm-admin-menu">
<?cs if:Can.content ?><li><a href="/admin/contenuti">I contenuti del portale: servizi, argomenti, uffici, FAQ</a></li>
<li><a href="/admin/valutazioni">Valutazioni delle pagine: quanto sono chiare per chi le legge</a></li><?cs /if ?>
<?cs if:Can.cases ?><li><a href="/admin/pratiche">Le pratiche dei tuoi uffici, da qualunque canale arrivino</a></li>
<li><a href="/admin/sportello">Sportello appuntamenti: la giornata, gli arrivi, gli orari</a></li>
<li><a href="/admin/profilo/notifiche">Le mie notifiche: quali e-mail ricevere sulle pratiche</a></li><?cs /if ?>
<?cs if:Can.dashboard ?><li><a href="/admin/cruscotto">I numeri del servizio: volumi, tempi, ritardi, valutazioni</a></li><?cs /if ?>
<?cs if:Can.setup ?><li><a href="/admin/account">Account del personale</a></li>
<li><a href="/admin/categorie">Categorie delle pratiche</a></li>
<li><a href="/admin/aree">Zone e instradamento</a></li><?cs /if ?>
</ul>
</div>
<?cs include:"partials/foot.cs" ?>
