// The form's fields, built from a kind's schema: every field with its Dutch title, description
// and whether it is required. Values live in one plain object (`data`); a control writes its
// value at its path and calls `changed`. Everything a person typed reaches the page only as
// a form value or through textContent, never as HTML.

const LARGE_VOCABULARY = 15; // core/field_labels.py: beyond this, a searchable choice
const ONE_LINE = "^[^\\n]*$";

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children.filter(Boolean));
  return node;
}

export const fieldId = (path) => "kb-f" + path.replace(/[^A-Za-z0-9]+/g, "-");

function valueAt(data, steps) {
  return steps.reduce((node, step) => (node === undefined || node === null ? undefined : node[step]), data);
}

function setAt(data, steps, value) {
  let node = data;
  for (const [index, step] of steps.slice(0, -1).entries()) {
    if (node[step] === undefined || node[step] === null || typeof node[step] !== "object") {
      node[step] = typeof steps[index + 1] === "number" ? [] : {};
    }
    node = node[step];
  }
  node[steps[steps.length - 1]] = value;
}

const toSteps = (path) => path.split("/").slice(1).map((step) => (/^\d+$/.test(step) ? Number(step) : step));

/** Builds the fields of one kind into `container`; `rebuild` redraws after a list changes. */
export function buildFields(container, schema, data, context) {
  const form = { data, context, changed: context.changed };
  container.replaceChildren(...Object.entries(schema.properties || {}).map(([name, node]) => field(form, node, "/" + name, (schema.required || []).includes(name))));
}

function label(node, path) {
  return node.title || path.split("/").pop();
}

function heading(tag, id, node, path, required) {
  return el(tag, tag === "label" ? { for: id } : {}, el("span", { text: label(node, path) }), el("span", { class: "kb-field__need", text: required ? " (verplicht)" : " (optioneel)" }));
}

function help(id, node) {
  return node.description ? el("p", { class: "kb-field__help", id: id + "-uitleg", text: node.description }) : null;
}

function errorSlot(id, path) {
  return el("p", { class: "kb-field__error", id: id + "-fout", "data-error-path": path, hidden: true });
}

/** The field's help; its error joins the description only while on show (fouten.js). */
function describedBy(id, node) {
  return node.description ? id + "-uitleg" : null;
}

function field(form, node, path, required) {
  const items = node.items || {};
  if (node.type === "object") return group(form, node, path, required);
  if (node.type === "array" && Array.isArray(items.enum) && items.enum.length <= LARGE_VOCABULARY) return checkboxes(form, node, path, required);
  if (node.type === "array") return list(form, node, path, required);
  const id = fieldId(path);
  const wrapper = el("div", { class: "kb-field", "data-path": path });
  wrapper.append(heading("label", id, node, path, required), help(id, node), control(form, node, path, id), errorSlot(id, path));
  return wrapper;
}

function group(form, node, path, required) {
  const id = fieldId(path);
  const set = el("fieldset", { class: "kb-group", "data-path": path, "aria-describedby": describedBy(id, node) });
  set.append(heading("legend", id, node, path, required), help(id, node), errorSlot(id, path));
  for (const [name, child] of Object.entries(node.properties || {})) {
    set.append(field(form, child, `${path}/${name}`, (node.required || []).includes(name)));
  }
  return set;
}

function checkboxes(form, node, path, required) {
  const id = fieldId(path);
  const set = el("fieldset", { class: "kb-group kb-choices", "data-path": path, "aria-describedby": describedBy(id, node) });
  set.append(heading("legend", id, node, path, required), help(id, node), errorSlot(id, path));
  const chosen = () => valueAt(form.data, toSteps(path)) || [];
  node.items.enum.forEach((term, index) => {
    const box = el("input", { type: "checkbox", id: `${id}-${index}`, value: term });
    box.checked = chosen().includes(term);
    box.addEventListener("change", () => {
      const now = chosen().filter((value) => value !== term);
      if (box.checked) now.push(term);
      setAt(form.data, toSteps(path), node.items.enum.filter((value) => now.includes(value)).concat(now.filter((value) => !node.items.enum.includes(value))));
      form.changed();
    });
    set.append(el("div", { class: "kb-choice" }, box, el("label", { for: `${id}-${index}`, text: termLabel(node.items, index) })));
  });
  return set;
}

function termLabel(node, index) {
  const described = (node.enumDescriptions || [])[index];
  return described ? described.split(": ")[0] : String(node.enum[index]);
}

function list(form, node, path, required) {
  const id = fieldId(path);
  const set = el("fieldset", { class: "kb-group kb-list", "data-path": path, "aria-describedby": describedBy(id, node) });
  set.append(heading("legend", id, node, path, required), help(id, node), errorSlot(id, path));
  const items = valueAt(form.data, toSteps(path)) || [];
  const item = node.items || {};
  const noun = item.type === "object" && item.title ? item.title.toLowerCase() : "waarde";
  items.forEach((_, index) => {
    const at = `${path}/${index}`;
    const part = item.type === "object" ? group(form, { ...item, title: `${item.title || "Item"} ${index + 1}` }, at, true) : field(form, { ...item, title: `${label(node, path)} ${index + 1}` }, at, true);
    const remove = el("button", { type: "button", class: "md-button kb-list__remove", text: `Verwijder ${noun} ${index + 1}` });
    remove.addEventListener("click", () => {
      items.splice(index, 1);
      form.changed({ rebuild: true, focus: items.length ? `${path}/${Math.min(index, items.length - 1)}` : path, add: !items.length });
    });
    part.append(remove);
    set.append(part);
  });
  const add = el("button", { type: "button", class: "md-button kb-list__add", "data-add": path, text: `Voeg ${noun} toe` });
  add.addEventListener("click", () => {
    setAt(form.data, toSteps(path), [...items, item.type === "object" ? {} : ""]);
    form.changed({ rebuild: true, focus: `${path}/${items.length}` });
  });
  set.append(add);
  return set;
}

function control(form, node, path, id) {
  const steps = toSteps(path);
  const value = valueAt(form.data, steps);
  const common = { id, name: path, "aria-describedby": describedBy(id, node) };
  let input;
  if (Array.isArray(node.enum) && node.enum.length <= LARGE_VOCABULARY) {
    input = el("select", common, el("option", { value: "", text: "— kies —" }), ...node.enum.map((term, index) => el("option", { value: term, text: termLabel(node, index) })));
  } else if (node.type === "boolean") {
    input = el("select", common, el("option", { value: "", text: "— kies —" }), el("option", { value: "true", text: "ja" }), el("option", { value: "false", text: "nee" }));
  } else if (node["x-markdown"] || (node.type === "string" && !node.enum && !node.format && !node.pattern && !node["x-references"])) {
    input = el("textarea", { ...common, rows: node["x-markdown"] ? 6 : 3 });
  } else {
    const choices = Array.isArray(node.enum) ? "vocabulary" : node["x-references"] ? "records" : "";
    input = el("input", { ...common, type: "text", autocomplete: "off", spellcheck: node.format || choices ? "false" : null, inputmode: node.type === "integer" ? "numeric" : node.format === "email" ? "email" : String(node.pattern || "").startsWith("^https?") ? "url" : null, placeholder: node.format === "date" ? "JJJJ-MM-DD" : null });
    if (choices) input.setAttribute("list", form.context.datalist(node));
  }
  input.value = value === undefined || value === null ? "" : String(value);
  input.addEventListener(input.tagName === "SELECT" ? "change" : "input", () => {
    setAt(form.data, steps, read(input.value, node));
    form.changed();
  });
  return input;
}

/** What a control's text means in the record: a number for a whole number, markdown ending
 * in a line break as `|` writes it, "" for nothing (left out when the record is written). */
function read(text, node) {
  if (node.type === "integer" && /^-?\d+$/.test(text.trim())) return Number(text.trim());
  if (node.type === "boolean") return text === "" ? "" : text === "true";
  if (node["x-markdown"] && text.trim() !== "" && !text.endsWith("\n")) return text + "\n";
  return text;
}

/** The record as it will be written: empty texts, lists and groups left out. */
export function pruned(value) {
  if (Array.isArray(value)) return value.map((item) => (item && typeof item === "object" ? pruned(item) ?? {} : item));
  if (value && typeof value === "object") {
    const kept = {};
    for (const [key, item] of Object.entries(value)) {
      const inner = item && typeof item === "object" ? pruned(item) : item;
      if (inner === "" || inner === undefined || inner === null) continue;
      if (typeof inner === "object" && Object.keys(inner).length === 0) continue;
      kept[key] = inner;
    }
    return kept;
  }
  return value;
}

export { ONE_LINE };
