"""Turning JSON Schema errors into messages a policy adviser can act on.

jsonschema says "'sprot' is not one of [...]"; a contributor needs "unknown domain 'sprot';
did you mean 'sport'?" on the right line. Each function here handles one schema keyword.
"""

from __future__ import annotations

from typing import NamedTuple

from jsonschema import ValidationError

from .suggestions import did_you_mean

TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a set of fields",
    "null": "nothing",
}
YAML_BOOLEAN_WORDS = {"yes", "no", "on", "off", "true", "false", "y", "n"}


class Description(NamedTuple):
    """What one handler makes of a schema error; ``at`` extends the error's path (to a key)."""

    code: str
    message: str
    hint: str = ""
    at: tuple = ()


def describe_error(err: ValidationError, schemas, written: str | None) -> tuple[list, str, str, str]:
    """Return (path to point at, code, message, hint) for one schema error.

    ``written`` is the offending value exactly as the YAML file spells it, when it is a scalar.
    """
    path = list(err.absolute_path)
    handler = HANDLERS.get(err.validator, _generic)
    code, message, hint, at = handler(err, schemas, written)
    return path + list(at), code, message, hint


def _field(path) -> str:
    names = [str(step) for step in path if not isinstance(step, int)]
    return f"'{names[-1]}'" if names else "the record"


def _required(err, schemas, written):
    name = err.message.split("'")[1] if err.message.startswith("'") else str(err.validator_value)
    sub = err.schema.get("properties", {}).get(name, {})  # the flattened schema: no $ref left
    title = sub.get("title", "")
    explained = f", {title}: {sub.get('description', '')}".rstrip(": ") if title else ""
    return Description("missing-field", f"missing required field '{name}'", f"add '{name}:'{explained}")


def _additional(err, schemas, written):
    allowed = list(err.schema.get("properties", {}))
    extras = [key for key in err.instance if key not in allowed]
    key = extras[0] if extras else "?"
    hint = "" if did_you_mean(key, allowed) else "allowed here: " + ", ".join(allowed)
    return Description("unknown-field", f"unknown field '{key}'{did_you_mean(key, allowed)}", hint, (key,))


def _enum(err, schemas, written):
    vocabulary_key = err.schema.get("x-vocabulary")
    options = [str(option) for option in err.validator_value]
    if vocabulary_key and vocabulary_key in schemas.vocabularies:
        vocabulary = schemas.vocabularies[vocabulary_key]
        message = f"unknown {vocabulary.name} '{err.instance}'{did_you_mean(err.instance, options)}"
        return Description("unknown-term", message,
                           f"the allowed values are in schema/vocabularies/{vocabulary_key}.yaml")
    message = f"{err.instance!r} is not allowed{did_you_mean(err.instance, options)}"
    return Description("unknown-term", message, "choose one of: " + ", ".join(options))


def _type(err, schemas, written):
    expected = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
    wanted = " or ".join(TYPE_WORDS.get(name, name) for name in expected)
    if isinstance(err.instance, bool) and written and written.lower() in YAML_BOOLEAN_WORDS and "string" in expected:
        return Description("wrong-type", f"expected text, but YAML reads {written} as true/false",
                           f"put it in quotes: \"{written}\"")
    got = _kind_of(err.instance)
    hint = "put it in quotes to make it text" if "string" in expected and got != "a list" else ""
    return Description("wrong-type", f"{_field(err.absolute_path)} must be {wanted}, not {got}", hint)


def _kind_of(value) -> str:
    for python_type, word in ((bool, "true/false"), (int, "a number"), (float, "a number"), (str, "text"),
                              (list, "a list"), (dict, "a set of fields"), (type(None), "empty")):
        if isinstance(value, python_type):
            return word
    return type(value).__name__


def _format(err, schemas, written):
    if err.validator_value == "date":
        return Description("invalid-date", f"'{err.instance}' is not a valid date",
                           "write dates as YYYY-MM-DD, e.g. 2024-05-01")
    if err.validator_value == "email":
        return Description("invalid-email", f"'{err.instance}' is not an e-mail address",
                           "write it as name@organisation.nl")
    return Description("wrong-form", f"'{err.instance}' is not a valid {err.validator_value}")


def _pattern(err, schemas, written):
    if "https?" in err.validator_value:
        return Description("invalid-url", f"'{err.instance}' is not a web address starting with https:// or http://",
                           "write the full address, e.g. https://www.example.nl/page")
    if "\\n" in err.validator_value:
        return Description("not-one-line", f"{_field(err.absolute_path)} must be a single line",
                           "remove the line breaks")
    return Description("wrong-form", f"'{err.instance}' does not have the expected form",
                       f"it must match {err.validator_value}")


def _too_short(err, schemas, written):
    if isinstance(err.instance, str):
        if not err.instance.strip():
            return Description("empty", f"{_field(err.absolute_path)} is empty", "fill it in or remove the field")
        return Description("too-short", f"{_field(err.absolute_path)} is too short ({len(err.instance)} characters, "
                                        f"at least {err.validator_value})")
    what = "field" if isinstance(err.instance, dict) else "item"
    return Description("too-few", f"{_field(err.absolute_path)} needs at least {err.validator_value} {what}(s)")


def _too_long(err, schemas, written):
    if isinstance(err.instance, str):
        return Description("too-long", f"{_field(err.absolute_path)} is too long ({len(err.instance)} characters, "
                                       f"at most {err.validator_value})",
                           "shorten it; longer text belongs in another field")
    return Description("too-many", f"{_field(err.absolute_path)} has more than {err.validator_value} items")


def _range(err, schemas, written):
    word = "at least" if err.validator == "minimum" else "at most"
    return Description("out-of-range", f"{_field(err.absolute_path)} must be {word} {err.validator_value}, "
                                       f"not {err.instance}")


def _unique(err, schemas, written):
    return Description("repeated-value", f"{_field(err.absolute_path)} lists the same value twice",
                       "remove the repeated value")


def _dependent(err, schemas, written):
    (field, needs), = [(k, v) for k, v in err.validator_value.items() if k in err.instance]
    missing = [name for name in needs if name not in err.instance]
    return Description("needs-field", f"'{field}' needs '{missing[0]}' as well", f"add '{missing[0]}:' to say why",
                       (field,))


def _generic(err, schemas, written):
    return Description("schema", err.message)


HANDLERS = {
    "required": _required,
    "additionalProperties": _additional,
    "enum": _enum,
    "type": _type,
    "format": _format,
    "pattern": _pattern,
    "minLength": _too_short,
    "minItems": _too_short,
    "minProperties": _too_short,
    "maxLength": _too_long,
    "maxItems": _too_long,
    "minimum": _range,
    "maximum": _range,
    "uniqueItems": _unique,
    "dependentRequired": _dependent,
}
