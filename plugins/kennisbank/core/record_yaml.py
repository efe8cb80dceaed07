"""A record's data written as YAML, one canonical way: what the contribution form proposes.

The site's form (``site/static/formulier/recordyaml.js``) writes records in the browser with the
same algorithm, step for step, and a test runs both over every record and compares the bytes:
so a file proposed from the form reads like one written by hand after ``kennisbank new``, and a
future ``kennisbank format`` can use this one. The rules:

- the editor line first (``# yaml-language-server: $schema=...``), then the fields in schema
  order, nested ones too; fields the schema does not know come after, as written;
- Markdown fields and any text with a line break as a literal block (``|``, ``|-`` or ``|+``
  to keep the line ends exactly), unless the text cannot be one (leading spaces, lines of only
  spaces, characters YAML reads as line breaks), then double-quoted;
- prose on one line that does not fit on its key's line within ``FIT`` columns as a folded
  block (``>-``), its words wrapped at ``WRAP`` columns as the records' summaries are written
  (``WRAP`` is the width that reproduces most of them), when the block reads back as exactly
  the text (single spaces only, none at either end); not a field the schema keeps on one line
  (titles, notes), which the records write double-quoted however long;
- codes plain (terms, record ids, dates, e-mail and web addresses) when YAML reads them back as
  the same text; all other text double-quoted, escaped as JSON escapes it, which YAML reads.

Reading the result with the records' own loader gives the data back unchanged.
"""

from __future__ import annotations

import json
import re

CODE_FORMATS = ("date", "email", "uri")
PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~/:@%+=?&#,;!*()'$-]*$")
# What a YAML 1.1 reader (PyYAML) would turn into a number, boolean or null, not text.
RESOLVED = re.compile(
    r"^(?:[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
    r"|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
    r"|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)|[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE"
    r"|on|On|ON|off|Off|OFF|null|Null|NULL|~)$"
)
# JSON leaves these as they are; YAML refuses them or reads them as line breaks.
UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
NOT_IN_BLOCK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
ONE_LINE = "^[^\\n]*$"  # the schema's pattern for a field that is one line by definition
FIT = 100  # columns: a longer key line with its double-quoted prose becomes a folded block
WRAP = 98  # columns: the folded block's lines, as the records' summaries are wrapped


def record_yaml(data: dict, schema: dict, schema_link: str) -> str:
    """The record file's text: ``schema`` is its kind's schema (bundled: every field inline)."""
    lines = [f"# yaml-language-server: $schema={schema_link}", *mapping_lines(data, schema, 0)]
    return "\n".join(lines) + "\n"


def mapping_lines(data: dict, schema: dict, indent: int) -> list[str]:
    known = list(schema.get("properties", {}))
    keys = [key for key in known if key in data] + [key for key in data if key not in known]
    lines: list[str] = []
    for key in keys:
        lines += entry_lines(key_text(key), data[key], schema.get("properties", {}).get(key, {}), indent)
    return lines


def entry_lines(key: str, value: object, schema: dict, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, dict) and value:
        return [f"{pad}{key}:", *mapping_lines(value, schema, indent + 2)]
    if isinstance(value, list) and value:
        return [f"{pad}{key}:", *sequence_lines(value, schema.get("items", {}), indent + 2)]
    head, body = scalar(value, schema, indent + 2, len(f"{pad}{key}: "))
    return [f"{pad}{key}: {head}", *body]


def sequence_lines(items: list, schema: dict, indent: int) -> list[str]:
    lines: list[str] = []
    for item in items:
        if isinstance(item, (dict, list)) and item:
            inner = (
                mapping_lines(item, schema, indent + 2)
                if isinstance(item, dict)
                else sequence_lines(item, schema.get("items", {}), indent + 2)
            )
            lines += [" " * indent + "- " + inner[0][indent + 2 :], *inner[1:]]
        else:
            head, body = scalar(item, schema, indent + 2, indent + 2)
            lines += [" " * indent + "- " + head, *body]
    return lines


def scalar(value: object, schema: dict, indent: int, start: int) -> tuple[str, list[str]]:
    """The value after ``key: `` or ``- `` (which end at column ``start``), and the lines of a
    block under it."""
    if value is None:
        return "null", []
    if isinstance(value, bool):
        return ("true" if value else "false"), []
    if isinstance(value, int):
        return str(value), []
    if isinstance(value, float):
        return number_text(value), []
    if isinstance(value, dict):
        return "{}", []
    if isinstance(value, list):
        return "[]", []
    text = str(value)
    if ("\n" in text or schema.get("x-markdown")) and can_block(text):
        return block(text, indent)
    if is_code(schema):
        return (text if PLAIN.match(text) and not text.endswith(":") and not RESOLVED.match(text) else quoted(text)), []
    if start + len(quoted(text)) > FIT and schema.get("pattern") != ONE_LINE and can_fold(text):
        return folded(text, indent)
    return quoted(text), []


def block(text: str, indent: int) -> tuple[str, list[str]]:
    """A literal block whose chomping indicator keeps the text's line ends exactly."""
    if text.endswith("\n\n"):
        indicator, body = "|+", text[:-1]
    elif text.endswith("\n"):
        indicator, body = "|", text[:-1]
    else:
        indicator, body = "|-", text
    return indicator, [" " * indent + line if line else "" for line in body.split("\n")]


def folded(text: str, indent: int) -> tuple[str, list[str]]:
    """A folded block: the words filled into lines of at most ``WRAP`` columns (a longer word
    on a line of its own), each line break read back as the one space it replaced."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and indent + len(line) + 1 + len(word) > WRAP:
            lines.append(" " * indent + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return ">-", [*lines, " " * indent + line]


def can_fold(text: str) -> bool:
    """Whether a folded block reads back as exactly this text: one line whose only white space
    is single spaces between words, since folding turns each line break into one space and a
    line starting with white space would keep its break."""
    return (
        bool(text)
        and text == text.strip(" ")
        and "  " not in text
        and not any(character in text for character in "\t\n\r")
        and not NOT_IN_BLOCK.search(text)
    )


def can_block(text: str) -> bool:
    """Whether a literal block reads back as exactly this text."""
    lines = text.split("\n")
    return (
        bool(text.strip(" \t\n"))
        and not text.startswith("\n")
        and lines[0][:1] not in (" ", "\t")
        and not NOT_IN_BLOCK.search(text)
        and not any(line and not line.strip(" \t") for line in lines)
        and not any(line.startswith("\t") for line in lines)
    )


def is_code(schema: dict) -> bool:
    """A value that is a code rather than prose: a term, a record id, a date or an address."""
    return (
        "enum" in schema
        or "x-references" in schema
        or schema.get("format") in CODE_FORMATS
        or str(schema.get("pattern", "")).startswith("^https?")
    )


def quoted(text: str) -> str:
    escaped = json.dumps(text, ensure_ascii=False)
    return UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", escaped)


def key_text(key: object) -> str:
    text = str(key)
    return text if KEY.match(text) and not RESOLVED.match(text) else quoted(text)


def number_text(value: float) -> str:
    """As JavaScript's ``String(number)`` writes it, for the numbers a record holds."""
    if value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    return repr(value)
