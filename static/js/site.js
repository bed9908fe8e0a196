/*
 * Portale del Comune di Valdimonte - miglioramenti progressivi.
 * Le pagine funzionano anche senza JavaScript; questo file aggiunge solo:
 *  - apertura automatica della FAQ indicata nell'indirizzo (#faq-...);
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", openTargetDetails);
  } else {
    openTargetDetails();
  }
  window.addEventListener("hashchange", openTargetDetails);
})();
