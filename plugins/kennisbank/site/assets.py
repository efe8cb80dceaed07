"""The catalogue's script and the site's stylesheet, shipped inside the package.

The plugin adds them to every build as generated files, so a site that uses the plugin needs
no copies in its own docs folder; real files, small, with no build step.
"""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).parent / "static"
STYLESHEET = "stylesheets/kennisbank.css"
SCRIPT = "javascripts/catalogus.js"
ASSETS = {STYLESHEET: STATIC / "kennisbank.css", SCRIPT: STATIC / "catalogus.js"}  # site path -> file
STYLESHEETS = [STYLESHEET]
SCRIPTS = [SCRIPT]
