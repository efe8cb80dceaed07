"""libyaml's English syntax errors in Dutch, for contributors who never wrote YAML before.

libyaml reports a problem ("did not find expected key") and where it was reading ("while
parsing a block mapping", with the line that started). Both come from a small, fixed set of
phrases, so the common ones are translated here, each with a hint where the cause is usual.
A phrase not in the tables is shown as libyaml wrote it, so no error is ever lost.
"""

from __future__ import annotations

INDENT = "controleer de inspringing; velden die bij elkaar horen, springen even ver in"
QUOTE = "zet de tekst tussen aanhalingstekens"
PROBLEMS = {  # libyaml's problem -> (Dutch message, hint)
    "did not find expected ',' or ']'": ("hier hoort een ',' of ']'", ""),
    "did not find expected ',' or '}'": ("hier hoort een ',' of '}'", ""),
    "could not find expected ':'": ("hier hoort een ':' na de veldnaam", INDENT),
    "did not find expected key": ("hier hoort een veldnaam", INDENT),
    "did not find expected node content": ("hier hoort een waarde", ""),
    "did not find expected '-' indicator": ("hier hoort een lijstitem dat begint met '- '", INDENT),
    "did not find expected comment or line break": (
        "na de waarde hoort een nieuwe regel of een commentaar (#)",
        "zet de hele tekst tussen de aanhalingstekens",
    ),
    "mapping values are not allowed in this context": (
        "hier mag geen ': ' staan",
        f"{QUOTE} als er ': ' in staat, of controleer de inspringing",
    ),
    "block sequence entries are not allowed in this context": ("hier mag geen lijstitem ('- ') staan", INDENT),
    "mapping keys are not allowed in this context": ("hier mag geen veldnaam staan", INDENT),
    "found character that cannot start any token": (
        "met dit teken kan geen waarde beginnen",
        f"{QUOTE}, en spring in met spaties, nooit met tabs",
    ),
    "found a tab character that violates indentation": (
        "hier staat een tab in de inspringing",
        "spring in met spaties, nooit met tabs",
    ),
    "found a tab character where an indentation space is expected": (
        "hier staat een tab in de inspringing",
        "spring in met spaties, nooit met tabs",
    ),
    "found unexpected end of stream": (
        "het bestand houdt onverwacht op",
        "controleer of elk aanhalingsteken ook weer gesloten wordt",
    ),
    "found unknown escape character": (
        "onbekende combinatie met '\\' tussen dubbele aanhalingstekens",
        "schrijf '\\\\' voor een backslash, of gebruik enkele aanhalingstekens",
    ),
    "found unexpected ':'": ("onverwachte ':'", QUOTE),
    "found unexpected document indicator": ("onverwachte '---' of '...'", QUOTE),
    "found an indentation indicator equal to 0": ("na | of > mag geen 0 staan", ""),
    "found undefined tag handle": ("onbekend YAML-label ('!')", QUOTE),
    "found unhashable key": ("een lijst of groep kan geen veldnaam zijn", ""),
}
TAG_PROBLEM = "could not determine a constructor for the tag"
CONTEXTS = {  # libyaml's context -> where, in Dutch
    "while parsing a block mapping": "in de groep velden",
    "while parsing a block collection": "in het blok",
    "while parsing a flow sequence": "in de lijst tussen [ ]",
    "while parsing a flow mapping": "in de groep tussen { }",
    "while scanning a simple key": "bij de veldnaam",
    "while scanning a quoted scalar": "in de tekst tussen aanhalingstekens",
    "while parsing a quoted scalar": "in de tekst tussen aanhalingstekens",
    "while scanning a plain scalar": "in de tekst",
    "while scanning a block scalar": "in de lange tekst na | of >",
    "while parsing a block node": "in de waarde",
    "while parsing a flow node": "in de waarde",
    "while parsing a node": "in de waarde",
    "while constructing a mapping": "in de groep velden",
    "while scanning for the next token": "",
}


def syntax_message(problem: str | None, context: str | None, started_on: int | None) -> tuple[str, str]:
    """(message, hint) for a syntax error; ``started_on`` is the line where the context began, if another."""
    if problem and problem.startswith(TAG_PROBLEM):
        message, hint = f"onbekend YAML-label {problem[len(TAG_PROBLEM) :].strip()}", QUOTE
    else:
        message, hint = PROBLEMS.get(problem or "", (f"libyaml meldt: {problem or 'onbekende fout'}", ""))
    start = f" vanaf regel {started_on}" if started_on else ""
    if context and context not in CONTEXTS:
        return f"ongeldige YAML: {message} (libyaml: {context}{start})", hint
    where = CONTEXTS.get(context or "", "")
    return (f"ongeldige YAML {where}{start}: {message}" if where else f"ongeldige YAML: {message}"), hint
