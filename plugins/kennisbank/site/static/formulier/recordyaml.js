// A record's data written as YAML, the one canonical way: core/record_yaml.py, step for step
// (its docstring says the rules, such as long prose folded at WRAP columns as records have it).
// A test (tests/unit/test_record_yaml.py) runs this module with node over every record and
// compares the bytes with the Python; change both or neither.

const CODE_FORMATS = ["date", "email", "uri"];
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._~/:@%+=?&#,;!*()'$-]*$/;
const RESOLVED = new RegExp(
  "^(?:[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?" +
    "|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?" +
    "|[-+]?\\.(?:inf|Inf|INF|nan|NaN|NAN)|[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE" +
    "|on|On|ON|off|Off|OFF|null|Null|NULL|~)$",
);
const UNSAFE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NOT_IN_BLOCK = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const ONE_LINE = "^[^\\n]*$"; // the schema's pattern for a field that is one line by definition
const FIT = 100; // columns: a longer key line with its double-quoted prose becomes a folded block
const WRAP = 98; // columns: the folded block's lines, as the records' summaries are wrapped
// Columns counted in code points, as Python's len() counts them: not in UTF-16 units.
const width = (text) => [...text].length;

const isMapping = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const filled = (value) => (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0);

/** The record file's text; `schema` is its kind's bundled schema, every field inline. */
export function recordYaml(data, schema, schemaLink) {
  const lines = [`# yaml-language-server: $schema=${schemaLink}`, ...mappingLines(data, schema, 0)];
  return lines.join("\n") + "\n";
}

function mappingLines(data, schema, indent) {
  const properties = schema.properties || {};
  const known = Object.keys(properties);
  const keys = [...known.filter((key) => key in data), ...Object.keys(data).filter((key) => !known.includes(key))];
  return keys.flatMap((key) => entryLines(keyText(key), data[key], properties[key] || {}, indent));
}

function entryLines(key, value, schema, indent) {
  const pad = " ".repeat(indent);
  if (isMapping(value) && filled(value)) return [`${pad}${key}:`, ...mappingLines(value, schema, indent + 2)];
  if (Array.isArray(value) && filled(value)) {
    return [`${pad}${key}:`, ...sequenceLines(value, schema.items || {}, indent + 2)];
  }
  const [head, body] = scalar(value, schema, indent + 2, width(`${pad}${key}: `));
  return [`${pad}${key}: ${head}`, ...body];
}

function sequenceLines(items, schema, indent) {
  const lines = [];
  for (const item of items) {
    if ((isMapping(item) || Array.isArray(item)) && filled(item)) {
      const inner = isMapping(item)
        ? mappingLines(item, schema, indent + 2)
        : sequenceLines(item, schema.items || {}, indent + 2);
      lines.push(" ".repeat(indent) + "- " + inner[0].slice(indent + 2), ...inner.slice(1));
    } else {
      const [head, body] = scalar(item, schema, indent + 2, indent + 2);
      lines.push(" ".repeat(indent) + "- " + head, ...body);
    }
  }
  return lines;
}

function scalar(value, schema, indent, start) {
  if (value === null || value === undefined) return ["null", []];
  if (typeof value === "boolean") return [value ? "true" : "false", []];
  if (typeof value === "number") return [String(value), []];
  if (Array.isArray(value)) return ["[]", []];
  if (isMapping(value)) return ["{}", []];
  const text = String(value);
  if ((text.includes("\n") || schema["x-markdown"]) && canBlock(text)) return block(text, indent);
  if (isCode(schema)) return [PLAIN.test(text) && !text.endsWith(":") && !RESOLVED.test(text) ? text : quoted(text), []];
  if (start + width(quoted(text)) > FIT && schema.pattern !== ONE_LINE && canFold(text)) return folded(text, indent);
  return [quoted(text), []];
}

function folded(text, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && indent + width(line) + 1 + width(word) > WRAP) {
      lines.push(" ".repeat(indent) + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [">-", [...lines, " ".repeat(indent) + line]];
}

function canFold(text) {
  return text !== "" && text === text.replace(/^ +| +$/g, "") && !text.includes("  ") && !/[\t\n\r]/.test(text) && !NOT_IN_BLOCK.test(text);
}

function block(text, indent) {
  let indicator = "|-";
  let body = text;
  if (text.endsWith("\n\n")) [indicator, body] = ["|+", text.slice(0, -1)];
  else if (text.endsWith("\n")) [indicator, body] = ["|", text.slice(0, -1)];
  return [indicator, body.split("\n").map((line) => (line ? " ".repeat(indent) + line : ""))];
}

function canBlock(text) {
  const lines = text.split("\n");
  return (
    text.replace(/^[ \t\n]+|[ \t\n]+$/g, "") !== "" &&
    !text.startsWith("\n") &&
    ![" ", "\t"].includes(lines[0].slice(0, 1)) &&
    !NOT_IN_BLOCK.test(text) &&
    !lines.some((line) => line && line.replace(/^[ \t]+|[ \t]+$/g, "") === "") &&
    !lines.some((line) => line.startsWith("\t"))
  );
}

function isCode(schema) {
  return (
    "enum" in schema ||
    "x-references" in schema ||
    CODE_FORMATS.includes(schema.format) ||
    String(schema.pattern || "").startsWith("^https?")
  );
}

export function quoted(text) {
  return JSON.stringify(text).replace(UNSAFE, (found) => "\\u" + found.charCodeAt(0).toString(16).padStart(4, "0"));
}

function keyText(key) {
  return KEY.test(key) && !RESOLVED.test(key) ? key : quoted(key);
}
