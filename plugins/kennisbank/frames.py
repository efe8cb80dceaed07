"""Material's page around a generated page, rendered once per kind of page and filled in per page.

Rendering Material's ``main.html`` (header, navigation, sidebars, footer) was most of what
MkDocs spent on a record page, and every record page outside the navigation gets the same
page around its article: only its title, canonical address, head declarations, table of
contents, skip link and article differ. So the plugin renders ``main.html`` once per *shape*
(the folder, the page's front matter and what else the template reads) for a stand-in page
whose varying parts are markers (``Frame.make``), cuts it at the markers, and fills the cuts
for each page (``Frame.fill``): two small templates (the head declarations and the table of
contents, rendered as ``main.html`` includes them) and string joins. The first pages of each
shape are also rendered the ordinary way and must come out byte for byte the same, or that
shape is left to the ordinary way (``Frames.render``); ``tests/build/test_frames.py`` compares
every page of a whole site built both ways.
"""

from __future__ import annotations

import copy
import json
import posixpath
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import Environment
from mkdocs.structure.toc import AnchorLink, TableOfContents

from .core.wording import number

TEMPLATE = "kennisbank-frame.html"  # prints the document ``Frames.render`` made (``DOCUMENT``)
DOCUMENT = "kennisbank_document"
SLOTS = {"head": "kennisbank-head-slot.html", "toc": "kennisbank-toc-slot.html"}  # rendered per page
VALUES = ("title", "canonical", "skip", "content")  # set per page as they are
TRUSTED_AFTER = 2  # pages of a shape that must match the ordinary rendering before it is trusted


@dataclass
class Frame:
    """A rendered ``main.html`` cut at its markers: literal text and the names of what goes between."""

    parts: list[str]  # literal, name, literal, name, ..., literal
    slots: list[str]  # the ``SLOTS`` this frame has
    matched: int = 0
    tocs: dict[tuple, str] = field(default_factory=dict)  # the contents rendered, by their headings

    @classmethod
    def make(cls, env: Environment, context: dict) -> Frame | None:
        """The frame of the page in ``context``; None when a part cannot be told apart in the whole."""
        token = secrets.token_hex(8)
        markers = {name: f"kbframe{token}{name}" for name in (*VALUES, *SLOTS)}
        markers["content"] = f"<h1>{markers['content']}</h1>"  # so Material adds no heading of its own
        stand_in = {**context, "page": _stand_in(context["page"], markers)}
        whole = env.get_template("main.html").render(stand_in)
        slots = []
        for name, template in SLOTS.items():
            text = env.get_template(template).render(stand_in)
            if text and whole.count(text) != 1:
                return None
            if text:  # an empty one (a page without head declarations) is empty on every page of the shape
                whole, slots = whole.replace(text, markers[name]), [*slots, name]
        if whole.count(markers["content"]) != 1:
            return None
        parts = [whole]
        for name, marker in markers.items():
            parts = [piece for part in parts for piece in _cut(part, marker, name)]
        return cls(parts, slots)

    def fill(self, env: Environment, context: dict) -> str:
        page = context["page"]
        values = {
            "title": page.meta["title"],
            "canonical": page.canonical_url,
            "skip": page.toc.items[0].id,
            "content": page.content,
        }
        values |= {name: self._slot(env, name, context) for name in self.slots}
        return "".join(part if index % 2 == 0 else values[part] for index, part in enumerate(self.parts))

    def _slot(self, env: Environment, name: str, context: dict) -> str:
        """A slot rendered for the page; the table of contents once per set of headings, as pages of
        one kind mostly share theirs and nothing else of the page reaches it within a frame."""
        if name != "toc":
            return env.get_template(SLOTS[name]).render(context)
        headings = _headings(context["page"].toc.items)
        if headings not in self.tocs:
            self.tocs[headings] = env.get_template(SLOTS[name]).render(context)
        return self.tocs[headings]


def _headings(items) -> tuple:
    return tuple((item.title, item.id, item.level, _headings(item.children)) for item in items)


def _cut(text: str, marker: str, name: str) -> list[str]:
    """``text`` split at ``marker``, with ``name`` between the pieces: literals stay at even places,
    names at odd ones, as they were."""
    if marker not in text:
        return [text]
    pieces = text.split(marker)
    cut: list[str] = [pieces[0]]
    for piece in pieces[1:]:
        cut += [name, piece]
    return cut


def _stand_in(page, markers: dict[str, str]):
    """A copy of ``page`` whose varying parts are the markers."""
    stand_in = copy.copy(page)
    stand_in.meta = {**page.meta, "title": markers["title"]}
    if page.canonical_url is not None:  # a site without ``site_url`` has none, and prints none
        stand_in.canonical_url = markers["canonical"]
    first = page.toc.items[0]
    skip = AnchorLink(first.title, markers["skip"], first.level)
    skip.children = first.children
    stand_in.toc = TableOfContents([skip])
    stand_in.content = markers["content"]
    return stand_in


def shape(context: dict, page) -> str | None:
    """What the frame of a page depends on besides its varying parts; None for a page that gets
    no frame: one without a title of its own in its front matter or without a first heading.
    Pages in the navigation never come here (the plugin gives the frame's template only to the
    others): each marks itself there, so no two share a frame."""
    if page.is_homepage or not page.toc.items or page.meta.get("title") is None:
        return None
    if "<h1" not in (page.content or ""):
        return None
    rest = {key: value for key, value in page.meta.items() if key not in ("title", "kennisbank")}
    folder = posixpath.dirname(page.url.rstrip("/"))
    facts = [folder, page.url.endswith("/"), context.get("base_url"), "kennisbank" in page.meta]
    facts += [page.edit_url, page.canonical_url is None, page.previous_page is None, page.next_page is None]
    return json.dumps([facts, rest], sort_keys=True, default=str)


@dataclass
class Frames:
    """The frames of one build; ``log`` hears of a shape that had to be rendered the ordinary way."""

    env: Environment
    log: Callable[[str], None]
    frames: dict[str, Frame | None] = field(default_factory=dict)
    framed: int = 0  # pages filled into a frame, for the build's log and the tests
    ordinary: int = 0  # pages rendered by ``main.html`` itself

    def render(self, context: dict, page) -> str:
        key = shape(context, page)
        frame = None if key is None else self._frame(key, context)
        if frame is not None and frame.matched >= TRUSTED_AFTER:
            self.framed += 1
            return frame.fill(self.env, context)
        self.ordinary += 1
        document = self.env.get_template("main.html").render(context)
        if key is not None and frame is not None:
            self._check(key, frame, frame.fill(self.env, context) == document, page)
        return document

    def summary(self) -> str:
        return f"{number(self.framed)} in hun kader gezet, {number(self.ordinary)} met main.html gemaakt"

    def _frame(self, key: str, context: dict) -> Frame | None:
        if key not in self.frames:
            self.frames[key] = Frame.make(self.env, context)
        return self.frames[key]

    def _check(self, key: str, frame: Frame, same: bool, page) -> None:
        if same:
            frame.matched += 1
            return
        self.frames[key] = None
        self.log(f"pagina's zoals {page.file.src_uri} worden zonder kader gebouwd: het kader week af van de template")
