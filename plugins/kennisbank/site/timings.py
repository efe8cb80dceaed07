"""How long each stage of one build took, on one line: where the time goes, for people and the benchmark.

``tijden: laden en valideren 0,41 s · records 0,05 s · pagina's 1,20 s · MkDocs 3,40 s · ...``:
stages in the order they ran, seconds with a decimal comma. The benchmark reads this line
(``benchmarks/run.py``), so the benchmark page and the build's log say the same.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

PREFIX = "tijden: "
SEPARATOR = " · "


class Stages:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._started: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        self.start(name)
        try:
            yield
        finally:
            self.stop(name)

    def start(self, name: str) -> None:
        """For a stage that spans hooks, such as MkDocs' own work between ``on_files`` and ``on_post_build``."""
        self._started[name] = time.perf_counter()

    def stop(self, name: str) -> None:
        started = self._started.pop(name, None)
        if started is not None:
            self.add(name, time.perf_counter() - started)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def line(self) -> str:
        parts = (f"{name} {seconds:.2f} s".replace(".", ",") for name, seconds in self.seconds.items())
        return PREFIX + SEPARATOR.join(parts)
