"""The edit loop as a contributor lives it: save one record under ``mkdocs serve --dirty`` and
wait until the server hands out its changed page.

Each edit appends a word to the title of one intervention; the time runs from writing the
file to the first response that carries the new title (polled every 50 ms, so the figure is
at most that much late), with a pause between saves in which the previous rebuild's open data
and word index finish. The server's first build is timed too.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

POLL_S = 0.05
PAUSE_S = 8  # between saves, as a contributor reads the page: the last rebuild's background work ends
FIRST_BUILD_TIMEOUT_S = 3600
EDIT_TIMEOUT_S = 600
RECORD_FOLDER = "interventies"  # a record kind whose page is at /interventies/<id>/


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (OSError, urllib.error.URLError):
        return ""


def wait_until(check, seconds: float, what: str, server: subprocess.Popen) -> float:
    """Seconds until ``check()`` holds; fails when the server stopped or time ran out."""
    start = time.perf_counter()
    while not check():
        if server.poll() is not None:
            raise SystemExit(f"mkdocs serve stopped while waiting for {what}")
        if time.perf_counter() - start > seconds:
            raise SystemExit(f"gave up waiting for {what} after {seconds} s")
        time.sleep(POLL_S)
    return time.perf_counter() - start


def retitle(path: Path, word: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(number for number, line in enumerate(lines) if line.startswith("title: "))
    lines[at] = lines[at].rstrip("\n") + f" {word}\n"
    path.write_text("".join(lines), encoding="utf-8")


def measure(project: Path, env: dict[str, str], log: Path, edits: int = 3) -> dict:
    """Median seconds from a save to the changed page, each edit's figure, and the first build."""
    record = sorted((project / "interventions" / RECORD_FOLDER).glob("*.yaml"))[0]
    port = free_port()
    url = f"http://127.0.0.1:{port}/{RECORD_FOLDER}/{record.stem}/"
    original = record.read_text(encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"]
    with log.open("wb") as out:
        server = subprocess.Popen(
            command,
            cwd=project,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        )
        try:
            first = wait_until(lambda: bool(fetch(url)), FIRST_BUILD_TIMEOUT_S, "the first build", server)
            seconds = []
            for number in range(1, edits + 1):
                word = f"Bewerkt{number}"
                time.sleep(PAUSE_S)
                start = time.perf_counter()
                retitle(record, word)
                wait_until(lambda w=word: w in fetch(url), EDIT_TIMEOUT_S, f"edit {number}", server)
                seconds.append(round(time.perf_counter() - start, 3))
        finally:
            server.terminate()
            server.wait(timeout=60)
            record.write_text(original, encoding="utf-8")
    return {
        "edit_s": round(statistics.median(seconds), 3),
        "edit_s_rounds": seconds,
        "serve_first_build_s": round(first, 2),
    }
