/*
 * Portale del Comune di Valdimonte - miglioramenti progressivi.
 * Le pagine funzionano anche senza JavaScript; questo file aggiunge solo:
 *  - apertura automatica della FAQ indicata nell'indirizzo (#faq-...);
 *  - nome della persona collegata nel pulsante dell'area personale (le pagine
 *    sono uguali per tutti e messe in cache: chi è collegato lo dice /auth/me);
 *  - disattivazione degli stili inline che il video player incluso nel
 *    bundle di Bootstrap Italia inietterebbe (bloccati dalla CSP).
 * Va caricato PRIMA di bootstrap-italia.bundle.min.js (entrambi defer).
 */
window.VIDEOJS_NO_DYNAMIC_STYLE = true;

(function () {
  "use strict";

  function openTargetDetails() {
    var hash = window.location.hash;
    if (!hash || hash.length < 2) {
      return;
    }
    var target;
    try {
      target = document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch (e) {
      return;
    }
    if (!target) {
      return;
    }
    var details = target.closest ? target.closest("details") : null;
    if (details && !details.open) {
      details.open = true;
      var summary = details.querySelector("summary");
      if (summary) {
        summary.focus({ preventScroll: true });
      }
      details.scrollIntoView();
    }
  }

  function showUser() {
    var button = document.querySelector("a.vm-login");
    if (!button || !window.fetch) {
      return;
    }
    fetch("/auth/me", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (me) {
        if (!me || !me.logged) {
          return;
        }
        var who = me.name + " " + me.family_name;
        var label = button.querySelector("span.d-none");
        if (label) {
          label.textContent = who;
        }
        button.setAttribute("aria-label", "Area personale di " + who);
        button.classList.add("vm-logged-in");
      })
      .catch(function () {});
  }

  function ready() {
    openTargetDetails();
    showUser();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
  window.addEventListener("hashchange", openTargetDetails);
})();
