"""Walking a record's data along a field's path, where ``"*"`` stands for every item of a list.

One walk for every stage that reads values by field: references, vocabulary terms, Markdown
checks, facets, examples in the schema reference.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence


def iter_values(data: object, path: Sequence[str]) -> Iterator[tuple[list, object]]:
    """Yield (concrete path, value) for every value at ``path``; a missing step yields nothing."""
    if not path:
        yield [], data
        return
    step, rest = path[0], path[1:]
    if step == "*" and isinstance(data, list):
        for index, item in enumerate(data):
            for sub, value in iter_values(item, rest):
                yield [index, *sub], value
    elif isinstance(data, dict) and step in data:
        for sub, value in iter_values(data[step], rest):
            yield [step, *sub], value
