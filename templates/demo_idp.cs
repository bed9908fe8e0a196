<?cs include:"partials/head.cs" ?>
<?cs call:page_head(Page.Title, "") ?>
<div class="container mb-5">
<div class="callout warning"><div class="callout-inner">
<div class="callout-title"><?cs call:icon("it-warning-circle", "") ?><span><?cs var:DemoIdp.name ?></span></div>
<p>Questo gestore di identità serve solo per la dimostrazione e per i test: le persone qui sotto sono inventate. Richiesto il livello SPID <?cs var:DemoIdp.level ?>.</p>
</div></div>
<form method="post" action="/demo-idp/sso">
<input type="hidden" name="q" value="<?cs var:DemoIdp.q ?>">
<fieldset>
<legend class="h5">Con quale identità vuoi entrare?</legend>
<?cs each:c = DemoIdp.Citizens ?><div class="form-check">
<input class="form-check-input" type="radio" name="citizen" id="citizen-<?cs var:c.index ?>" value="<?cs var:c.index ?>"<?cs if:c.index == 0 ?> checked<?cs /if ?>>
<label class="form-check-label" for="citizen-<?cs var:c.index ?>"><?cs var:c.name ?> <?cs var:c.family_name ?> (<?cs var:c.fiscal_code ?>)</label>
</div>
<?cs /each ?></fieldset>
<button class="btn btn-primary mt-3" type="submit">Autorizza e prosegui</button>
</form>
</div>
<?cs include:"partials/foot.cs" ?>
