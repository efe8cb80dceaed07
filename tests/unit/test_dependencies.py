"""The pins that keep the build on ground that holds: MkDocs 1.x with plugins, Material 9.x.

MkDocs 2.0 has no plugin system and exists as pre-releases; an install with ``--pre`` (or a
resolver that prefers pre-releases) must still never pick it. ``<2`` excludes 2.0.devN too
(PEP 440: an exclusive bound excludes the pre-releases of the bound itself).
"""

from __future__ import annotations

import tomllib

import pytest
from packaging.requirements import Requirement

from tests.constants import ROOT

EXTRAS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]


def specifier(extra: str, name: str):
    found = [Requirement(line) for line in EXTRAS[extra] if Requirement(line).name == name]
    assert len(found) == 1, f"{name} appears once in the [{extra}] extra"
    return found[0].specifier


@pytest.mark.parametrize(
    ("name", "allowed", "refused"),
    [
        ("mkdocs", ["1.6.1"], ["2.0.dev0", "2.0.dev5", "2.0.0rc1", "2.0", "1.6.0"]),
        ("mkdocs-material", ["9.7.0", "9.8.2"], ["10.0.0", "10.0.0a1", "9.6.0"]),
    ],
)
def test_the_site_pins_refuse_the_next_major_version_even_as_a_pre_release(name, allowed, refused):
    pins = specifier("site", name)
    assert all(pins.contains(version, prereleases=True) for version in allowed)
    assert not any(pins.contains(version, prereleases=True) for version in refused)


def test_every_other_generator_is_pinned_exactly():
    for line in EXTRAS["generators"]:
        assert str(Requirement(line).specifier).startswith("=="), line
