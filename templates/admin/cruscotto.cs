<?cs # Il cruscotto: la cornice (l'intestazione con il nome e il token CSRF, il piede) attorno al corpo, che è lo stesso per ogni dirigente e si compone una volta per risposta (admin/cruscotto_corpo.cs, dash/dash_cache.c). ?>
<?cs include:"partials/head.cs" ?>
<?cs var:fragment("cruscotto") ?>
<?cs include:"partials/foot.cs" ?>
