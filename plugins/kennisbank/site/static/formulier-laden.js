// The contribution form's loader: on its page only, import the form's modules (formulier/).
// A classic deferred script like the site's others; import() needs no inline script, so the
// page's Content Security Policy stays 'self'.
(function () {
  "use strict";
  const root = document.querySelector("[data-kb-form]");
  if (!root || !document.currentScript) return;
  const module = new URL("formulier/formulier.js", document.currentScript.src).href;
  import(module)
    .then((form) => form.start(root))
    .catch(() => {
      const status = root.querySelector("[data-form-status]");
      if (status) status.textContent = "Het formulier kon niet worden geladen. Herlaad de pagina, of maak het record met kennisbank new.";
    });
})();
