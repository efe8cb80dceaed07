// The validator's rules beyond the schema, as core/validation.py, core/records.py and
// core/markup.py apply them: the id, references to existing records of the right kind, the
// recognition's dates, a source's year, and what contributors' Markdown may not hold.
// tests/browser/test_form_parity.py holds a record for each rule against both.

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ID_PATH = "@id"; // the id is the file name, not a field: its own place in the form

/** Problems with the id: its form (records.py ID_PATTERN) and whether another record has it. */
export function idProblems(id, records, own) {
  if (!id) return [{ path: ID_PATH, code: "missing-field", message: "Kies een id: dat wordt de bestandsnaam van het record." }];
  if (!ID_PATTERN.test(id)) {
    const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "mijn-record";
    return [{ path: ID_PATH, code: "invalid-file-name", message: `'${id}' is geen geldig id: gebruik kleine letters a-z, cijfers en streepjes, bijvoorbeeld '${suggestion}'.` }];
  }
  const taken = records.get(id);
  if (taken && id !== own) {
    return [{ path: ID_PATH, code: "duplicate-id", message: `Het id '${id}' wordt al gebruikt door '${taken.title}'; een id is uniek over alle soorten heen: kies een ander id.` }];
  }
  return [];
}

/** Every value with its path and schema, walking data and schema together (core/paths.py). */
function* values(data, schema, path = "") {
  yield [path, data, schema];
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) yield* values(item, schema.items || {}, `${path}/${index}`);
  } else if (data && typeof data === "object") {
    for (const [key, item] of Object.entries(data)) yield* values(item, (schema.properties || {})[key] || {}, `${path}/${key}`);
  }
}

/** Problems with what the record says: everything validation.py checks beyond the schema. */
export function ruleProblems(data, schema, context) {
  const found = [];
  for (const [path, value, node] of values(data, schema)) {
    if (typeof value !== "string") continue;
    if (node["x-references"]) found.push(...referenceProblems(path, value, node["x-references"], context));
    if (node["x-markdown"]) found.push(...markdownFindings(value).map((finding) => ({ path, ...finding })));
  }
  return [...found, ...recognitionProblems(data, context.today), ...sourceProblems(data)];
}

function referenceProblems(path, id, kinds, context) {
  const target = context.records.get(id);
  const wanted = kinds.length === context.kinds.length ? "een record" : kinds.map((kind) => "een " + context.label(kind)).join(" of ");
  if (!target) {
    return [{ path, code: "unknown-reference", message: `Er is geen record met het id '${id}': kies ${wanted} uit de lijst.` }];
  }
  if (!kinds.includes(target.kind)) {
    return [{ path, code: "wrong-kind-reference", message: `'${id}' is een ${context.label(target.kind)}; hier hoort ${wanted}.` }];
  }
  return [];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(text) {
  const found = typeof text === "string" && DAY.exec(text);
  if (!found) return null;
  const day = new Date(Date.UTC(+found[1], +found[2] - 1, +found[3]));
  return day.getUTCMonth() === +found[2] - 1 && day.getUTCDate() === +found[3] ? text : null;
}

function recognitionProblems(data, today) {
  const recognition = data.recognition;
  if (!recognition || typeof recognition !== "object" || Array.isArray(recognition)) return [];
  const decided = parseDay(recognition.decided);
  const stated = parseDay(recognition.valid_until);
  const found = [];
  if (decided && decided > today) {
    found.push({ path: "/recognition/decided", code: "decision-in-future", message: `De besluitdatum ${decided} ligt in de toekomst: gebruik de datum van het erkenningsbesluit.` });
  }
  if (decided && stated && stated <= decided) {
    found.push({ path: "/recognition/valid_until", code: "end-before-decision", message: `De einddatum ${stated} ligt niet na de besluitdatum ${decided}.` });
  }
  return found;
}

function sourceProblems(data) {
  const sources = Array.isArray(data.sources) ? data.sources : [];
  return sources.flatMap((source, index) =>
    source && typeof source === "object" && !Array.isArray(source) && !("year" in source) && !("url" in source && "accessed" in source)
      ? [{ path: `/sources/${index}`, code: "source-without-year", message: "De bron noemt geen jaar: vul het jaar in, of bij een webpagina zonder jaar het webadres en de datum waarop u die las." }]
      : [],
  );
}

// core/markup.py, pattern for pattern.
const SAFE_SCHEMES = ["http", "https", "mailto"];
const SNIPPET = 60;
const MAX_FINDINGS = 10;
const CODE_SPAN = /(?<!\\)(`+)(?!`)(.{1,1000}?)(?<!`)\1(?!`)/g;
const TAG_NAME = /^<\/?([A-Za-z0-9]*)/;
const ANGLE = /<(?:!--|![A-Za-z[]|\?|\/?[A-Za-z][^<>]*>|\/[A-Za-z])/g;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*|[^<>\s!@]+@[^<>\s@]+)>/gy;
const INLINE_TARGET = /\]\s*\(\s*<?((?:[^()<>]|\([^()<>]*\))*)/g;
const TITLE = /\s+(?:"[^"]*"|'[^']*'|\([^)]*\))\s*$/;
const REFERENCE_TARGET = /\]:\s*<?([^\s<>\]]+)/g;
const IMAGE = /!\[[^[\]\n]*\]\s*[([][^()[\]\n]*[)\]]?/g;
const ATTRIBUTE_LIST = /\{:[^{}\n]*\}|\{[ ]*(?:[.#][^\s{}]|[^\s={}]+=)[^{}\n]*\}|(?<=[*_`)\]])\{[^{}\n]*\}|\{[^{}\n]*\}(?=[ ]*(?:\n|$|\|))/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;
const INVISIBLE = /[\x00-\x20\x7f-\x9f]+/g;
// html.unescape knows every HTML5 entity; these are the ones that can spell a scheme or hide in one.
const NAMED = { colon: ":", tab: "\t", newline: "\n", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", sol: "/", period: ".", semi: ";", lpar: "(", rpar: ")", plus: "+", hyphen: "-", dash: "-" };

export function markdownFindings(text) {
  if (!text.includes("<") && !text.includes("]") && !text.includes("{")) return [];
  const visible = text.replace(CODE_SPAN, (match) => " ".repeat(match.length));
  let found = [...rawHtml(visible), ...links(visible), ...images(visible), ...attributeLists(visible)];
  found.sort((a, b) => a.offset - b.offset);
  if (found.length > MAX_FINDINGS) {
    const more = found.length - MAX_FINDINGS;
    found = [...found.slice(0, MAX_FINDINGS), { code: "more-findings", message: `Nog ${more} ${more === 1 ? "probleem" : "problemen"} van deze soort in deze tekst.` }];
  }
  return found.map(({ code, message }) => ({ code, message }));
}

function unescapeHtml(text) {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);?/g, (entity, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED[name.toLowerCase()] ?? entity;
  });
}

export function unsafeScheme(url) {
  const decoded = unescapeHtml(url.replace(/\\(.)/g, "$1")).replace(INVISIBLE, "").toLowerCase();
  const match = SCHEME.exec(decoded);
  return match && !SAFE_SCHEMES.includes(match[1]) ? match[1] : null;
}

const quote = (written) => "'" + (written.length <= SNIPPET ? written : written.slice(0, SNIPPET - 3) + "...").replace(/\n/g, " ") + "'";

function tagAt(text, start) {
  const limit = Math.min(text.length, start + 4 * SNIPPET);
  let lineEnd = text.indexOf("\n", start);
  lineEnd = lineEnd === -1 || lineEnd >= limit ? limit : lineEnd;
  const end = text.indexOf(">", start);
  return text.slice(start, end !== -1 && end < lineEnd ? end + 1 : lineEnd);
}

function* rawHtml(text) {
  const opened = new Set();
  for (const match of text.matchAll(ANGLE)) {
    AUTOLINK.lastIndex = match.index;
    if (AUTOLINK.test(text)) continue;
    const written = tagAt(text, match.index);
    const name = (TAG_NAME.exec(written) || ["", ""])[1].toLowerCase();
    if (written.startsWith("</") && opened.has(name)) continue;
    opened.add(name);
    yield { offset: match.index, code: "raw-html", message: `HTML is niet toegestaan in tekstvelden: ${quote(written)}. Schrijf Markdown: **vet**, *cursief*, [tekst](https://...).` };
  }
}

function* links(text) {
  const targets = [...text.matchAll(INLINE_TARGET)].map((match) => [match.index, match[1].replace(TITLE, "").trim()]);
  for (const pattern of [REFERENCE_TARGET, new RegExp(AUTOLINK.source, "g")]) {
    targets.push(...[...text.matchAll(pattern)].map((match) => [match.index, match[1]]));
  }
  for (const [offset, target] of targets) {
    if (unsafeScheme(target)) {
      yield { offset, code: "unsafe-link", message: `Een link naar ${quote(target)} is niet toegestaan in tekstvelden: een link begint met https://, http:// of mailto:.` };
    }
  }
}

function* images(text) {
  for (const match of text.matchAll(IMAGE)) {
    yield { offset: match.index, code: "image", message: `Afbeeldingen zijn niet toegestaan in tekstvelden: ${quote(match[0])}. Link naar de afbeelding: [omschrijving](https://...).` };
  }
}

function* attributeLists(text) {
  for (const match of text.matchAll(ATTRIBUTE_LIST)) {
    yield { offset: match.index, code: "attribute-list", message: `Attribuutlijsten zijn niet toegestaan in tekstvelden: ${quote(match[0])}. Haal de {...} weg.` };
  }
}
