/*
 * Moduli della redazione (area riservata), miglioramenti progressivi; senza
 * JavaScript i moduli funzionano lo stesso («Anteprima testo» rende i testi
 * sul server). Questo file aggiunge:
 *  - l'avviso prima di lasciare la pagina con modifiche non salvate: il
 *    gestore beforeunload è registrato solo quando il modulo cambia (o quando
 *    il server lo ha restituito con valori non salvati) e tolto all'invio;
 *  - l'anteprima dal vivo dei testi Markdown: POST /admin/anteprima-testo con
 *    il token CSRF del modulo, resa dal server con la stessa funzione delle
 *    pagine del portale (core/markdown.c), qualche istante dopo l'ultima battuta;
 *  - il contatore dei caratteri dei campi con un limite: il limite non taglia
 *    più il testo incollato, il contatore dice di quanto accorciarlo (il
 *    server rifiuta comunque con 422 un testo troppo lungo).
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-vm-editor]");
  if (!form) {
    return;
  }

  function guard(event) {
    event.preventDefault();
    event.returnValue = "";
    return "";
  }

  var dirty = false;
  function markDirty() {
    if (dirty) {
      return;
    }
    dirty = true;
    form.setAttribute("data-vm-dirty", "1");
    window.addEventListener("beforeunload", guard);
  }

  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);
  form.addEventListener("submit", function () {
    window.removeEventListener("beforeunload", guard);
  });
  if (form.hasAttribute("data-vm-unsaved")) {
    markDirty();
  }

  // Un'unica regione annunciata dagli screen reader, aggiornata a battitura finita.
  var live = document.createElement("div");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  form.appendChild(live);

  function counter(note) {
    var field = document.getElementById(note.id.replace(/^conta-/, "f-"));
    var max = parseInt(note.getAttribute("data-max"), 10);
    var timer = null;
    if (!field || !max) {
      return;
    }
    field.removeAttribute("maxlength");
    function update() {
      var n = Array.from(field.value.trim()).length;
      note.textContent = n <= max
        ? "Hai scritto " + n + " caratteri su " + max + "."
        : "Hai superato il limite di " + (n - max) + " caratteri: al massimo " + max + ".";
      note.classList.toggle("text-danger", n > max);
      clearTimeout(timer);
      timer = setTimeout(function () {
        live.textContent = note.textContent;
      }, 1000);
    }
    field.addEventListener("input", update);
    update();
  }

  var csrfInput = form.querySelector("input[name=csrf]");
  var csrf = csrfInput ? csrfInput.value : "";

  function preview(area) {
    var out = document.getElementById(area.id.replace(/^f-/, "anteprima-"));
    var timer = null;
    var seq = 0;
    if (!out) {
      return;
    }
    function render() {
      var mine = ++seq;
      var body = new URLSearchParams();
      body.set("csrf", csrf);
      body.set("testo", area.value);
      fetch("/admin/anteprima-testo", { method: "POST", body: body, credentials: "same-origin" })
        .then(function (res) {
          if (!res.ok && res.status !== 422) {
            throw new Error(String(res.status));
          }
          return res.text();
        })
        .then(function (html) {
          if (mine === seq) {
            out.innerHTML = html;
          }
        })
        .catch(function () {
          if (mine === seq) {
            out.textContent = "Anteprima non disponibile: usa il pulsante «Anteprima testo».";
          }
        });
    }
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(render, 400);
    });
    if (area.value) {
      render();
    }
  }

  Array.prototype.forEach.call(form.querySelectorAll(".vm-counter[data-max]"), counter);
  Array.prototype.forEach.call(form.querySelectorAll(".vm-md textarea"), preview);
})();
