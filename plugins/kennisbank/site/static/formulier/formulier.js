// The contribution form: choose a kind, fill the fields its schema gives, see each problem at
// its field as you type, and get the record's YAML to propose on GitHub. The draft is kept in
// localStorage, so a reload loses nothing. `?bewerk=<id>` loads a published record to change.

import { schemaChecker } from "./controle.js";
import { fieldErrors } from "./fouten.js";
import { ID_PATH, idProblems, ruleProblems } from "./regels.js";
import { recordYaml } from "./recordyaml.js";
import { buildResult } from "./uitvoer.js";
import { buildFields, el, fieldId, pruned } from "./velden.js";

const DRAFT = "kennisbank-formulier";

export async function start(root) {
  const status = root.querySelector("[data-form-status]");
  const site = root.dataset.siteRoot;
  const kinds = JSON.parse(root.dataset.kinds);
  const titles = await fetchJson(site + root.dataset.titles);
  const context = makeContext(kinds, titles, root);
  const kept = (await editedRecord(site, titles, context)) || loadDraft();
  const state = kept || { kind: "", id: "", drafts: {}, editing: null };
  const errors = fieldErrors(root, Boolean(kept) && filledIn(kept));
  const page = buildPage(root, kinds, state, context);
  const settings = { newBase: root.dataset.newBase, editBase: root.dataset.editBase, records: root.dataset.records, folder: (name) => context.kind(name).folder };
  const result = buildResult(settings, errors);
  root.append(page.form, result.section, context.lists);
  const schemas = {};
  async function draw() {
    const kind = state.kind && context.kind(state.kind);
    page.fields.replaceChildren();
    result.section.hidden = !kind;
    if (!kind) return;
    schemas[kind.name] = schemas[kind.name] || (await fetchJson(site + kind.schema));
    state.drafts[kind.name] = state.drafts[kind.name] || {};
    context.changed = (how = {}) => update(how);
    buildFields(page.fields, schemas[kind.name], state.drafts[kind.name], context);
    update();
  }
  function update(how = {}) {
    if (how.rebuild) return draw().then(() => focusPath(page.fields, how.focus, how.add));
    saveDraft(state);
    const kind = context.kind(state.kind);
    const schema = schemas[kind.name];
    const data = pruned(state.drafts[kind.name]);
    const found = [...idProblems(state.id, context.records, state.editing && state.editing.id), ...schemaChecker(schema)(data), ...ruleProblems(data, schema, context)];
    errors.show(found);
    result.show(state, found, recordYaml(data, schema, kind.link));
  }
  page.kind.addEventListener("change", () => {
    state.kind = page.kind.value;
    draw();
  });
  page.id.addEventListener("input", () => {
    state.id = page.id.value;
    if (state.kind) update();
  });
  errors.watch(page.form);
  page.restart.addEventListener("click", () => {
    localStorage.removeItem(DRAFT);
    location.assign(location.pathname);
  });
  status.textContent = state.editing ? `U wijzigt het record '${state.id}'.` : "";
  status.hidden = !state.editing;
  await draw();
  root.dataset.formState = "ready";
}

/** Whether a kept draft holds anything typed: only then are its problems all shown at once. */
function filledIn(kept) {
  return Boolean(kept.editing || kept.id || Object.values(kept.drafts || {}).some((data) => Object.keys(pruned(data || {})).length));
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function slug(title) {
  return title.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]+/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** Existing records by id, from the header search's title index (site/catalogue/title_index.py). */
function makeContext(kinds, titles, root) {
  const byFolder = new Map(kinds.map((kind) => [kind.folder, kind]));
  const records = new Map();
  for (const [title, number, , ref] of titles.records) {
    const [, before, after] = titles.kinds[number];
    const kind = byFolder.get(before.replace(/\/$/, "").split("/").pop());
    const id = typeof ref === "number" ? slug(title).slice(0, ref) : ref;
    if (kind) records.set(id, { title, kind: kind.name, url: before + id + after });
  }
  const lists = el("div", { hidden: true });
  const made = new Map();
  const today = new Date();
  return {
    records,
    lists,
    kinds: kinds.map((kind) => kind.name),
    today: [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((part) => String(part).padStart(2, "0")).join("-"),
    kind: (name) => kinds.find((kind) => kind.name === name),
    label: (name) => (kinds.find((kind) => kind.name === name) || { label: name }).label.toLowerCase(),
    datalist(node) {
      const key = node["x-references"] ? "records-" + node["x-references"].join("-") : "terms-" + (node["x-vocabulary"] || node.enum.join("-"));
      if (!made.has(key)) {
        const id = "kb-lijst-" + made.size;
        const options = node["x-references"]
          ? [...records].filter(([, record]) => node["x-references"].includes(record.kind)).map(([value, record]) => el("option", { value, text: `${record.title} (${this.label(record.kind)})` }))
          : node.enum.map((value, index) => el("option", { value, text: ((node.enumDescriptions || [])[index] || value).split(": ")[0] }));
        lists.append(el("datalist", { id }, ...options));
        made.set(key, id);
      }
      return made.get(key);
    },
  };
}

/** The record named by ?bewerk=, from its published JSON, unless a draft of it is kept. */
async function editedRecord(site, titles, context) {
  const id = new URLSearchParams(location.search).get("bewerk");
  const record = id && context.records.get(id);
  if (!record) return null;
  const draft = loadDraft();
  if (draft && draft.editing && draft.editing.id === id) return draft;
  const json = (record.url.endsWith(".html") ? record.url.slice(0, -5) : record.url.replace(/\/$/, "")) + ".json";
  const published = await fetchJson(site + json);
  const source = published.record_file;
  return { kind: record.kind, id, drafts: { [record.kind]: source.data }, editing: { id, path: source.path } };
}

function loadDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT) || "null");
    return draft && typeof draft === "object" && draft.drafts ? draft : null;
  } catch {
    return null;
  }
}

function saveDraft(state) {
  try {
    localStorage.setItem(DRAFT, JSON.stringify(state));
  } catch {
    // a full or blocked storage: the form still works, the draft is just not kept
  }
}

function buildPage(root, kinds, state, context) {
  const kind = el("select", { id: "kb-form-kind", name: "kind" }, el("option", { value: "", text: "— kies een soort —" }), ...kinds.map((found) => el("option", { value: found.name, text: found.label })));
  kind.value = state.kind;
  kind.disabled = Boolean(state.editing);
  const id = el("input", { id: "kb-form-id", name: "id", type: "text", autocomplete: "off", spellcheck: "false", "aria-describedby": "kb-form-id-uitleg", readonly: Boolean(state.editing) });
  id.value = state.id;
  const restart = el("button", { type: "button", class: "md-button", text: state.editing ? "Stop met wijzigen en begin een nieuw record" : "Wis het formulier en begin opnieuw" });
  const fields = el("div", { class: "kb-form__fields" });
  const idHelp = state.editing ? "Het id is de bestandsnaam; bij een wijziging blijft het gelijk, want andere records en links verwijzen ernaar." : "Het id wordt de bestandsnaam: kleine letters, cijfers en streepjes, zoals fysio-oefenochtend. Het is uniek over alle soorten heen en verandert niet meer.";
  const form = el(
    "form",
    { class: "kb-form__form", novalidate: true, "aria-label": "Record invullen" },
    el("div", { class: "kb-field" }, el("label", { for: "kb-form-kind", text: "Soort record (verplicht)" }), kind),
    el("div", { class: "kb-field", "data-path": ID_PATH }, el("label", { for: "kb-form-id", text: "Id (verplicht)" }), el("p", { class: "kb-field__help", id: "kb-form-id-uitleg", text: idHelp }), id, el("p", { class: "kb-field__error", id: "kb-form-id-fout", "data-error-path": ID_PATH, hidden: true })),
    fields,
    restart,
  );
  form.addEventListener("submit", (event) => event.preventDefault());
  return { form, kind, id, fields, restart };
}

function focusPath(container, path, add) {
  if (!path) return;
  const target = add ? container.querySelector(`[data-add="${CSS.escape(path)}"]`) : document.getElementById(fieldId(path)) || container.querySelector(`[data-path="${CSS.escape(path)}"] input, [data-path="${CSS.escape(path)}"] select, [data-path="${CSS.escape(path)}"] textarea`);
  if (target) target.focus();
}
