// Each problem beside its field, but only once the person has had a chance to get it right:
// after they touched the field (typed, chose, or left it), after they asked for the result
// (copy, download, "Controleer het record"), or for a kept draft or an edited record, which
// were filled in before. Choosing a kind thus does not greet anyone with a wall of red; the
// summary under the form counts every problem from the start, so the missing GitHub button
// never goes unexplained.

import { ID_PATH } from "./regels.js";
import { fieldId } from "./velden.js";

const ERROR_ID = /-fout$/;

/** The form's errors at their fields: `show` after each check, `reveal` and `revealAll` when
 * the person asks, `watch` to count a field as touched once it is changed or left. */
export function fieldErrors(root, all) {
  const touched = new Set();
  let found = [];
  const shows = (path) => all || [...touched].some((done) => done === path || done.startsWith(path + "/"));
  const errors = {
    show(problems) {
      found = problems;
      showProblems(root, found, shows);
    },
    reveal(path) {
      touched.add(path);
      errors.show(found);
    },
    revealAll() {
      all = true;
      errors.show(found);
    },
    watch(form) {
      // capture: the field counts as touched before its own listener checks the record again
      const touch = (event) => {
        const path = event.target.closest("[data-path]")?.dataset.path;
        if (path) touched.add(path);
        return path;
      };
      form.addEventListener("input", touch, true);
      form.addEventListener("change", touch, true);
      form.addEventListener("focusout", (event) => touch(event) && errors.show(found));
    },
  };
  return errors;
}

/** Every problem gets its field's path and label (for the summary); the shown ones a message. */
function showProblems(root, found, shows) {
  for (const slot of root.querySelectorAll("[data-error-path]")) {
    slot.hidden = true;
    slot.textContent = "";
  }
  for (const control of root.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  for (const described of root.querySelectorAll("[aria-describedby]")) describe(described, null);
  for (const problem of found) {
    const slot = placeFor(root, problem);
    if (slot && shows(problem.path)) showAt(slot, problem);
  }
}

/** The error slot of the field, or the nearest group that has one; sets path and label. */
function placeFor(root, problem) {
  let path = problem.path;
  let slot = root.querySelector(`[data-error-path="${CSS.escape(path)}"]`);
  while (!slot && path.includes("/")) {
    path = path.slice(0, path.lastIndexOf("/"));
    slot = root.querySelector(`[data-error-path="${CSS.escape(path || "/")}"]`);
  }
  problem.label = "Record";
  if (!slot) return null;
  problem.path = path;
  const labelled = slot.closest("[data-path]");
  problem.label = labelled ? (labelled.querySelector("label, legend") || labelled).textContent.replace(/ \((verplicht|optioneel)\)$/, "") : "Record";
  return slot;
}

function showAt(slot, problem) {
  slot.textContent = (slot.textContent ? slot.textContent + " " : "Fout: ") + problem.message;
  slot.hidden = false;
  const control = document.getElementById(problem.path === ID_PATH ? "kb-form-id" : fieldId(problem.path));
  if (control && /^(INPUT|SELECT|TEXTAREA)$/.test(control.tagName)) {
    control.setAttribute("aria-invalid", "true");
    describe(control, slot.id);
  } else {
    describe(slot.closest("[data-path]"), slot.id);
  }
}

/** The element's description: its help, plus the error's id while the error is on show. */
function describe(element, errorId) {
  if (!element) return;
  const ids = (element.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !ERROR_ID.test(id));
  if (errorId) ids.push(errorId);
  if (ids.length) element.setAttribute("aria-describedby", ids.join(" "));
  else element.removeAttribute("aria-describedby");
}
