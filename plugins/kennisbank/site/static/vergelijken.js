/* Kennisbank comparison, part two: the page /vergelijken/?ids=a,b that shows the choice.
 *
 * The ids come from the address, so a reload or a shared link shows the same comparison. Each
 * record's JSON, <folder>/<id>.json, is found through data/ids.json (an id alone does not say its folder)
 * and fills the page's table for that kind: the rows and their Dutch labels come from the page,
 * which has them from the schemas' field tree, and the text of each cell from the record's
 * JSON (its "display"), so this script formats nothing itself. Does nothing on other pages.
 */
(function () {
  "use strict";

  var MAX = 4;
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var page = document.querySelector(".kb-compare");
  if (!page) return;
  var message = page.querySelector("[data-compare-message]");
  var siteRoot = page.getAttribute("data-site-root");

  function fail(text) { message.textContent = text; }

  function fetchJson(path) {
    return fetch(new URL(siteRoot + path, document.baseURI)).then(function (response) {
      if (!response.ok) throw new Error(path + ": " + response.status);
      return response.json();
    });
  }

  function wanted() {
    var ids = (new URLSearchParams(window.location.search).get("ids") || "").split(",");
    return ids.map(function (id) { return id.trim(); }).filter(function (id, at, all) {
      return id && all.indexOf(id) === at;
    });
  }

  function tableFor(path) {
    return page.querySelector('table[data-folder="' + path.split("/")[0] + '"]');
  }

  function problem(ids, lookup) {
    if (ids.length === 0) return "U hebt nog geen records gekozen. Kies twee tot vier records met de knop Vergelijk.";
    if (ids.length === 1) {
      return "U hebt één record gekozen (" + ids[0] + "). Kies er nog minstens één bij: " +
        "vergelijken gaat met twee tot vier records.";
    }
    if (ids.length > MAX) {
      return "U hebt " + ids.length + " records gekozen; er passen er hoogstens " + MAX + " naast elkaar. " +
        "Haal er " + (ids.length - MAX) + " weg.";
    }
    var unknown = ids.filter(function (id) {
      return !ID.test(id) || !Object.prototype.hasOwnProperty.call(lookup, id);
    });
    if (unknown.length) {
      return "Deze records bestaan niet (meer) in de kennisbank: " + unknown.join(", ") + ". " +
        "Controleer het adres of kies opnieuw in de catalogus.";
    }
    var kinds = [];
    ids.forEach(function (id) {
      var label = tableFor(lookup[id]).getAttribute("data-label");
      if (kinds.indexOf(label) < 0) kinds.push(label);
    });
    if (kinds.length > 1) {
      return "Deze records zijn van verschillende soorten (" + kinds.join(", ") + "). " +
        "Vergelijk records van één soort, bijvoorbeeld alleen interventies.";
    }
    return "";
  }

  function values(row, document_) {
    // The record's JSON carries every row's text, worded as its page words it (opendata/display.py).
    return (document_.display || {})[row.getAttribute("data-key")] || [];
  }

  function node(value) {
    // Web and mail links as they are; the site's own pages come as paths from the site root
    // ("interventies/x/"), so the comparison works wherever the site is served.
    var outside = value.href && /^(https?:|mailto:)/i.test(value.href);
    var own = value.href && /^[a-z0-9-]+\/[a-z0-9-]+(\/|\.html)$/.test(value.href);
    var element = document.createElement(outside || own ? "a" : "span");
    if (outside) element.href = value.href;
    if (own) element.href = new URL(siteRoot + value.href, document.baseURI).href;
    element.textContent = value.text;
    return element;
  }

  function cell(found) {
    var td = document.createElement("td");
    if (found.length === 0) {
      td.className = "kb-compare__empty";
      td.textContent = "niet ingevuld";
    } else if (found.length === 1) td.appendChild(node(found[0]));
    else {
      var ul = td.appendChild(document.createElement("ul"));
      found.forEach(function (value) { ul.appendChild(document.createElement("li")).appendChild(node(value)); });
    }
    return td;
  }

  function fillRow(row, documents) {
    Array.prototype.slice.call(row.cells, 1).forEach(function (old) { row.removeChild(old); });
    var found = documents.map(function (document_) { return values(row, document_); });
    var texts = found.map(function (items) { return items.map(function (item) { return item.text; }).join("\n"); });
    found.forEach(function (items) { row.appendChild(cell(items)); });
    var differs = texts.some(function (text) { return text !== texts[0]; });
    row.hidden = texts.every(function (text) { return !text; });  // no record fills it in: nothing to compare
    row.toggleAttribute("data-differs", differs);
    row.toggleAttribute("data-same", !differs);
    var mark = row.cells[0].querySelector(".kb-compare__mark");
    if (!mark) mark = row.cells[0].appendChild(document.createElement("span"));
    mark.className = "kb-compare__mark";
    mark.textContent = differs ? "verschilt" : "gelijk";
    return differs && !row.hidden;
  }

  function fillTable(table, documents) {
    var head = table.tHead.rows[0];
    Array.prototype.slice.call(head.cells, 1).forEach(function (old) { head.removeChild(old); });
    documents.forEach(function (document_) {
      var th = head.appendChild(document.createElement("th"));
      th.scope = "col";
      th.appendChild(node({ text: document_.title, href: document_.display.page }));
    });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var differing = rows.filter(function (row) { return fillRow(row, documents); }).length;
    var shown = rows.filter(function (row) { return !row.hidden; }).length;
    table.hidden = false;
    page.querySelector(".kb-compare__options").hidden = false;
    message.textContent = documents.length + " " + table.getAttribute("data-plural").toLowerCase() + " naast elkaar: " +
      differing + " van de " + shown + " onderdelen verschillen.";
    page.setAttribute("data-compare-state", "ready");
  }

  function start() {
    var ids = wanted();
    var early = ids.length < 2 || ids.length > MAX ? problem(ids, {}) : "";
    if (early) return Promise.resolve(fail(early));
    return fetchJson(page.getAttribute("data-ids")).then(function (lookup) {
      var wrong = problem(ids, lookup);
      if (wrong) return fail(wrong);
      var documents = ids.map(function (id) { return fetchJson(lookup[id] + "/" + id + ".json"); });
      return Promise.all(documents).then(function (found) {
        fillTable(tableFor(lookup[ids[0]]), found);
      });
    });
  }

  page.querySelector("#kb-compare-differences").addEventListener("change", function (event) {
    page.classList.toggle("kb-compare--differences", event.target.checked);
  });
  start().catch(function (error) {
    fail("De gegevens van de records konden niet worden geladen. Probeer het later opnieuw.");
    if (window.console) console.error(error);
  }).then(function () {
    if (!page.hasAttribute("data-compare-state")) page.setAttribute("data-compare-state", "message");
  });
})();
