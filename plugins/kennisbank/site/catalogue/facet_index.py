"""The catalogue's own index, written from the catalogue entries: facet bitsets, cards, a Pagefind mapping.

At 10,000 records Pagefind's filter index alone (189 KB gzip) outweighed the page, and a broad
query spent seconds filtering and sorting 8,500 results inside Pagefind. Facets are plain sets
over numbered records, so the browser counts and filters them itself from one small file, loads
only the cards it shows, and asks Pagefind for words alone.

Records are numbered in title order, the order of ``build_entries`` and the catalogue's default
order, so that order needs no data at all. Everything goes under ``zoekindex/`` in the built site:

- ``facetten.json``: per facet term the count and a bitset over the record numbers (base64 of a
  little-endian Uint32 array), plus a version the browser adds to the URLs of the files below;
- ``bijgewerkt.json``: the record numbers by last review, newest first (only for that sort);
- ``kaarten/<number>.json``: exactly what a result card shows;
- ``pagefind.json``: Pagefind result id -> record number, loaded at the first text query.

The numbers come from the same entries as the pages, so a card, a count and a page never disagree.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ..records.entries import Entry
from .facets import FACET_KEYS

FOLDER = "zoekindex"
FACETS = "facetten.json"
REVIEWED = "bijgewerkt.json"
CARDS = "kaarten"
MAPPING = "pagefind.json"
FRAGMENT_SIGNATURE = b"pagefind_dcd"  # Pagefind's marker before a fragment's JSON, after gunzip
END = "$"  # ends an id in the mapping that is a prefix of another id


def bitset(numbers: Iterable[int], size: int) -> str:
    """The numbers as bits of little-endian 32-bit words, base64: dense and cheap to decode in a browser.

    Bit ``n`` of byte ``n // 8`` is bit ``n % 32`` of word ``n // 32`` when words are little-endian,
    so bytes are set directly, whatever this machine's byte order.
    """
    data = bytearray(4 * ((size + 31) // 32))
    for number in numbers:
        data[number >> 3] |= 1 << (number & 7)
    return base64.b64encode(bytes(data)).decode("ascii")


def facet_terms(entries: Mapping[str, Entry]) -> dict[str, dict[str, list[int]]]:
    """Facet key -> term id -> the numbers of the records with that term, ascending."""
    terms: dict[str, dict[str, list[int]]] = {key: {} for key in FACET_KEYS}
    for number, entry in enumerate(entries.values()):
        for key, values in entry.filters.items():
            if key in terms:
                for value in values:
                    terms[key].setdefault(value, []).append(number)
    return terms


def facet_index(entries: Mapping[str, Entry], version: str) -> dict:
    """What ``facetten.json`` holds: the record count, the version, and each term's count and bitset."""
    size = len(entries)
    facets = {
        key: {value: {"count": len(numbers), "bits": bitset(numbers, size)} for value, numbers in values.items()}
        for key, values in facet_terms(entries).items()
    }
    return {"records": size, "version": version, "facets": facets}


def reviewed_order(entries: Mapping[str, Entry]) -> list[int]:
    """Record numbers by last review, newest first; equal dates (and no date, last) in title order."""
    reviewed = [entry.reviewed for entry in entries.values()]
    return sorted(range(len(reviewed)), key=reviewed.__getitem__, reverse=True)  # stable, even reversed


def card(entry: Entry) -> dict[str, str]:
    """Exactly what ``result_card`` shows; ``url`` from the site root, resolved by the page."""
    return {"id": entry.id, "url": entry.url, "title": entry.title, "facts": entry.facts, "summary": entry.summary}


def dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write_facet_index(site: Path, entries: Mapping[str, Entry], known: dict[int, int] | None = None) -> int:
    """Write the facet index, the review order and one card per record into ``site``; returns the records.

    ``known``, kept by ``mkdocs serve --dirty`` between rebuilds, holds the hash of each card as
    last written, so after one edit only the cards that changed are written again."""
    folder = site / FOLDER
    (folder / CARDS).mkdir(parents=True, exist_ok=True)
    cards = [dump(card(entry)) for entry in entries.values()]
    reviewed = dump({"order": reviewed_order(entries)})
    digest = hashlib.sha256(reviewed.encode())
    for number, text in enumerate(cards):
        digest.update(text.encode())
        if known is None or known.get(number) != hash(text):
            (folder / CARDS / f"{number}.json").write_text(text, encoding="utf-8")
        if known is not None:
            known[number] = hash(text)
    index = facet_index(entries, "")
    digest.update(dump(index).encode())
    index["version"] = digest.hexdigest()[:12]
    (folder / REVIEWED).write_text(reviewed, encoding="utf-8")
    (folder / FACETS).write_text(dump(index), encoding="utf-8")
    return len(cards)


def read_fragments(bundle: Path) -> dict[str, str]:
    """Pagefind result id -> the URL its fragment holds, for every fragment of the bundle."""
    found = {}
    for path in sorted((bundle / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        data = data.removeprefix(FRAGMENT_SIGNATURE)
        found[path.name.removesuffix(".pf_fragment")] = json.loads(data)["url"]
    return found


def shortest_prefixes(ids: Iterable[str]) -> tuple[str, dict[str, str]]:
    """The ids' common start and, per id, the shortest rest no other id starts with.

    Ids are hashes, so four or five characters tell 10,000 apart: about a third of the bytes of
    the whole ids. An id that is the start of another keeps its whole rest and ``END``, so a
    browser trying ever longer starts of an id never stops at a shorter id.
    """
    ordered = sorted(set(ids))
    common = ordered[0][: shared_length(ordered[0], ordered[-1])] if len(ordered) > 1 else ""  # sorted: ends suffice
    rests = [found[len(common) :] + END for found in ordered]
    shortest = {}
    for index, rest in enumerate(rests):
        shared = max(
            (shared_length(rest, rests[other]) for other in (index - 1, index + 1) if 0 <= other < len(rests)),
            default=0,
        )
        shortest[ordered[index]] = rest[: shared + 1] if shared + 1 < len(rest) else rest
    return common, shortest


def shared_length(first: str, second: str) -> int:
    length = 0
    for one, other in zip(first, second, strict=False):
        if one != other:
            break
        length += 1
    return length


def write_mapping(site: Path, bundles: Sequence[str], entries: Mapping[str, Entry]) -> int:
    """Write ``pagefind.json`` for the bundles (folders from the site root); returns the ids mapped.

    Several bundles, merged in the browser with ``pagefind.mergeIndex``, share one mapping: the
    record numbers are the catalogue's, the shortest starts are unique over all bundles, and the
    file lists the bundles, the first being the one the page loads. An id whose URL is no
    record's would be a result without a card, so it stops the build.
    """
    numbers = {"/" + entry.url: number for number, entry in enumerate(entries.values())}
    by_number = [""] * len(entries)
    fragments = {found: url for bundle in bundles for found, url in read_fragments(site / bundle).items()}
    common, shortest = shortest_prefixes(fragments)
    for found, url in fragments.items():
        if url not in numbers:
            raise ValueError(f"Pagefind fragment {found} has the URL {url}, which is no record's")
        by_number[numbers[url]] = shortest[found]
    mapping = {"bundles": list(bundles), "common": common, "end": END, "ids": " ".join(by_number)}
    (site / FOLDER).mkdir(parents=True, exist_ok=True)
    (site / FOLDER / MAPPING).write_text(dump(mapping), encoding="utf-8")
    return len(fragments)
