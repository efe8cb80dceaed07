"""The site's scripts and stylesheets, shipped inside the package.

The plugin adds them to every build as generated files, so a site that uses the plugin needs
no copies in its own docs folder; real files, small, with no build step. Every script is
loaded with ``defer`` on every page and does nothing on pages it does not concern.
"""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).parent / "static"
THEME = Path(__file__).parent / "theme"  # the theme override that prints a page's head declarations
STYLESHEET = "stylesheets/kennisbank.css"
PRINT_STYLESHEET = "stylesheets/afdrukken.css"  # the factsheet, the comparison and the gap map on paper
INDEX_SCRIPT = "javascripts/catalogus-index.js"  # the catalogue's index; catalogus.js uses it, so it comes first
SCRIPT = "javascripts/catalogus.js"
PRINT_SCRIPT = "javascripts/afdrukken.js"
CHOICE_SCRIPT = "javascripts/keuze.js"  # the "Vergelijk" buttons on cards and record pages, and the choice
COMPARE_SCRIPT = "javascripts/vergelijken.js"  # the comparison page
SEARCH_SCRIPT = "javascripts/zoektitels.js"  # records by title in the header search, index fetched on typing
SEARCH_STYLESHEET = "stylesheets/zoektitels.css"
FORM_SCRIPT = "javascripts/formulier-laden.js"  # on the form's page only, imports the form's modules
FORM_STYLESHEET = "stylesheets/formulier.css"  # on the form's page only, declared in its head (pages/form.py)
FORM_FOLDER = "formulier"  # the form's ES modules, and the vendored validator under vendor/
STYLESHEETS = [STYLESHEET, PRINT_STYLESHEET, SEARCH_STYLESHEET]  # on every page
# deferred: they run in this order
SCRIPTS = [INDEX_SCRIPT, SCRIPT, PRINT_SCRIPT, CHOICE_SCRIPT, COMPARE_SCRIPT, SEARCH_SCRIPT, FORM_SCRIPT]
MODULES = {
    f"javascripts/{path.relative_to(STATIC).as_posix()}": path
    for path in sorted((STATIC / FORM_FOLDER).rglob("*"))
    if path.suffix == ".js" or path.name == "LICENSE"
}
# site path -> file
ASSETS = {path: STATIC / Path(path).name for path in [*STYLESHEETS, FORM_STYLESHEET, *SCRIPTS]} | MODULES
