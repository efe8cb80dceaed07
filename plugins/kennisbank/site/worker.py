"""Work that leaves the build's process: the open data, written by a forked child on the second core.

MkDocs is single-threaded and a thread inside it holds the same GIL, so the open data written
in a thread slowed MkDocs' own page work by about as much as it took. A forked child starts
with the build's entries already in memory (nothing is pickled on the way in), writes its files
and sends back only the small summary; ``wait`` raises what the child raised, so a failure
still fails the build. Before the fork every object is frozen out of the collector's reach
(``freeze``), so the child shares the build's memory instead of copying it. It runs at the
build's priority: at a lower one (measured, 10,000 records) it ran a third longer and so held
its memory beside the build's peak, 769 MB of PSS in all against 710. Where ``fork`` is
missing (not Linux or macOS), the work runs in a thread instead, as before.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from .background import Background

T = TypeVar("T")
FORK = "fork" in multiprocessing.get_all_start_methods()


class Worker(Generic[T]):
    def __init__(self, name: str, work: Callable[[], T]):
        self.name, self._work = name, work
        self.seconds = 0.0  # how long the work took, for the build's log and the benchmark
        self._fallback: Background[T] | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._receive = None

    def start(self) -> Worker[T]:
        if not FORK:
            self._fallback = Background(self.name, self._work).start()
            return self
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(self._work, send), name=self.name, daemon=True)
        freeze()
        self._process.start()
        send.close()
        return self

    def wait(self) -> T:
        if self._fallback is not None:
            result = self._fallback.wait()
            self.seconds = self._fallback.seconds
            return result
        assert self._process is not None and self._receive is not None
        try:
            failed, value, self.seconds = pickle.loads(self._receive.recv_bytes())
        except EOFError:
            raise RuntimeError(f"{self.name}: het werkproces stopte zonder resultaat") from None
        finally:
            self._process.join()
            gc.unfreeze()
        if failed:
            raise value
        return value

    def done(self) -> bool:
        """Whether the work has ended (its result waits), so ``wait`` would not block."""
        if self._fallback is not None:
            return self._fallback.done()
        return self._receive is None or self._receive.poll()

    def cancel(self) -> None:
        """Stop the work where it is: under ``mkdocs serve`` a newer save makes it stale, and the
        next rebuild writes everything again (a file cut short is rewritten, its bytes differ)."""
        if self._fallback is not None:
            self._fallback.wait()  # a thread cannot be stopped; it ends soon enough
            return
        if self._process is not None:
            self._process.terminate()
            self._process.join()
            gc.unfreeze()


def freeze() -> None:
    """Move every object out of the collector's reach until ``wait``: a child whose collector
    walked the build's objects would write to each one's header and so copy every page of memory
    it shares with the build (copy-on-write); the build's own collector leaves them too. No
    collection first: garbage frozen here is collected after ``wait`` all the same, and the child
    never touches it, so a full collection would only add its time to every build."""
    gc.freeze()


def _run(work: Callable[[], object], send) -> None:
    start = time.perf_counter()
    try:
        reply: tuple = (False, work(), 0.0)
    except BaseException as exc:  # noqa: BLE001 - sent to the build, which raises it
        reply = (True, _picklable(exc), 0.0)
    send.send_bytes(pickle.dumps((reply[0], reply[1], time.perf_counter() - start)))
    send.close()


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - an error that cannot travel is told in words
        return RuntimeError(f"{type(exc).__name__}: {exc}")
