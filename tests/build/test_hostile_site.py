"""Build-level: a record carrying script, event handlers and javascript: links never reaches the site.

The validator refuses it; and when validation is bypassed, the sanitiser still keeps every
page free of it, while the title stays inert in <title>, the page and the search index.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kennisbank.core.markup import unsafe_scheme
from kennisbank.core.project import load_project
from tests.constants import ROOT

HOSTILE = """\
title: '<img src=x onerror=alert(1)></title><script>alert(2)</script> {: #__drawer}'
summary: Laat de collega <b onmouseover=alert(3)>die</b> doorverwees weten [klik](javascript:alert(4)) hoe het gaat.
why: |
  Terugkoppeling <script>alert(5)</script> houdt de samenwerking levend.

  <div onclick="alert(6)">x</div>

  [link](javascript:alert(7)) en <javascript:alert(8)> en [d](data:text/html,x)
how: "*x*{: onclick=alert(9) .kb-badge} en [v](vbscript:msgbox(1))"
level: casus
domains: [sport, welzijn]
related: [beweegochtend, beweegochtend-tilburg]
guide_steps: [stap-2-sturen-of-loslaten]
sources:
  - title: Een bron
    publisher: Movisie
    year: 2020
last_reviewed: 2025-06-01
"""
TIP = "interventions/samenwerkingstips/koppel-terug.yaml"
# MkDocs with the validator switched off, so only the sanitiser stands between the record and the site.
BYPASS_VALIDATION = (
    "import kennisbank.core.project as project; project.validate = lambda *args, **kwargs: []; "
    "from mkdocs.__main__ import cli; cli()"
)
HTML = "HTML is niet toegestaan in tekstvelden: {} (schrijf Markdown: **vet**, *cursief*, [tekst](https://...))"
LINK = "een link naar {} is niet toegestaan in tekstvelden (een link begint met https://, http:// of mailto:)"
EXPECTED = [
    f"{TIP}:{where}: fout: {what}"
    for where, what in [
        ("4:18", HTML.format("'<script>'")),
        ("6:3", HTML.format("'<div onclick=\"alert(6)\">'")),
        ("8:10", LINK.format("'javascript:alert(7)'")),
        ("8:35", LINK.format("'javascript:alert(8)'")),
        ("8:63", LINK.format("'data:text/html,x'")),
        (
            "9:10",
            "attribuutlijsten zijn niet toegestaan in tekstvelden: '{: onclick=alert(9) .kb-badge}' (haal de {...} "
            "weg; de site zet klassen en attributen zelf)",
        ),
        ("9:48", LINK.format("'vbscript:msgbox(1)'")),
    ]
]


class Unsafe(HTMLParser):
    """Event-handler attributes, unsafe URLs and inline scripts that run our payloads."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found, self._in_script = [], False

    def handle_starttag(self, tag, attrs):
        self._in_script = "data" if tag == "script" and ("type", "application/ld+json") in attrs else tag == "script"
        for name, value in attrs:
            if name.startswith("on") or (name in ("href", "src", "action") and value and unsafe_scheme(value)):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name == "class" and tag not in ("p", "dl", "div", "span", "nav") and "kb-badge" in (value or ""):
                self.found.append(f"<{tag} class={value!r}>")

    def handle_data(self, data):
        if self._in_script == "data":  # JSON-LD is never run, and holds no markup that could end it early
            if "<" in data or ">" in data:
                self.found.append(f"<script type=application/ld+json>{data[:40]}")
        elif self._in_script and "alert(" in data:
            self.found.append(f"<script>{data[:40]}")

    def handle_endtag(self, tag):
        self._in_script = False


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, make_project) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile"))
    (project / TIP).write_text(HOSTILE, encoding="utf-8")
    return project


def test_the_validator_refuses_the_record_with_every_problem_on_its_line(hostile):
    problems = load_project(hostile, today=date(2026, 1, 1)).problems
    assert [p.as_text() for p in problems if p.path == TIP] == EXPECTED


def test_the_build_stops_on_it(hostile, build):
    result = build(hostile)
    assert result.returncode == 1
    assert EXPECTED[0] in result.stderr


def test_with_validation_bypassed_no_page_carries_the_payload(hostile, tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", BYPASS_VALIDATION, "build", "-d", str(tmp_path / "site")],
        cwd=hostile,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    pages = sorted((tmp_path / "site").rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        scanner = Unsafe()
        scanner.feed(page.read_text(encoding="utf-8"))
        assert scanner.found == [], page
    html = (tmp_path / "site" / "samenwerkingstips" / "koppel-terug" / "index.html").read_text(encoding="utf-8")
    assert (
        "<title>&lt;img src=x onerror=alert(1)&gt;&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt; "
        "{: #__drawer} - Kennisbank Sport en Sociaal Domein</title>"
    ) in html
    assert html.count('id="__drawer"') == 1, "the title's {: #__drawer} took over the id of Material's menu toggle"
    index = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = [entry[key] for entry in index["docs"] for key in ("title", "text")]
    assert any("&lt;img src=x onerror=alert(1)&gt;" in text for text in texts)
    for text in texts:  # Material's search shows these as HTML
        scanner = Unsafe()
        scanner.feed(text)
        assert scanner.found == [] and "<img" not in text and "<script" not in text, text


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_build_keeps_the_previous_site_when_a_build_fails_late(tmp_path, make_project):
    """A strict build fails only after MkDocs has written every page: into .site-new, not site/."""
    project = make_project(tmp_path / "kb")
    (project / "interventions/interventies/oude-aanpak.yaml").unlink()  # its warning fails --strict
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, project / name)
    (project / ".installed").touch()  # newer than pyproject.toml: make reuses the project's .venv
    make = ["make", "build", f"VENV={ROOT / '.venv'}", "INSTALLED=.installed"]
    assert subprocess.run(make, cwd=project, capture_output=True).returncode == 0
    page = project / "site/interventies/beweegochtend/index.html"
    assert "Beweegochtend in de wijk" in page.read_text(encoding="utf-8")
    record = project / "interventions/interventies/beweegochtend.yaml"
    record.write_text(record.read_text().replace("Beweegochtend in de wijk", "Nieuwe titel"))
    (project / "docs/kapot.md").write_text("# Kapot\n\n[weg](bestaat-niet.md)\n")
    result = subprocess.run(make, cwd=project, capture_output=True, text=True)
    assert result.returncode != 0 and "bestaat-niet.md" in result.stderr
    assert (project / ".site-new/interventies/beweegochtend/index.html").exists(), "the failed build ran to the end"
    assert "Beweegochtend in de wijk" in page.read_text(encoding="utf-8")
