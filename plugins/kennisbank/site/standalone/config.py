"""The rendered project's ``mkdocs.yml``: the project's own, less our plugin, plus what the plugin would add.

The plugin changes the configuration as a build starts (``on_config``): it puts our theme
override before the theme and adds our stylesheets and deferred scripts; later it marks the
generated pages that stay out of the nav. A rendered project has no plugin, so its
``mkdocs.yml`` says all of that itself. Everything else (theme, extensions, nav, search,
validation) is the project's, untouched, so any generator that reads ``mkdocs.yml`` builds the
same site. YAML tags such as ``!ENV`` and ``!!python/name:`` are kept for that generator to
resolve; comments are not kept.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..assets import SCRIPTS, STYLESHEETS

PLUGIN = "kennisbank"
DOCS = "docs"  # the rendered project's docs_dir
OVERRIDES = "overrides"  # its theme.custom_dir: our override, with the project's own on top
HEADER = (
    "# Written by 'kennisbank render' from the project's mkdocs.yml: the same site without the\n"
    "# kennisbank plugin. Build it with 'mkdocs build' or any generator that reads mkdocs.yml.\n"
)


@dataclass(frozen=True)
class Tagged:
    """A value the generator resolves (``!ENV SITE_URL``), written back with its tag."""

    tag: str
    value: object


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _construct_tagged(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.ScalarNode):
        return Tagged(node.tag, loader.construct_scalar(node))
    if isinstance(node, yaml.SequenceNode):
        return Tagged(node.tag, loader.construct_sequence(node, deep=True))
    return Tagged(node.tag, loader.construct_mapping(node, deep=True))


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    """Lines as a ``|`` block, as a person writes ``not_in_nav``."""
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


for _prefix in ("!", "tag:yaml.org,2002:python/"):
    _Loader.add_multi_constructor(_prefix, _construct_tagged)
_Dumper.add_representer(Tagged, _represent_tagged)
_Dumper.add_representer(str, _represent_text)


def read_config(path: Path) -> dict:
    """The configuration file as written, tags kept as ``Tagged``."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}


def dump_config(config: dict) -> str:
    return HEADER + yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110)


def derive_config(config: dict, out_of_nav: Iterable[str]) -> dict:
    """``config`` as a project without the plugin needs it; ``out_of_nav`` are the generated pages not in the nav."""
    theme = config.get("theme") or {}
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    scripts = [{"path": path, "defer": True} for path in SCRIPTS]
    return {
        **config,
        "docs_dir": DOCS,
        "theme": {**theme, "custom_dir": OVERRIDES},
        "plugins": without_plugin(config.get("plugins", ["search"])),
        "extra_css": [*(config.get("extra_css") or []), *STYLESHEETS],
        "extra_javascript": [*(config.get("extra_javascript") or []), *scripts],
        "not_in_nav": "\n".join(filter(None, [config.get("not_in_nav", ""), *not_in_nav(out_of_nav)])) + "\n",
    }


def without_plugin(plugins: list | dict) -> list | dict:
    """The plugins setting, in either of MkDocs' two forms, without ours."""
    if isinstance(plugins, dict):
        return {name: options for name, options in plugins.items() if name != PLUGIN}
    return [entry for entry in plugins if (entry if isinstance(entry, str) else next(iter(entry), None)) != PLUGIN]


def not_in_nav(pages: Iterable[str]) -> list[str]:
    """``not_in_nav`` patterns for the pages: one per folder, rather than one per record.

    A folder's pattern covers the nav pages in it too, which is harmless: a page the nav names
    is in the nav whatever ``not_in_nav`` says. Pages at the top are named one by one.
    """
    folders, top = set(), []
    for page in pages:
        folder = posixpath.dirname(page)
        if folder:
            folders.add(folder.split("/")[0])
        else:
            top.append(page)
    return [f"/{folder}/" for folder in sorted(folders)] + [f"/{page}" for page in sorted(top)]
