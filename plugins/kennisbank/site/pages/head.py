"""What a page declares for its ``<head>``: its JSON alternate and its schema.org JSON-LD.

Written into the page's front matter (``kennisbank:``), which the package's theme override
(``theme/main.html``) prints; so the same Markdown gives the same head in any MkDocs build
that uses the override, with or without the plugin.
"""

from __future__ import annotations

import json
import posixpath

from markupsafe import Markup

from ..opendata.addresses import json_path
from ..opendata.jsonld import script_json
from ..records.entries import Entry

JSON = "application/json"


def front_matter(meta: dict) -> Markup:
    """The YAML between the page's ``---`` lines, written as JSON (which YAML reads as it is):
    PyYAML's pure-Python emitter cost 7 % of a build for the JSON-LD strings alone."""
    return Markup(json.dumps(meta, ensure_ascii=False))


def record_head(entry: Entry, jsonld: dict) -> dict:
    return {
        "alternate": [{"type": JSON, "href": relative_json(entry), "title": f"{entry.title} als JSON"}],
        "jsonld": script_json(jsonld),
    }


def relative_json(entry: Entry) -> str:
    """The record's JSON as a link from its own page (``../x.json``, or ``x.json`` for ``x.html``)."""
    base = entry.url.rstrip("/") if entry.url.endswith("/") else posixpath.dirname(entry.url)
    return posixpath.relpath(json_path(entry), base or ".")
