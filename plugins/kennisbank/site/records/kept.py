"""Entries kept between the rebuilds of one ``mkdocs serve``: an unchanged record keeps its ``Entry``.

With the records of unchanged files kept as they were (``core.record_cache``), the entry made
from one is the same as last time unless the schemas, the vocabularies, the day, its
recognition or its history changed. Keeping the very object lets the pages that list records
(a kind's, a term's; ``pages.memo``) tell by identity that none of theirs changed, where
comparing every card's text was as slow as rendering it.
"""

from __future__ import annotations

from collections.abc import Callable

from ...core.model import Model
from ...core.project import context
from .entries import Entry


class KeptEntries:
    def __init__(self) -> None:
        self._entries: dict[str, tuple[object, Entry]] = {}
        self._context: object = None
        self.made = 0  # entries made (not kept) in the last build, for tests

    def start(self, model: Model) -> None:
        """Forget every entry when what all entries read besides their record changed."""
        now = context(model.schemas, model.today)
        if now != self._context:
            self._entries.clear()
            self._context = now
        self.made = 0

    def entry(self, key: tuple, make: Callable[[], Entry]) -> Entry:
        """``key`` starts with the record: the same object when its file did not change."""
        found = self._entries.get(key[0].id)
        if found is not None and found[0] == key:
            return found[1]
        made = make()
        self._entries[made.id] = (key, made)
        self.made += 1
        return made
