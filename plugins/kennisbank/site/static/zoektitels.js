/* Kennisbank header search: records by title above Material's results, as you type.
 *
 * Material's search box indexes only the hand-written pages: an index that grows with the
 * records would be downloaded on every page. This script fetches zoekindex/titels.json (written
 * by site/catalogue/title_index.py) only when someone types in the box, matches the titles here
 * (case and accents ignored; whole title, title start and word starts first, then anywhere) and
 * shows at most LIMIT records, each with its kind and recognition, above Material's results.
 * Enter opens the catalogue with the query (catalogus/?zoek=...), which searches every record's
 * text; Material's results stay reachable with the arrow keys and the mouse, as before.
 *
 * The list sits inside Material's result element, so Material's arrow keys reach its links
 * (they take every [href] in that element, in document order). It is inserted at the first
 * keystroke, after Material has found its own parts by position. Tab and Shift+Tab move through
 * the box and the records; from the last record Tab goes on to Material, which closes the search.
 */
(function () {
  "use strict";

  var LIMIT = 8;
  var ANNOUNCE_AFTER = 400;  // ms of quiet before the count is announced, so typing is not talked over
  var form = document.querySelector(".md-search__form");
  var input = document.querySelector("[data-md-component=search-query]");
  var result = document.querySelector("[data-md-component=search-result]");
  var toggle = document.getElementById("__search");
  var settings = document.getElementById("__config");
  if (!form || !input || !result || !settings) return;
  var root = new URL((JSON.parse(settings.textContent).base || ".") + "/", document.baseURI);

  var loading = null;  // the promise of the title index, from the first keystroke on
  var index = null;  // the title index, once loaded
  var box = null, heading, list, more, status;  // our part of the results, made at the first keystroke
  var announcing = 0;

  // Text for matching, and per character of it the index of the character of `text` it came from.
  function fold(text) {
    var folded = "", from = [];
    for (var i = 0; i < text.length; i++) {
      var part = text[i].toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      for (var j = 0; j < part.length; j++) {
        folded += part[j];
        from.push(i);
      }
    }
    return { text: folded, from: from };
  }

  // As title_index.slug makes it in Python: an id that starts a title's slug is stored as its length.
  function slug(title) {
    return title.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]+/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function load() {
    if (!loading) {
      loading = fetch(new URL("zoekindex/titels.json", root).href, { cache: "no-cache" })
        .then(function (response) {
          if (!response.ok) throw new Error("titels.json: " + response.status);
          return response.json();
        })
        .then(function (data) {
          index = {
            catalogue: data.catalogue,
            records: data.records.map(function (row) {
              var kind = data.kinds[row[1]];
              var id = typeof row[3] === "number" ? slug(row[0]).slice(0, row[3]) : row[3];
              return { title: row[0], folded: fold(row[0]), kind: kind[0], note: row[2], url: kind[1] + id + kind[2] };
            }),
          };
          return index;
        })
        .catch(function (error) {
          loading = null;  // a network error is not remembered: the next keystroke tries again
          throw error;
        });
    }
    return loading;
  }

  function isWordStart(text, at) {
    return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]);
  }

  function wordStart(text, word) {
    for (var at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (isWordStart(text, at)) return at;
    }
    return -1;
  }

  // How well a title matches, lower is better (or -1 for no match), and the folded ranges to mark.
  function match(text, query, words) {
    if (text === query) return { rank: 0, marks: [[0, query.length]] };
    if (text.lastIndexOf(query, 0) === 0) return { rank: 1, marks: [[0, query.length]] };
    var at = wordStart(text, query);
    if (at !== -1) return { rank: 2, marks: [[at, at + query.length]] };
    if (words.length > 1) {
      var starts = words.map(function (word) { return wordStart(text, word); });
      if (starts.indexOf(-1) === -1) return { rank: 3, marks: ranges(starts, words) };
    }
    at = text.indexOf(query);
    if (at !== -1) return { rank: 4, marks: [[at, at + query.length]] };
    if (words.length > 1) {
      var anywhere = words.map(function (word) { return text.indexOf(word); });
      if (anywhere.indexOf(-1) === -1) return { rank: 5, marks: ranges(anywhere, words) };
    }
    return null;
  }

  function ranges(starts, words) {
    return starts.map(function (at, i) { return [at, at + words[i].length]; });
  }

  function search(value) {
    var query = fold(value.trim().replace(/\s+/g, " ")).text;
    if (!query) return [];
    var words = query.split(" ");
    var found = [];
    index.records.forEach(function (record, order) {
      var matched = match(record.folded.text, query, words);
      if (matched) found.push({ record: record, rank: matched.rank, order: order, marks: matched.marks });
    });
    found.sort(function (a, b) { return a.rank - b.rank || a.order - b.order; });  // then title order
    return found.slice(0, LIMIT);
  }

  // The title with the matched parts in <mark>, as Material marks its results.
  function marked(record, marks) {
    var from = record.folded.from, title = record.title;
    var spans = marks.map(function (range) {
      return [from[range[0]], from[range[1] - 1] + 1];
    }).sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment(), at = 0;
    spans.forEach(function (span) {
      if (span[0] < at) return;  // overlapping words: the first mark holds
      fragment.append(title.slice(at, span[0]));
      var mark = document.createElement("mark");
      mark.textContent = title.slice(span[0], span[1]);
      fragment.append(mark);
      at = span[1];
    });
    fragment.append(title.slice(at));
    return fragment;
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) made.className = className;
    if (text) made.textContent = text;
    return made;
  }

  function make() {
    box = element("div", "kb-zoektitels");
    heading = element("p", "md-search-result__meta kb-zoektitels__kop", "In de catalogus");
    heading.id = "kb-zoektitels-kop";
    list = element("ol", "kb-zoektitels__lijst");
    list.setAttribute("aria-labelledby", heading.id);
    more = element("a", "kb-zoektitels__alle");
    more.tabIndex = -1;
    status = element("p", "kb-visually-hidden");  // kennisbank.css
    status.setAttribute("role", "status");
    box.append(heading, list, more, status);
    result.insertBefore(box, result.firstChild);
    box.addEventListener("keydown", onLinkKey);
  }

  function catalogueUrl(value) {
    var url = new URL(index ? index.catalogue : "catalogus/", root);
    url.searchParams.set("zoek", value.trim());
    return url.href;
  }

  function render() {
    var value = input.value;
    if (!index) return;
    if (!box) make();
    var found = value.trim() ? search(value) : [];
    list.replaceChildren.apply(list, found.map(function (hit) {
      var item = element("li", "kb-zoektitels__item");
      var link = element("a", "md-search-result__link kb-zoektitels__link");
      link.href = new URL(hit.record.url, root).href;
      link.tabIndex = -1;  // as Material's results: reached with arrows, and Tab from the box (below)
      var title = element("span", "kb-zoektitels__titel");
      title.append(marked(hit.record, hit.marks));
      var facts = [hit.record.kind, hit.record.note].filter(Boolean).join(" · ");
      link.append(title, " ", element("span", "kb-zoektitels__feiten", facts));
      item.append(link);
      return item;
    }));
    heading.hidden = list.hidden = found.length === 0;
    more.hidden = !value.trim();
    more.href = catalogueUrl(value);
    more.textContent = "Zoek \u2018" + value.trim() + "\u2019 in alle records van de catalogus";
    box.hidden = !value.trim() || !(toggle && toggle.checked);
    announce(found.length, value.trim());
  }

  function announce(count, value) {
    clearTimeout(announcing);
    status.textContent = "";
    if (!value) return;
    announcing = setTimeout(function () {
      var records = count === 0 ? "Geen record" : count === 1 ? "1 record" : count + " records";
      status.textContent = records + " met deze titel. Enter zoekt in de hele catalogus.";
    }, ANNOUNCE_AFTER);
  }

  function links() {
    return box && !box.hidden ? Array.prototype.filter.call(box.querySelectorAll("a[href]"), function (link) {
      return !link.hidden && !link.closest("[hidden]");
    }) : [];
  }

  function go(value) {
    var open = function () { location.href = catalogueUrl(value); };
    (loading || Promise.resolve()).then(open, open);
  }

  input.addEventListener("input", function () {
    load().then(render, function () { /* no title index: Material's results alone, as before */ });
  });

  // Before Material's keys, which listen on the window: Enter opens the catalogue; Tab enters our list.
  input.addEventListener("keydown", function (event) {
    if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Enter" && input.value.trim()) {
      event.preventDefault();
      event.stopPropagation();
      go(input.value);
    } else if (event.key === "Tab" && !event.shiftKey && links().length) {
      event.preventDefault();
      event.stopPropagation();
      links()[0].focus();
    }
  });

  function onLinkKey(event) {
    // Material sends every other key to the box, Shift too, which would break Shift+Tab here.
    if (event.key === "Shift") event.stopPropagation();
    if (event.key !== "Tab" || event.ctrlKey || event.metaKey || event.altKey) return;
    var all = links(), at = all.indexOf(document.activeElement);
    if (at === -1) return;
    var next = at + (event.shiftKey ? -1 : 1);
    if (next >= all.length) return;  // past the last: Material closes the search, as Tab in the box does
    event.preventDefault();
    event.stopPropagation();
    (next < 0 ? input : all[next]).focus();
  }

  form.addEventListener("reset", function () { setTimeout(render); });
  if (toggle) toggle.addEventListener("change", function () { if (box) render(); });
})();
