"""How fast and how many at once: at most a few requests a second to one host, hosts side by side.

A weekly check of a few hundred addresses must not look like an attack to the databanks that
hold most of them. So every request to a host waits for that host's next turn, the turns
``1 / rate`` seconds apart, while other hosts are asked at the same time by a small pool of
threads (the work is waiting on the network, which threads do well).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TextIO, TypeVar
from urllib.parse import urlsplit

WORKERS = 4
PROGRESS_EVERY = 5.0  # seconds between progress lines on stderr
T = TypeVar("T")


class Pacer:
    """Turns per host, ``1 / rate`` seconds apart, shared by every thread."""

    def __init__(
        self, rate: float, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep
    ):
        self.interval = 1.0 / rate
        self.clock, self.sleep = clock, sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        with self._lock:
            now = self.clock()
            turn = max(now, self._next.get(host, now))
            self._next[host] = turn + self.interval
        if turn > now:
            self.sleep(turn - now)


class Progress:
    """'links: 120/480 gecontroleerd' on stderr, every few seconds and once at the end."""

    def __init__(self, total: int, stream: TextIO | None = None, every: float = PROGRESS_EVERY):
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.every = every
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def advance(self) -> None:
        with self._lock:
            self.done += 1
            now = time.monotonic()
            if self.done == self.total or now - self._last >= self.every:
                self._last = now
                print(f"links: {self.done}/{self.total} gecontroleerd", file=self.stream, flush=True)


def by_host(urls: Iterable[str]) -> dict[str, list[str]]:
    """The distinct addresses grouped by host, each group in the order first seen."""
    groups: dict[str, list[str]] = {}
    for url in dict.fromkeys(urls):
        groups.setdefault((urlsplit(url).hostname or "").lower(), []).append(url)
    return groups


def check_all(urls: Iterable[str], check: Callable[[str], T], progress: Progress) -> dict[str, T]:
    """``check`` for every distinct address: one host's addresses in turn, hosts side by side."""
    groups = by_host(urls)
    results: dict[str, T] = {}

    def check_host(group: list[str]) -> None:
        for url in group:
            results[url] = check(url)
            progress.advance()

    with ThreadPoolExecutor(max_workers=max(1, min(WORKERS, len(groups)))) as pool:
        for future in [pool.submit(check_host, group) for group in groups.values()]:
            future.result()
    return results
