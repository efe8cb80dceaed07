"""Turning JSON Schema errors into Dutch messages a policy adviser can act on.

jsonschema says "'sprot' is not one of [...]"; a contributor needs "onbekende waarde 'sprot'
voor domein; bedoelt u 'sport'?" on the right line. Each function here handles one schema
keyword, and gives the code of its kind of problem with the message.
"""

from __future__ import annotations

from typing import NamedTuple

from jsonschema import ValidationError

from .suggestions import did_you_mean

TYPE_WORDS = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "true of false",
    "array": "een lijst",
    "object": "een groep velden",
    "null": "leeg",
}
KINDS_OF_VALUE = (
    (bool, "true of false"),
    (int, "een getal"),
    (float, "een getal"),
    (str, "tekst"),
    (list, "een lijst"),
    (dict, "een groep velden"),
    (type(None), "leeg"),
)
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
    handler = HANDLERS.get(str(err.validator), _generic)
    code, message, hint, at = handler(err, schemas, written)
    return path + list(at), code, message, hint


def _field(path, noun: str = "het veld") -> str:
    """How a message names the value at ``path``: "het veld 'title'", "een item van 'domains'"."""
    names = [str(step) for step in path if not isinstance(step, int)]
    if not names:
        return "het record"
    return f"een item van '{names[-1]}'" if isinstance(path[-1], int) else f"{noun} '{names[-1]}'"


def _characters(number: int) -> str:
    return f"{number} {'teken' if number == 1 else 'tekens'}"


def _required(err, schemas, written):
    name = err.message.split("'")[1] if err.message.startswith("'") else str(err.validator_value)
    sub = err.schema.get("properties", {}).get(name, {})  # the flattened schema: no $ref left
    title = sub.get("title", "")
    explained = f"; {title}: {sub.get('description', '')}".rstrip(": ") if title else ""
    return Description("missing-field", f"het verplichte veld '{name}' ontbreekt", f"voeg '{name}:' toe{explained}")


def _additional(err, schemas, written):
    allowed = list(err.schema.get("properties", {}))
    extras = [key for key in err.instance if key not in allowed]
    key = extras[0] if extras else "?"
    hint = "" if did_you_mean(key, allowed) else "hier zijn deze velden toegestaan: " + ", ".join(allowed)
    return Description("unknown-field", f"onbekend veld '{key}'{did_you_mean(key, allowed)}", hint, (key,))


def _enum(err, schemas, written):
    """A value outside the fixed list, named by the vocabulary's own (Dutch) title, lowercased."""
    vocabulary_key = err.schema.get("x-vocabulary")
    options = [str(option) for option in err.validator_value]
    suggestion = did_you_mean(err.instance, options)
    if vocabulary_key and vocabulary_key in schemas.vocabularies:
        title = schemas.vocabularies[vocabulary_key].title.lower()
        return Description(
            "unknown-term",
            f"onbekende waarde '{err.instance}' voor {title}{suggestion}",
            f"de toegestane waarden staan in schema/vocabularies/{vocabulary_key}.yaml",
        )
    return Description(
        "unknown-term", f"onbekende waarde {err.instance!r}{suggestion}", "kies uit: " + ", ".join(options)
    )


def _type(err, schemas, written):
    expected = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
    wanted = " of ".join(TYPE_WORDS.get(name, str(name)) for name in expected)
    if isinstance(err.instance, bool) and written and written.lower() in YAML_BOOLEAN_WORDS and "string" in expected:
        return Description(
            "wrong-type",
            f"hier hoort tekst, maar YAML leest {written} als true of false",
            f'zet het tussen aanhalingstekens: "{written}"',
        )
    got = _kind_of(err.instance)
    quote = "string" in expected and got != "een lijst"
    hint = "zet het tussen aanhalingstekens om er tekst van te maken" if quote else ""
    return Description("wrong-type", f"{_field(err.absolute_path)} moet {wanted} zijn, maar is {got}", hint)


def _kind_of(value) -> str:
    for python_type, words in KINDS_OF_VALUE:
        if isinstance(value, python_type):
            return words
    return f"van het type {type(value).__name__}"


def _format(err, schemas, written):
    if err.validator_value == "date":
        return Description(
            "invalid-date",
            f"'{err.instance}' is geen geldige datum",
            "schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2024-05-01",
        )
    if err.validator_value == "email":
        return Description(
            "invalid-email", f"'{err.instance}' is geen e-mailadres", "schrijf het als naam@organisatie.nl"
        )
    return Description("wrong-form", f"'{err.instance}' heeft niet de vorm {err.validator_value}")


def _pattern(err, schemas, written):
    if "https?" in err.validator_value:
        return Description(
            "invalid-url",
            f"'{err.instance}' is geen webadres dat begint met https:// of http://",
            "schrijf het volledige adres, bijvoorbeeld https://www.voorbeeld.nl/pagina",
        )
    if "\\n" in err.validator_value:
        return Description(
            "not-one-line", f"{_field(err.absolute_path)} moet op één regel staan", "haal de regeleinden weg"
        )
    return Description(
        "wrong-form",
        f"'{err.instance}' heeft niet de vorm die hier hoort",
        f"de waarde moet passen bij het patroon {err.validator_value}",
    )


def _too_short(err, schemas, written):
    field = _field(err.absolute_path)
    if isinstance(err.instance, str):
        if not err.instance.strip():
            return Description("empty", f"{field} is leeg", "vul het in of haal het veld weg")
        return Description(
            "too-short", f"{field} is te kort ({_characters(len(err.instance))}, minstens {err.validator_value})"
        )
    if isinstance(err.instance, dict):
        needed = f"{err.validator_value} {'veld' if err.validator_value == 1 else 'velden'}"
        return Description("too-few", f"{_field(err.absolute_path, 'de groep')} heeft minstens {needed} nodig")
    needed = f"{err.validator_value} {'item' if err.validator_value == 1 else 'items'}"
    return Description("too-few", f"{_field(err.absolute_path, 'de lijst')} heeft minstens {needed} nodig")


def _too_long(err, schemas, written):
    if isinstance(err.instance, str):
        return Description(
            "too-long",
            f"{_field(err.absolute_path)} is te lang ({_characters(len(err.instance))}, "
            f"hoogstens {err.validator_value})",
            "kort het in; een langere tekst hoort in een ander veld",
        )
    return Description(
        "too-many", f"{_field(err.absolute_path, 'de lijst')} heeft meer dan {err.validator_value} items"
    )


def _range(err, schemas, written):
    word = "minstens" if err.validator == "minimum" else "hoogstens"
    return Description(
        "out-of-range", f"{_field(err.absolute_path)} moet {word} {err.validator_value} zijn, maar is {err.instance}"
    )


def _unique(err, schemas, written):
    return Description(
        "repeated-value",
        f"{_field(err.absolute_path, 'de lijst')} noemt een waarde meer dan één keer",
        "haal de herhaalde waarde weg",
    )


def _dependent(err, schemas, written):
    ((field, needs),) = [(k, v) for k, v in err.validator_value.items() if k in err.instance]
    missing = [name for name in needs if name not in err.instance]
    return Description(
        "needs-field",
        f"bij '{field}' hoort ook '{missing[0]}'",
        f"voeg '{missing[0]}:' toe om te zeggen waarom",
        (field,),
    )


def _generic(err, schemas, written):
    """A keyword without a handler of its own: jsonschema's English words, said to be that."""
    return Description("schema", f"voldoet niet aan het schema: {err.message}")


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
