"""Reading YAML fast and safely, and finding line numbers only where a problem needs one.

Records are parsed with libyaml (``CSafeLoader``), about 25 times faster than pure Python, and
built into data by a plain walk of the node tree (``plain_data``) instead of PyYAML's
constructor, which took more time than the parser. Two YAML 1.1 habits are switched off
because they silently change what a contributor wrote: dates stay strings (so ``format: date``
can check them) and a repeated key is an error instead of the last value silently winning.
Anchors, aliases and deep nesting are refused before parsing (``yaml_limits``). Line numbers
come from a second, cheap ``compose`` pass that runs only for files that have a problem.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import yaml

from .plain_data import Unusual, plain_data
from .problems import Fault
from .yaml_limits import TOO_DEEP_HINT, refused_feature
from .yaml_messages import syntax_message

TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


def without_timestamps(resolvers: dict) -> dict:
    """A loader's or dumper's implicit resolvers, less the one that turns 2024-05-01 into a date."""
    return {
        first: [(tag, regexp) for tag, regexp in found if tag != TIMESTAMP_TAG] for first, found in resolvers.items()
    }


class RecordLoader(yaml.CSafeLoader):
    """A safe libyaml loader that keeps dates as text and notes repeated keys."""

    def __init__(self, stream):
        super().__init__(stream)
        self.repeated_keys: list[tuple[str, yaml.Mark]] = []

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            if key_node.value in seen:
                self.repeated_keys.append((key_node.value, key_node.start_mark))
            seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


RecordLoader.yaml_implicit_resolvers = without_timestamps(yaml.CSafeLoader.yaml_implicit_resolvers)


@dataclass
class Parsed:
    """What a YAML text held, plus what was wrong with it."""

    data: object = None
    faults: list[Fault] = field(default_factory=list)


def parse_yaml(text: str) -> Parsed:
    refused = refused_feature(text)
    if refused:
        return Parsed(faults=[refused])
    loader = RecordLoader(text)
    try:
        data = _record_data(loader)
    except yaml.MarkedYAMLError as exc:
        return Parsed(faults=[_syntax_fault(exc, exc.problem_mark or exc.context_mark)])
    except yaml.reader.ReaderError as exc:
        return Parsed(faults=[_character_fault(text, exc)])
    except yaml.YAMLError as exc:
        return Parsed(faults=[Fault(1, 1, "yaml-syntax", f"ongeldige YAML: libyaml meldt: {exc}")])
    except RecursionError:
        return Parsed(faults=[Fault(1, 1, "yaml-too-deep", "de YAML is te diep genest om te lezen", TOO_DEEP_HINT)])
    finally:
        loader.dispose()
    faults = [
        Fault(
            mark.line + 1,
            mark.column + 1,
            "yaml-repeated-key",
            f"het veld '{key}' komt al eerder voor",
            "een veld mag maar één keer voorkomen; houd er één over",
        )
        for key, mark in loader.repeated_keys
    ]
    return Parsed(data=data, faults=faults)


def _record_data(loader: RecordLoader) -> object:
    """The document's data: by the plain walk, or by PyYAML's constructor where the walk stops."""
    node = loader.get_single_node()
    if node is None:
        return None
    try:
        return plain_data(loader, node, loader.repeated_keys)
    except Unusual:
        loader.repeated_keys.clear()
        return loader.construct_document(node)


def _syntax_fault(exc: yaml.MarkedYAMLError, mark: yaml.Mark | None) -> Fault:
    """libyaml's error in Dutch; where it was reading names its first line when that is another one."""
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    if "expected a single document" in (exc.context or ""):
        return Fault(
            line,
            col,
            "yaml-multiple-documents",
            "het bestand bevat meer dan één YAML-document",
            "haal de scheidingsregel '---' weg",
        )
    start = exc.context_mark
    other_line = start and exc.problem_mark and start.line != exc.problem_mark.line
    message, hint = syntax_message(exc.problem, exc.context, start.line + 1 if start and other_line else None)
    return Fault(line, col, "yaml-syntax", message, hint)


def _character_fault(text: str, exc: yaml.reader.ReaderError) -> Fault:
    """A character YAML does not allow in a file at all, such as an invisible control character."""
    at = min(max(exc.position, 0), len(text))
    line, col = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    shown = f"#x{exc.character:04x}" if isinstance(exc.character, int) else repr(exc.character)
    return Fault(
        line,
        col,
        "yaml-syntax",
        f"ongeldige YAML: het teken {shown} mag niet in YAML staan",
        "haal het weg; het is vaak onzichtbaar",
    )


def compose(text: str) -> yaml.Node | None:
    """The node tree of a text, for line numbers; None when it cannot be composed safely.

    The text parsed once already, but it is read again from disk, where it may have changed:
    so the same refusals apply, and a text that no longer parses simply has no lines.
    """
    if refused_feature(text):
        return None
    try:
        return yaml.compose(text, Loader=yaml.CSafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None


def locate(root: yaml.Node | None, path: Sequence[object], key: bool = False) -> tuple[int, int]:
    """Find the 1-based (line, col) of the value at ``path``, or of its key when ``key``.

    Walks as deep as the path exists, so a missing field points at the mapping that lacks it.
    """
    node, at = root, root
    for step in path:
        found = _child(node, step)
        if found is None:
            break
        at, node = found
    pointed = at if key else node
    mark = pointed.start_mark if pointed is not None else None
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _child(node, step):
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if getattr(key_node, "value", None) == step:
                return key_node, value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step], node.value[step]
    return None


def scalar_text(root: yaml.Node | None, path: Sequence[object]) -> str | None:
    """The value at ``path`` exactly as written in the file, for messages about YAML 1.1 booleans."""
    node = root
    for step in path:
        found = _child(node, step)
        if found is None:
            return None
        node = found[1]
    return node.value if isinstance(node, yaml.ScalarNode) else None


def locate_text(
    root: yaml.Node | None, path: Sequence[object], text: str, written: str, occurrence: int = 0
) -> tuple[int, int]:
    """The 1-based (line, col) of the ``occurrence``-th ``written`` inside the text value at ``path``.

    Searches the stretch of the file the value spans, so it works for every scalar style;
    where quoting escapes or folding changed the text, it points at the value instead.
    """
    node = root
    for step in path:
        found = _child(node, step)
        if found is None:
            return locate(root, path)
        node = found[1]
    if not isinstance(node, yaml.ScalarNode):
        return locate(root, path)
    at, end = _offset(text, node.start_mark) - 1, _offset(text, node.end_mark)
    for _ in range(occurrence + 1):
        at = text.find(written, at + 1, end)
        if at == -1:
            return node.start_mark.line + 1, node.start_mark.column + 1
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


def _offset(text: str, mark: yaml.Mark) -> int:
    start = 0
    for _ in range(mark.line):
        start = text.find("\n", start) + 1
    return start + mark.column
