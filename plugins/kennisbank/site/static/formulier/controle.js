// The schema check of the form: the kind's published schema, run by @cfworker/json-schema (it
// interprets the schema, so the page needs no 'unsafe-eval'), its findings worded in Dutch at
// the field they concern. Formats are checked as the Python validator checks them: date and
// email only (core/schemas.py SHARED_FORMATS); web addresses by the schema's https?:// pattern.

import { Validator } from "./vendor/cfworker-json-schema/index.js";

const CHECKED_FORMATS = ["date", "email"];
const ONE_LINE = "^[^\\n]*$";

/** A validator for one kind: the schema as published, less the formats Python leaves alone. */
export function schemaChecker(schema) {
  const validator = new Validator(withCheckedFormats(schema), "2020-12", false);
  return (data) => validator.validate(data).errors.flatMap((error) => problem(error, schema));
}

function withCheckedFormats(node) {
  if (Array.isArray(node)) return node.map(withCheckedFormats);
  if (node === null || typeof node !== "object") return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "format" && typeof value === "string" && !CHECKED_FORMATS.includes(value)) continue;
    copy[key] = withCheckedFormats(value);
  }
  return copy;
}

/** The schema at a keyword location such as "#/properties/goals/properties/main/minLength". */
function schemaAt(schema, location) {
  const steps = location.replace(/^#\/?/, "").split("/").filter(Boolean).slice(0, -1);
  return steps.reduce((node, step) => (node ? node[decodeURIComponent(step).replace(/~1/g, "/").replace(/~0/g, "~")] : node), schema) || {};
}

function pointer(location) {
  return location.replace(/^#/, "");
}

function problem(error, schema) {
  const at = pointer(error.instanceLocation);
  const node = schemaAt(schema, error.keywordLocation);
  const words = MESSAGES[error.keyword];
  if (!words) return [];
  const found = words(node, error);
  if (!found) return [];
  return [{ path: found.path === undefined ? at : at + "/" + found.path, message: found.message, code: found.code }];
}

const MESSAGES = {
  required: (node, error) => {
    const key = /property "(.*)"\.$/.exec(error.error);
    return key && { path: key[1], code: "missing-field", message: "Dit veld is verplicht: vul het in." };
  },
  dependentRequired: (node, error) => {
    const keys = /has "(.*)" but does not have "(.*)"\.$/.exec(error.error);
    return keys && { path: keys[1], code: "needs-field", message: `Dit veld vraagt ook om het veld '${keys[2]}': vul dat ook in.` };
  },
  type: (node) => ({ code: "wrong-type", message: TYPES[node.type] || "Deze waarde heeft niet de soort die hier hoort." }),
  enum: () => ({ code: "unknown-term", message: "Deze waarde staat niet in de lijst: kies een van de waarden uit de lijst." }),
  format: (node) =>
    node.format === "date"
      ? { code: "invalid-date", message: "Dit is geen geldige datum: schrijf de datum als 2025-06-01 (jaar-maand-dag)." }
      : { code: "invalid-email", message: "Dit is geen e-mailadres: schrijf het als naam@organisatie.nl." },
  pattern: (node) => {
    if (node.pattern === ONE_LINE) return { code: "not-one-line", message: "Deze tekst hoort op één regel, zonder regeleinden." };
    if (String(node.pattern).startsWith("^https?")) {
      return { code: "invalid-url", message: "Een webadres begint met https:// of http:// en bevat geen spaties." };
    }
    return { code: "wrong-form", message: "Deze waarde heeft niet de vorm die hier hoort." };
  },
  minLength: (node) =>
    node.minLength <= 1
      ? { code: "empty", message: "Dit veld is leeg: vul het in of laat het weg." }
      : { code: "too-short", message: `Deze tekst is te kort: schrijf minstens ${node.minLength} tekens.` },
  maxLength: (node) => ({ code: "too-long", message: `Deze tekst is te lang: hoogstens ${node.maxLength} tekens.` }),
  minItems: (node) => ({ code: "too-few", message: `Kies of vul er minstens ${node.minItems} in.` }),
  maxItems: (node) => ({ code: "too-many", message: `Hier passen hoogstens ${node.maxItems}.` }),
  uniqueItems: () => ({ code: "repeated-value", message: "Een waarde staat hier meer dan één keer: haal de herhaling weg." }),
  minimum: (node) => ({ code: "out-of-range", message: `Dit getal is te klein: minstens ${node.minimum}.` }),
  maximum: (node) => ({ code: "out-of-range", message: `Dit getal is te groot: hoogstens ${node.maximum}.` }),
  additionalProperties: () => null,
  false: () => ({ code: "unknown-field", message: "Dit veld kent deze soort record niet." }),
};

const TYPES = {
  integer: "Hier hoort een heel getal, zoals 2024.",
  number: "Hier hoort een getal.",
  string: "Hier hoort tekst.",
  boolean: "Kies ja of nee.",
  array: "Hier hoort een lijst.",
  object: "Hier horen velden.",
};
