/* Kennisbank catalogue: the search form, its state in the URL, and the results it shows.
 *
 * The form is the state: checkboxes and inputs are read into a plain object, written to the
 * URL query string (so a view can be shared, reloaded and navigated with back/forward) and
 * handed to the catalogue's index (catalogus-index.js), which filters, counts, sorts and pages,
 * asking Pagefind only for the words of a text query. Values within a facet combine with OR,
 * facets with AND. Only the cards of the current page are loaded, so 10,000 records never
 * render at once.
 */
(function () {
  "use strict";

  var QUERY = "zoek";  // not "q": Material's own search opens its dialog for ?q=
  var root = document.querySelector(".kb-catalogue");
  if (!root || !window.KennisbankIndex) return;

  // The page size and the card's markup come from the page, which renders its first page of
  // results with the same card: one definition, in the site's templates.
  var PAGE_SIZE = parseInt(root.getAttribute("data-page-size"), 10) || 20;
  var cardTemplate = root.querySelector("#kb-card-template");
  var siteRoot = new URL(root.getAttribute("data-site-root"), document.baseURI);

  var form = root.querySelector("form.kb-search");
  var count = root.querySelector("[data-result-count]");
  var results = root.querySelector(".kb-results");
  var pager = root.querySelector(".kb-pager");
  // On a narrow screen the facets fold away behind this button (kennisbank.css decides where);
  // on a wide one the button is not shown and the facets always are.
  var toggle = root.querySelector("[data-filters-toggle]");
  var facetPanel = root.querySelector(".kb-facets");
  var facetKeys = Array.prototype.map.call(root.querySelectorAll("[data-facet]"), function (el) {
    return el.getAttribute("data-facet");
  }).concat(["valid"]);
  var index = window.KennisbankIndex.open({
    index: root.getAttribute("data-index"), pagefind: root.getAttribute("data-pagefind"),
    siteRoot: root.getAttribute("data-site-root"), pageSize: PAGE_SIZE,
  });
  var current = null;
  var typing = null;

  function readForm() {
    var state = { q: form.q.value.trim(), sort: form.sort.value, page: 1, filters: {} };
    facetKeys.forEach(function (key) {
      var values = Array.prototype.filter.call(form.querySelectorAll('input[name="' + key + '"]'), function (box) {
        return box.checked;
      }).map(function (box) { return box.value; });
      if (values.length) state.filters[key] = values;
    });
    return state;
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get(QUERY) || "", sort: params.get("sort") || "", page: parseInt(params.get("page"), 10) || 1, filters: {} };
    facetKeys.forEach(function (key) {
      var values = params.getAll(key);
      if (values.length) state.filters[key] = values;
    });
    return state;
  }

  function toQuery(state) {
    var params = new URLSearchParams();
    if (state.q) params.set(QUERY, state.q);
    if (state.sort) params.set("sort", state.sort);
    Object.keys(state.filters).forEach(function (key) {
      state.filters[key].forEach(function (value) { params.append(key, value); });
    });
    if (state.page > 1) params.set("page", String(state.page));
    var text = params.toString();
    return text ? "?" + text : window.location.pathname;
  }

  function writeForm(state) {
    form.q.value = state.q;
    form.sort.value = state.sort;
    Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox]"), function (box) {
      box.checked = (state.filters[box.name] || []).indexOf(box.value) >= 0;
    });
    showActive();
  }

  // "Filters (2)": the number of chosen filter values, on the button that opens them.
  function showActive() {
    var active = form.querySelectorAll("input[type=checkbox]:checked").length;
    toggle.querySelector("[data-filters-count]").textContent = active ? " (" + active + ")" : "";
  }

  function openFilters(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    if (!open) toggle.focus();
  }

  function showCounts(counts) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-count-for]"), function (el) {
      var parts = el.getAttribute("data-count-for").split(":");
      el.textContent = "(" + ((counts[parts[0]] || {})[parts[1]] || 0) + ")";
    });
  }

  function card(data) {
    var article = cardTemplate.content.firstElementChild.cloneNode(true);
    article.setAttribute("data-record-id", data.id);
    var link = article.querySelector('[data-slot="title"]');
    link.textContent = data.title;
    link.href = new URL(data.url, siteRoot).href;  // from the site root, wherever the site is served
    article.querySelector('[data-slot="facts"]').textContent = data.facts;
    var summary = article.querySelector('[data-slot="summary"]');
    summary.textContent = data.summary;
    summary.hidden = !data.summary;
    return article;
  }

  function showPager(state, pages) {
    pager.hidden = pages < 2;
    pager.querySelector(".kb-pager__position").textContent = "Pagina " + state.page + " van " + pages;
    pager.querySelector('[data-page="previous"]').disabled = state.page <= 1;
    pager.querySelector('[data-page="next"]').disabled = state.page >= pages;
  }

  // `keep`: the results may not get shorter, so nothing below them moves up unasked (a layout
  // shift): the view the address asks for replaces the page's own first page, which took its
  // place before any script ran. A search someone starts lets the results take their own height.
  async function run(state, keep) {
    current = state;
    root.setAttribute("data-search-state", "loading");
    var view = await index.query(state);
    if (current !== state) return;
    state.page = view.page;
    results.style.minHeight = keep ? results.offsetHeight + "px" : "";
    results.replaceChildren.apply(results, view.cards.map(card));
    if (window.performance && performance.mark) performance.mark("kb:results");
    count.setAttribute("data-result-count", String(view.total));
    // The words come from the page (core/wording.py wrote them there), the number in Dutch grouping.
    var noun = count.getAttribute(view.total === 1 ? "data-one" : "data-many");
    count.textContent = view.total.toLocaleString("nl-NL") + " " + noun;
    showPager(state, view.pages);
    showCounts(view.counts);
    root.setAttribute("data-search-state", "ready");
  }

  function go(state, replace) {
    var url = toQuery(state);
    if (replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    return run(state);
  }

  function fail(error) {
    count.textContent = "Zoeken is nu niet beschikbaar. Gebruik de overzichten hieronder.";
    if (window.console) console.error(error);
  }

  async function start() {
    listen();
    var state = readUrl();
    writeForm(state);
    form.hidden = false;
    if (isUnfiltered(state)) {
      showStatic(state);  // the page already shows this view; the facet index loads meanwhile
      return index.load();
    }
    await run(state, true);
  }

  function isUnfiltered(state) {
    return !state.q && !state.sort && state.page === 1 && Object.keys(state.filters).length === 0;
  }

  function showStatic(state) {
    current = state;
    showPager(state, Math.max(1, Math.ceil(parseInt(count.getAttribute("data-result-count"), 10) / PAGE_SIZE)));
    root.setAttribute("data-search-state", "ready");
  }

  function listen() {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(typing);
      go(readForm()).catch(fail);
    });
    form.addEventListener("change", function (event) {
      if (event.target.name === "q") return;
      showActive();
      go(readForm()).catch(fail);
    });
    toggle.addEventListener("click", function () {
      openFilters(toggle.getAttribute("aria-expanded") !== "true");
    });
    facetPanel.querySelector("[data-filters-close]").addEventListener("click", function () {
      openFilters(false);
    });
    form.addEventListener("keydown", function (event) {  // Escape in the open panel closes it
      var inPanel = facetPanel.contains(event.target) || event.target === toggle;
      if (event.key === "Escape" && inPanel && toggle.getAttribute("aria-expanded") === "true" && toggle.offsetParent) {
        event.preventDefault();
        openFilters(false);
      }
    });
    form.q.addEventListener("input", function () {
      if (form.q.value.trim()) index.warm().catch(fail);  // words are coming: load Pagefind meanwhile
      window.clearTimeout(typing);
      typing = window.setTimeout(function () { go(readForm(), true).catch(fail); }, 250);
    });
    form.addEventListener("reset", function (event) {
      event.preventDefault();
      writeForm({ q: "", sort: "", filters: {} });
      go(readForm()).catch(fail);
    });
    pager.addEventListener("click", function (event) {
      var button = event.target.closest("[data-page]");
      if (!button) return;
      var state = Object.assign({}, current);
      state.page += button.getAttribute("data-page") === "next" ? 1 : -1;
      go(state).then(function () { count.focus(); }).catch(fail);
    });
    window.addEventListener("popstate", function () {
      var state = readUrl();
      writeForm(state);
      run(state).catch(fail);
    });
  }

  start().catch(fail);
})();
