// The form's result: the problems still open, each linked to its field, and the record's YAML
// with copy, download and the proposal on GitHub. Asking for the result (or pressing "Controleer
// het record") shows every problem at its field; following a problem's link shows that one.

import { el, fieldId } from "./velden.js";
import { ID_PATH } from "./regels.js";
import { copyText, download, editProposal, filePath, newFileProposal } from "./voorstel.js";

export function buildResult(settings, errors) {
  const problems = el("ul", { class: "kb-form__problems", "data-problems": true });
  const count = el("p", { class: "kb-form__count", role: "status", "aria-live": "polite", "data-count": true });
  const yaml = el("pre", { "data-yaml": true });
  const frame = el("div", { class: "kb-form__yaml", role: "region", tabindex: "0", "aria-label": "Het record als YAML" }, yaml);
  const check = el("button", { type: "button", class: "md-button", "data-check": true, text: "Controleer het record" });
  const copy = el("button", { type: "button", class: "md-button", "data-copy": true, text: "Kopieer de YAML" });
  const save = el("button", { type: "button", class: "md-button", "data-download": true, text: "Download het bestand" });
  const github = el("a", { class: "md-button md-button--primary", "data-github": true, text: "Voorstellen op GitHub" });
  const actions = el("div", { class: "kb-form__actions" }, check, copy, save);
  const note = el("p", { class: "kb-form__note", "data-github-note": true });
  const copied = el("p", { class: "kb-form__copied", role: "status", "data-copied": true });
  const section = el("section", { class: "kb-form__result", "aria-labelledby": "kb-form-result" });
  section.append(el("h2", { id: "kb-form-result", text: "Uw record" }), count, problems, frame, actions, note, copied);
  const current = { text: "", name: "", proposal: null };
  for (const button of [copy, save, github]) button.addEventListener("click", () => errors.revealAll());
  check.addEventListener("click", () => {
    errors.revealAll();
    const first = problems.querySelector("a");
    if (first) first.click(); // to the first problem's field, as its link goes
  });
  copy.addEventListener("click", async () => {
    copied.textContent = (await copyText(current.text)) ? "De YAML staat op het klembord." : "Kopiëren lukte niet: selecteer de YAML hierboven en kopieer die zelf.";
  });
  save.addEventListener("click", () => download(current.text, current.name));
  github.addEventListener("click", async () => {
    if (current.proposal && !current.proposal.prefilled) {
      copied.textContent = (await copyText(current.text)) ? "De YAML staat op het klembord: plak die op GitHub." : "Kopiëren lukte niet: kopieer de YAML hierboven zelf.";
    }
  });
  const parts = { problems, count, yaml, github, actions, note, current, errors };
  return { section, show: (state, found, text) => show(parts, settings, state, found, text) };
}

function show(parts, settings, state, found, text) {
  parts.yaml.textContent = text;
  parts.current.text = text;
  parts.current.name = `${state.id || "record"}.yaml`;
  parts.count.textContent = found.length === 0 ? "Het record is in orde: u kunt het voorstellen." : found.length === 1 ? "Nog 1 probleem:" : `Nog ${found.length} problemen:`;
  parts.problems.replaceChildren(...found.map((problem) => problemItem(problem, parts.errors)));
  const proposal = propose(settings, state, text);
  parts.current.proposal = proposal;
  // Shown only when it can be followed: a link without an address is no link (Lighthouse, the Nu checker).
  if (proposal && found.length === 0) {
    for (const [name, value] of Object.entries({ href: proposal.url, target: "_blank", rel: "noopener" })) parts.github.setAttribute(name, value);
    if (!parts.github.isConnected) parts.actions.append(parts.github);
  } else {
    parts.github.remove();
  }
  parts.note.textContent = noteText(settings, state, found, proposal);
}

function problemItem(problem, errors) {
  const target = problem.path === ID_PATH ? "kb-form-id" : fieldId(problem.path);
  const link = el("a", { href: "#" + target, text: `${problem.label}: ${problem.message}` });
  link.addEventListener("click", (event) => {
    errors.reveal(problem.path);
    const field = document.getElementById(target) || document.querySelector(`[data-path="${problem.path}"] input, [data-path="${problem.path}"] select, [data-path="${problem.path}"] textarea, [data-path="${problem.path}"] button`);
    if (field) {
      event.preventDefault();
      field.focus();
    }
  });
  return el("li", {}, link);
}

function propose(settings, state, text) {
  if (!state.kind || !state.id) return null;
  if (state.editing) return settings.editBase ? editProposal(settings.editBase, state.editing.path) : null;
  if (!settings.newBase) return null;
  return newFileProposal(settings.newBase, filePath(settings.records, settings.folder(state.kind), state.id), text);
}

function noteText(settings, state, found, proposal) {
  if (!settings.newBase) {
    return "Deze site noemt geen GitHub-repository (de instelling edit_url van de kennisbank-plugin), dus voorstellen op GitHub kan hier niet: download het bestand en voeg het met een pull request toe, of stuur het naar de redactie.";
  }
  if (found.length > 0) return "Los eerst de problemen hierboven op; daarna kunt u het record voorstellen op GitHub.";
  if (!proposal) return "";
  if (state.editing) {
    return `GitHub kan een bestaand bestand niet vooraf invullen. Met de knop kopieert u de YAML en opent u ${state.editing.path} op GitHub: selecteer daar alle tekst (Ctrl+A), plak de YAML (Ctrl+V) en kies onderaan Propose changes.`;
  }
  if (!proposal.prefilled) {
    return "Dit record is te lang om in één keer aan GitHub mee te geven. Met de knop kopieert u de YAML en opent u op GitHub een nieuw bestand met de juiste naam: plak daar de YAML (Ctrl+V) en kies onderaan Propose changes.";
  }
  return "GitHub opent een nieuw bestand met dit record. Kies onderaan Propose changes; hebt u geen schrijfrechten, dan maakt GitHub eerst een eigen kopie (fork) en daarna een pull request.";
}
