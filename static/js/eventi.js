/*
 * Eventi: "Carica altri eventi" senza lasciare la pagina. Senza JavaScript il
 * pulsante è il collegamento alla pagina successiva dell'elenco; con
 * JavaScript le card della pagina successiva si aggiungono a quelle già
 * visibili, il fuoco va alla prima card nuova e il pulsante diventa quello
 * della pagina dopo (o il messaggio di fine elenco).
 */
(function () {
  "use strict";

  var busy = false;

  function replaceControls(doc) {
    var mine = document.getElementById("eventi-altri");
    var next = doc.getElementById("eventi-altri");
    if (mine && next) {
      mine.replaceWith(document.importNode(next, true));
    }
    var pager = document.querySelector('nav[aria-label="Paginazione degli eventi"]');
    if (pager) {
      pager.remove(); /* the cards of every page so far are all on screen */
    }
  }

  function append(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var list = document.querySelector("#eventi-lista > ul");
    var items = doc.querySelectorAll("#eventi-lista > ul > li");
    var first = null;
    for (var i = 0; i < items.length; i++) {
      var li = document.importNode(items[i], true);
      list.appendChild(li);
      first = first || li.querySelector("a");
    }
    replaceControls(doc);
    if (first) {
      first.focus();
    }
  }

  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest('a[data-element="load-other-cards"]') : null;
    if (!a || !window.fetch || !window.DOMParser || !document.querySelector("#eventi-lista > ul")) {
      return;
    }
    ev.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    a.setAttribute("aria-busy", "true");
    fetch(a.href, { credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) {
          throw new Error("HTTP " + r.status);
        }
        return r.text();
      })
      .then(append)
      .catch(function () {
        window.location.href = a.href; /* the plain link still works */
      })
      .then(function () {
        busy = false;
      });
  });
})();
