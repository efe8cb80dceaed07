"""Refusing the YAML features a record never needs, before libyaml builds anything from them.

Anchors and aliases let a few hundred bytes stand for billions of values (the "billion
laughs"): parsing stays fast, but every later walk over the data explodes. libyaml's composer
recurses in C, so a file nested a hundred thousand levels deep crashes the process outright.
Records are short lists of fields, so any anchor or alias, and any nesting deeper than
``MAX_DEPTH``, is refused with its line.

The check reads libyaml's event stream, which is flat (no recursion) and stops at the first
fault. Most files cannot hold either feature, and a scan of the text for the characters they
need (``&`` or ``*`` where a value starts; many brackets or a deep indent) skips the event read
for those, so a normal record pays a few microseconds.
"""

from __future__ import annotations

import re

import yaml

from .problems import Fault

MAX_DEPTH = 20
LOOK_BACK = 200
WRITE_OUT = "schrijf elke waarde helemaal uit"
TOO_DEEP_HINT = "een record heeft hoogstens een paar niveaus nodig; controleer de inspringing"
# An anchor (&a) or alias (*a) starts a value: after a space, a line start or a flow indicator.
NODE_PROPERTY = re.compile(r"[&*](?<![^\s\[{,:][&*])\S")
# Each block level indents by at least one column on average, so depth needs a deep indent.
DEEP_INDENT = re.compile(rf"\n[ ?:-]{{{MAX_DEPTH // 2}}}")  # starts with a literal: fast to scan


def refused_feature(text: str) -> Fault | None:
    """The first anchor, alias or too-deep nesting in ``text``, if any."""
    if not _may_hold_refused_feature(text):
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
                return _anchor_fault(event)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return _at(
                        event,
                        "yaml-too-deep",
                        f"de velden zijn meer dan {MAX_DEPTH} niveaus diep genest",
                        TOO_DEEP_HINT,
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None  # a syntax error: the parse that follows reports it, at the same place
    return None


def _may_hold_refused_feature(text: str) -> bool:
    if ("&" in text or "*" in text) and any(
        _starts_value(text, match.start()) for match in NODE_PROPERTY.finditer(text)
    ):
        return True
    if text.count("[") + text.count("{") > MAX_DEPTH // 2:
        return True
    return DEEP_INDENT.search("\n" + text[:MAX_DEPTH]) is not None or DEEP_INDENT.search(text) is not None


def _starts_value(text: str, at: int) -> bool:
    """Whether a value could start at ``at``: first on its line, or after an indicator or a tag.

    Rules out the ``*`` of Markdown emphasis in the middle of a sentence, the usual case.
    """
    window = max(0, at - LOOK_BACK)  # bounded, so a megabyte on one line stays fast
    newline = text.rfind("\n", window, at)
    words = text[newline + 1 if newline != -1 else window : at].split()  # any whitespace, also U+00A0
    return not words or words[-1][-1] in "-?:[{," or words[-1].startswith("!")


def _anchor_fault(event: yaml.NodeEvent) -> Fault:
    if isinstance(event, yaml.AliasEvent):
        return _at(event, "yaml-alias", f"YAML-aliassen zijn niet toegestaan: '*{event.anchor}'", WRITE_OUT)
    return _at(event, "yaml-anchor", f"YAML-ankers zijn niet toegestaan: '&{event.anchor}'", WRITE_OUT)


def _at(event: yaml.Event, code: str, message: str, hint: str) -> Fault:
    mark = event.start_mark
    return Fault(mark.line + 1, mark.column + 1, code, message, hint) if mark else Fault(1, 1, code, message, hint)
