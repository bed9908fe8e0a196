<?cs # Perché la pratica è in quell'ufficio, come la vedono il cittadino e l'operatore: l'ultimo
trasferimento o cambio di categoria (col suo motivo), altrimenti lo smistamento della categoria; un <dd>
in più dopo quello dell'ufficio. ?>
<?cs def:routing_why(routing, office, category) ?><dd class="small vm-routing-why"><?cs if:routing ?><?cs var:routing ?><?cs else ?>Assegnata a <?cs var:office ?> perché la categoria <?cs var:category ?> è di sua competenza.<?cs /if ?></dd><?cs /def ?>
