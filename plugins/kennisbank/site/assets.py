"""The catalogue's script and the site's stylesheet, shipped inside the package.

The plugin adds them to every build as generated files, so a site that uses the plugin needs
no copies in its own docs folder; real files, small, with no build step.
"""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).parent / "static"
THEME = Path(__file__).parent / "theme"  # the theme override that prints a page's head declarations
STYLESHEET = "stylesheets/kennisbank.css"
INDEX_SCRIPT = "javascripts/catalogus-index.js"  # the catalogue's index; catalogus.js uses it, so it comes first
SCRIPT = "javascripts/catalogus.js"
ASSETS = {STYLESHEET: STATIC / "kennisbank.css", INDEX_SCRIPT: STATIC / "catalogus-index.js",
          SCRIPT: STATIC / "catalogus.js"}  # site path -> file
STYLESHEETS = [STYLESHEET]
SCRIPTS = [INDEX_SCRIPT, SCRIPT]  # deferred, so they run in this order
