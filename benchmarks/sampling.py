"""Who holds the memory during a build: the process tree's resident memory, sampled.

GNU time gives the peak of the largest single process. A plugin build runs processes side by
side (MkDocs in Python, parsing workers, the Pagefind binary), so this samples the whole tree
a few times a second: the peak of the sum, and the peak per program name. Sampling can miss a
spike shorter than the interval; the figures are lower bounds.

Two sums are kept. Resident memory (RSS) counts a page once in every process that maps it, so a
forked child, which shares the build's pages until one side writes to them (copy-on-write),
is counted again in full: the sum of RSS overstates what the machine gives. Proportional
memory (PSS, ``/proc/<pid>/smaps_rollup``) splits each shared page between the processes that
share it, so its sum is what the tree really holds; it is the honest figure for "all processes".
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

PROC = Path("/proc")
INTERVAL_S = 0.2
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


class TreeSampler(threading.Thread):
    """Samples the resident memory of ``pid`` and all its descendants until ``stop()``."""

    def __init__(self, pid: int, interval: float = INTERVAL_S):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_total_kb = 0
        self.peak_by_name_kb: dict[str, int] = {}
        self.peak_pss_total_kb = 0  # shared pages split between their processes (see above)
        self.peak_pss_by_name_kb: dict[str, int] = {}
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        found = [usage for usage in map(_usage, descendants(self.pid)) if usage[1]]
        self.peak_total_kb = max(self.peak_total_kb, sum(rss for _, rss, _ in found))
        self.peak_pss_total_kb = max(self.peak_pss_total_kb, sum(pss for _, _, pss in found))
        for name, rss, pss in found:
            self.peak_by_name_kb[name] = max(self.peak_by_name_kb.get(name, 0), rss)
            self.peak_pss_by_name_kb[name] = max(self.peak_pss_by_name_kb.get(name, 0), pss)

    def stop(self) -> None:
        self._stopped.set()
        self.join()


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from /proc/<pid>/task/<tid>/children."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        for task in (PROC / str(current) / "task").glob("*/children"):
            try:
                stack += [int(child) for child in task.read_text().split()]
            except OSError:
                continue
    return found


def _usage(pid: int) -> tuple[str, int, int]:
    """(program name, resident KB, proportional KB) of one process; (name, 0, 0) once it has gone."""
    try:
        name = (PROC / str(pid) / "comm").read_text().strip()
        resident_pages = int((PROC / str(pid) / "statm").read_text().split()[1])
        return name, resident_pages * PAGE_KB, proportional_kb(pid)
    except (OSError, ValueError, IndexError):
        return "", 0, 0


def proportional_kb(pid: int) -> int:
    """The process's PSS in KB, from the kernel's one-line sum of its mappings."""
    for line in (PROC / str(pid) / "smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0
