/* Kennisbank catalogue index: facet counts, filtering, sorting, paging and cards in the browser.
 *
 * Why not Pagefind for all of it: at 10,000 records its filter index alone was 189 KB gzip,
 * and a broad query spent seconds filtering and sorting inside Pagefind. The build writes, from
 * the same entries as the pages (site/facetindex.py), under zoekindex/:
 *   facetten.json      per facet term a bitset over the records, numbered in title order
 *   bijgewerkt.json    the record numbers by last review, loaded only for that sort
 *   kaarten/<n>.json   one card per record, loaded only when shown
 *   pagefind.json      Pagefind result id -> record number, loaded at the first text query
 * A filter-only view needs facetten.json alone. A text query asks Pagefind for its words without
 * filters, maps each result to its record number and intersects with the bitsets, so every count
 * is exact. Values within a facet combine with OR, facets with AND; a facet's own counts use the
 * other facets' filters only, so choosing a second value shows what it would add.
 *
 * Used by catalogus.js: KennisbankIndex.open(options) returns an index whose query(state)
 * resolves to { total, page, pages, cards, counts } for { q, sort, page, filters }, and whose
 * warm() loads Pagefind ahead of a text query.
 */
(function () {
  "use strict";

  var QUERY_CACHE = 8;  // text queries kept, so changing a facet or a page does not search again

  function fetchJson(url, revalidate) {
    return fetch(url, revalidate ? { cache: "no-cache" } : {}).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  function decode(text, words) {  // base64 of little-endian 32-bit words
    var bytes = atob(text);
    var bits = new Uint32Array(words);
    for (var i = 0; i + 3 < bytes.length; i += 4) {
      bits[i >> 2] = (bytes.charCodeAt(i) | bytes.charCodeAt(i + 1) << 8 | bytes.charCodeAt(i + 2) << 16 |
        bytes.charCodeAt(i + 3) << 24) >>> 0;
    }
    return bits;
  }

  function ones(word) {
    word -= (word >>> 1) & 0x55555555;
    word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
    return (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }

  function countBoth(a, b) {
    var total = 0;
    for (var i = 0; i < a.length; i++) total += ones(a[i] & b[i]);
    return total;
  }

  function and(a, b) {
    var out = new Uint32Array(a.length);
    for (var i = 0; i < a.length; i++) out[i] = a[i] & b[i];
    return out;
  }

  function or(a, b) {
    var out = new Uint32Array(a.length);
    for (var i = 0; i < a.length; i++) out[i] = a[i] | b[i];
    return out;
  }

  function has(bits, number) {
    return (bits[number >>> 5] & (1 << (number & 31))) !== 0;
  }

  function everything(records, words) {
    var bits = new Uint32Array(words).fill(0xffffffff);
    if (records % 32) bits[words - 1] = (1 << (records % 32)) - 1;
    return bits;
  }

  // The numbers of `bits`, in `order` (record numbers, or none for title order), from `start`.
  function slice(bits, order, start, size) {
    var found = [];
    var seen = 0;
    var length = order ? order.length : bits.length * 32;
    for (var i = 0; i < length && found.length < size; i++) {
      var number = order ? order[i] : i;
      if (has(bits, number) && seen++ >= start) found.push(number);
    }
    return found;
  }

  // The promise `make` gives, kept in `map` under `key`; forgotten if it fails, so a network
  // error is not remembered for the rest of the visit.
  function remember(map, key, make) {
    if (!map.has(key)) {
      map.set(key, make().catch(function (error) { map.delete(key); throw error; }));
    }
    return map.get(key);
  }

  // Pagefind result id -> record number, from the shortest unique starts the build wrote.
  function lookup(mapping) {
    var numbers = new Map();
    mapping.ids.split(" ").forEach(function (start, number) { if (start) numbers.set(start, number); });
    return function (id) {
      if (id.lastIndexOf(mapping.common, 0) !== 0) return undefined;
      var rest = id.slice(mapping.common.length);
      for (var length = 1; length <= rest.length; length++) {
        var number = numbers.get(rest.slice(0, length));
        if (number !== undefined) return number;
      }
      return numbers.get(rest + mapping.end);
    };
  }

  function open(options) {
    var base = new URL(options.index, document.baseURI);
    var siteRoot = new URL(options.siteRoot, document.baseURI);
    var pageSize = options.pageSize;
    var loaded = null;  // the facet index, once load() has read it
    var files = new Map(), cards = new Map(), queries = new Map();

    function url(path) {  // the files below facetten.json change with its version, so caches never mix builds
      return new URL(path + "?v=" + loaded.version, base).href;
    }

    function load() {
      return remember(files, "facets", function () {
        return fetchJson(new URL("facetten.json", base).href, true).then(function (data) {
          loaded = decodeIndex(data);
          return loaded;
        });
      });
    }

    function decodeIndex(data) {
      var words = Math.ceil(data.records / 32);
      var facets = {};
      Object.keys(data.facets).forEach(function (key) {
        facets[key] = {};
        Object.keys(data.facets[key]).forEach(function (value) {
          facets[key][value] = decode(data.facets[key][value].bits, words);
        });
      });
      return { version: data.version, facets: facets, all: everything(data.records, words) };
    }

    function reviewOrder() {
      return remember(files, "reviewed", function () {
        return fetchJson(url("bijgewerkt.json")).then(function (data) { return data.order; });
      });
    }

    function pagefind() {
      return remember(files, "pagefind", loadPagefind);
    }

    function loadPagefind() {
      return Promise.all([
        import(new URL("pagefind.js", new URL(options.pagefind, document.baseURI)).href),
        fetchJson(new URL("pagefind.json", base).href, true),
      ]).then(async function (found) {
        var module = found[0], mapping = found[1];
        await module.init();
        for (var i = 1; i < mapping.bundles.length; i++) {
          await module.mergeIndex(new URL(mapping.bundles[i], siteRoot).pathname);
        }
        return { search: module.search, preload: module.preload, number: lookup(mapping) };
      });
    }

    // Pagefind, its wasm, its page list and the mapping, loaded while someone types: no words yet,
    // so no word chunks for half-typed words.
    function warm() {
      return pagefind().then(function (found) { return found.preload(""); });
    }

    // The records matching the words: a bitset, and their numbers in Pagefind's order (relevance).
    function words(q) {
      var known = queries.has(q);
      var match = remember(queries, q, function () {
        return pagefind().then(async function (found) {
          var answer = await found.search(q);
          var bits = new Uint32Array(loaded.all.length), order = [];
          (answer ? answer.results : []).forEach(function (result) {
            var number = found.number(result.id);
            if (number !== undefined && !has(bits, number)) {
              bits[number >>> 5] |= 1 << (number & 31);
              order.push(number);
            }
          });
          return { bits: bits, order: order };
        });
      });
      if (!known && queries.size > QUERY_CACHE) queries.delete(queries.keys().next().value);
      return match;
    }

    // Facet key -> the records with any of its chosen values.
    function chosen(filters) {
      var sets = {};
      Object.keys(filters).forEach(function (key) {
        var terms = loaded.facets[key] || {};
        sets[key] = filters[key].reduce(function (bits, value) {
          return terms[value] ? or(bits, terms[value]) : bits;
        }, new Uint32Array(loaded.all.length));
      });
      return sets;
    }

    function counts(universe, sets, found) {
      var result = {};
      Object.keys(loaded.facets).forEach(function (key) {
        var base = found;
        if (sets[key]) {
          base = universe;
          Object.keys(sets).forEach(function (other) { if (other !== key) base = and(base, sets[other]); });
        }
        result[key] = {};
        Object.keys(loaded.facets[key]).forEach(function (value) {
          result[key][value] = countBoth(base, loaded.facets[key][value]);
        });
      });
      return result;
    }

    function card(number) {
      return remember(cards, number, function () { return fetchJson(url("kaarten/" + number + ".json")); });
    }

    async function query(state) {
      await load();
      var match = state.q ? await words(state.q) : null;
      var universe = match ? match.bits : loaded.all;
      var sets = chosen(state.filters);
      var found = Object.keys(sets).reduce(function (bits, key) { return and(bits, sets[key]); }, universe);
      var total = countBoth(found, found);
      var pages = Math.max(1, Math.ceil(total / pageSize));
      var page = Math.min(Math.max(1, state.page), pages);
      var sort = state.sort || (match ? "relevance" : "title");
      var order = sort === "reviewed" ? await reviewOrder() : sort === "relevance" ? match.order : null;
      var numbers = slice(found, order, (page - 1) * pageSize, pageSize);
      return {
        total: total, page: page, pages: pages, counts: counts(universe, sets, found),
        cards: await Promise.all(numbers.map(card)),
      };
    }

    return { load: load, query: query, warm: warm };
  }

  window.KennisbankIndex = { open: open };
})();
