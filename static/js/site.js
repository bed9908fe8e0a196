/*
 * Portale del Comune - miglioramenti progressivi.
 * Le pagine funzionano anche senza JavaScript; questo file aggiunge solo:
 *  - apertura automatica della FAQ indicata nell'indirizzo (#faq-...);
 *  - il menu dell'utente collegato (nome, area personale, esci) al posto del
 *    pulsante di accesso (le pagine sono uguali per tutti e messe in cache: chi
 *    è collegato lo dice /auth/me);
 *  - la chiusura del menu di navigazione (che senza JavaScript si apre e si
 *    chiude con #menu-principale) e il fuoco sul riepilogo degli errori.
 * conf/assets.mjs lo unisce, in un modulo, ai plugin di Bootstrap Italia che
 * le pagine usano (window.bootstrap.NavBarCollapsible).
 */

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

  /* The header's login link becomes the user menu (name, "Area personale",
   * "Esci") when /auth/me says someone is signed in. Built with the DOM API:
   * the name is text, never markup. Without JavaScript the link still works. */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  /* The sprite's address, as the page's own icons give it (Site.Static). */
  var sprite = "";

  function icon(name, cls) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "icon " + cls);
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var use = document.createElementNS(ns, "use");
    use.setAttribute("href", sprite + "#" + name);
    svg.appendChild(use);
    return svg;
  }

  function userMenu(login, who) {
    var wrap = el("div", "it-user-wrapper nav-item vm-user-menu");
    var button = el("button", "btn btn-primary btn-icon btn-full vm-user-button");
    button.type = "button";
    button.id = "menu-utente-pulsante";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "menu-utente");
    var round = el("span", "rounded-icon");
    round.setAttribute("aria-hidden", "true");
    round.appendChild(icon("it-user", "icon-primary"));
    button.appendChild(round);
    button.appendChild(el("span", "vm-login-label", who));
    button.appendChild(el("span", "visually-hidden", ": menu dell'utente"));
    button.appendChild(icon("it-expand", "icon-white vm-user-expand"));
    var list = el("ul", "link-list vm-user-list");
    list.id = "menu-utente";
    list.hidden = true;
    var items = [["/area-personale", "Area personale", "vm-user-area"], ["/auth/logout", "Esci", "vm-user-logout"]];
    for (var i = 0; i < items.length; i++) {
      var li = el("li");
      var a = el("a", "list-item " + items[i][2], items[i][1]);
      a.href = items[i][0];
      li.appendChild(a);
      list.appendChild(li);
    }
    function toggle(open) {
      list.hidden = !open;
      button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    button.addEventListener("click", function () { toggle(list.hidden); });
    wrap.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && !list.hidden) {
        toggle(false);
        button.focus();
      }
    });
    document.addEventListener("click", function (ev) {
      if (!wrap.contains(ev.target)) {
        toggle(false);
      }
    });
    wrap.appendChild(button);
    wrap.appendChild(list);
    login.parentNode.replaceChild(wrap, login);
  }

  function showUser() {
    var login = document.querySelector("a.vm-login");
    if (!login || !window.fetch) {
      return;
    }
    var use = login.querySelector("use");
    sprite = use ? use.getAttribute("href").split("#")[0] : "";
    fetch("/auth/me", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (me) {
        if (me && me.logged) {
          userMenu(login, me.name + " " + me.family_name);
        }
      })
      .catch(function () {});
  }

  /* The menu's close link: without JavaScript it leaves #menu-principale (the
   * :target that opened it); with JavaScript it closes Bootstrap Italia's panel. */
  function bindMenuClose() {
    var close = document.querySelector(".close-div a.close-menu");
    var menu = document.getElementById("menu-principale");
    if (!close || !menu) {
      return;
    }
    close.addEventListener("click", function (ev) {
      var bs = window.bootstrap;
      var inst = bs && bs.NavBarCollapsible && bs.NavBarCollapsible.getInstance(menu);
      if (inst) {
        ev.preventDefault();
        inst.hide();
      }
    });
  }

  /* After a failed submit the page opens on the error summary: focus moves
   * there, so screen readers read it and the next Tab reaches its links. */
  function focusErrors() {
    var summary = document.getElementById("errori");
    if (!summary) {
      return;
    }
    if (!window.location.hash) {
      summary.focus();
    }
    /* A message's link puts the focus in its field and shows the field's label
     * (the fragment alone would scroll the label out of view). */
    summary.addEventListener("click", function (ev) {
      var link = ev.target.closest ? ev.target.closest("a[href^='#']") : null;
      var field = link ? document.getElementById(link.getAttribute("href").slice(1)) : null;
      if (!field) {
        return;
      }
      ev.preventDefault();
      var label = document.querySelector("label[for='" + field.id + "']");
      (label || field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
  }

  /* The case page's "Stampa la ricevuta": hidden without JavaScript (the browser's own
   * print gives the same receipt, through the print style sheet). */
  function bindPrint() {
    var buttons = document.querySelectorAll("button.vm-print");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () { window.print(); });
    }
  }

  function ready() {
    openTargetDetails();
    showUser();
    bindMenuClose();
    focusErrors();
    bindPrint();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
  window.addEventListener("hashchange", openTargetDetails);
})();
