"""Work that runs beside the build in a thread: the search index (Pagefind works in processes of
its own, so the thread only waits), and the open data where a process cannot be forked
(``worker``). ``wait`` raises what the work raised, so a failure still fails the build that
started it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    def __init__(self, name: str, work: Callable[[], T]):
        self._work = work
        self._result: T | None = None
        self._error: BaseException | None = None
        self.seconds = 0.0  # how long the work took, for the build's log and the benchmark
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> Background[T]:
        self._thread.start()
        return self

    def _run(self) -> None:
        start = time.perf_counter()
        try:
            self._result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the build thread in wait()
            self._error = exc
        self.seconds = time.perf_counter() - start

    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]  # set when no error was raised
