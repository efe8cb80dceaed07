/* Kennisbank comparison, part one: choosing records with "Vergelijk".
 *
 * The choice is a list of ids in localStorage, so it is kept while browsing the catalogue and
 * record pages. Every "Vergelijk" button (catalogue cards, record pages) toggles its record;
 * every compare bar links to /vergelijken/?ids=a,b, which vergelijken.js shows. Cards that the
 * catalogue renders live carry the button from the page's own card template: this script only
 * shows it and keeps its state, so catalogus.js needs no change for it.
 */
(function () {
  "use strict";

  var KEY = "kennisbank:vergelijken";
  var MAX = 4;
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  function each(selector, action) { Array.prototype.forEach.call(document.querySelectorAll(selector), action); }

  function chosen() {
    try {
      var ids = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return ID.test(id); }) : [];
    } catch (error) { return []; }  // storage blocked or spoilt: start with an empty choice
  }

  function keep(ids) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(ids));
    } catch (error) { /* storage blocked: the choice lasts as long as this page */ }
  }

  function recordOf(button) {
    var card = button.closest("[data-record-id]");
    var id = button.getAttribute("data-compare-id") || (card ? card.getAttribute("data-record-id") : "");
    var title = card ? card.querySelector('[data-slot="title"]') : null;
    return { id: id, title: title ? title.textContent : document.querySelector("h1").textContent };
  }

  function showControls() {
    var ids = chosen();
    each("button[data-compare-id]", function (button) {
      var record = recordOf(button);
      var name = button.querySelector('[data-slot="compare-title"]');
      if (name && !name.textContent) name.textContent = " " + record.title;  // cards the catalogue made live
      button.setAttribute("aria-pressed", String(ids.indexOf(record.id) >= 0));
      button.hidden = !record.id;
    });
    each("[data-compare-bar]", function (bar) { showBar(bar, ids); });
  }

  function showBar(bar, ids) {
    var link = bar.querySelector("[data-compare-link]");
    link.href = link.getAttribute("href").split("?")[0] + "?ids=" + ids.join(",");
    link.textContent = "Vergelijk " + ids.length + (ids.length === 1 ? " record" : " records");
    link.hidden = bar.querySelector("[data-compare-clear]").hidden = ids.length === 0;
  }

  function say(text) {
    each("[data-compare-status]", function (status) { status.textContent = text; });
  }

  function toggle(button) {
    var record = recordOf(button);
    var ids = chosen();
    var at = ids.indexOf(record.id);
    if (at >= 0) ids.splice(at, 1);
    else if (ids.length >= MAX) {
      return say("U kunt hoogstens " + MAX + " records tegelijk vergelijken. Haal er eerst een weg.");
    }
    else ids.push(record.id);
    keep(ids);
    showControls();
    say((at >= 0 ? "Uit de vergelijking gehaald: " : "Toegevoegd aan de vergelijking: ") + record.title +
        " (" + ids.length + " van hoogstens " + MAX + ").");
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-compare-id], button[data-compare-clear]");
    if (!button) return;
    if (button.hasAttribute("data-compare-clear")) {
      keep([]);
      showControls();
      say("De keuze is gewist.");
    } else toggle(button);
  });
  window.addEventListener("storage", function (event) { if (event.key === KEY) showControls(); });
  var results = document.querySelector(".kb-results");  // the catalogue replaces its cards on every search
  if (results) new MutationObserver(showControls).observe(results, { childList: true });
  showControls();
})();
