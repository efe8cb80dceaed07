"""The theme override's copies of Material's templates: each is the installed Material's own
file with only the changes it says it makes, so an upgrade of Material that changes one of them
fails here (copy the new file and make the change again) instead of quietly serving old markup."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from kennisbank.site.assets import THEME

MATERIAL = Path(material.__file__).parent / "templates"
HEADER = re.compile(r"\A\{#-.*?-#\}\n", re.DOTALL)  # each file's opening comment, Material's or ours
# What each copy changes: Material's text, ours.
CHANGES = {
    "base.html": [
        ('id="__drawer" autocomplete="off">', 'id="__drawer">'),
        ('id="__search" autocomplete="off">', 'id="__search">'),
    ],
    "partials/search.html": [
        ('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">'),
    ],
    "partials/toc.html": [
        (
            """    <label class="md-nav__title" for="__toc">
      <span class="md-nav__icon md-icon"></span>
      {{ title }}
    </label>""",
            """    {% if page in nav.pages %}
    <label class="md-nav__title" for="__toc">
      <span class="md-nav__icon md-icon"></span>
      {{ title }}
    </label>
    {% else %}
    <div class="md-nav__title">
      <span class="md-nav__icon md-icon"></span>
      {{ title }}
    </div>
    {% endif %}""",
        ),
    ],
}


@pytest.mark.parametrize("name", CHANGES)
def test_each_copied_template_is_material_s_with_only_its_own_changes(name):
    expected = HEADER.sub("", (MATERIAL / name).read_text(encoding="utf-8"), count=1)
    for theirs, ours in CHANGES[name]:
        assert expected.count(theirs) == 1, f"Material's {name} changed: copy it again into the theme"
        expected = expected.replace(theirs, ours)
    assert HEADER.sub("", (THEME / name).read_text(encoding="utf-8"), count=1) == expected


# Ours, not copies: main.html extends Material's base (its extension point); the rest are the
# head declarations and what kennisbank/frames.py renders.
OWN = {
    "main.html",
    "partials/kennisbank-head.html",
    "kennisbank-frame.html",
    "kennisbank-head-slot.html",
    "kennisbank-toc-slot.html",
}


def test_the_theme_copies_no_other_material_template():
    copied = {path.relative_to(THEME).as_posix() for path in THEME.rglob("*.html")}
    assert copied == OWN | set(CHANGES)
    assert [name for name in OWN - {"main.html"} if (MATERIAL / name).exists()] == []
