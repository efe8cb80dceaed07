"""The edit loop as a contributor lives it: save one record under ``mkdocs serve --dirty`` and
wait until the server hands out its changed page.

Each edit appends a word to the title of one intervention; the time runs from writing the
file to the first response that carries the new title (polled every 50 ms, so the figure is
at most that much late), with a pause between saves in which the previous rebuild's open data
and word index finish. Then a new record is saved (a copy under another id) until its page is
served, and removed until its page is gone (404), the issue's "add" and "remove". The server's
first build is timed too.
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
    """Median seconds from a save to the changed page, each edit's figure, the seconds until an
    added record's page is served and a removed record's page is gone, and the first build."""
    record = sorted((project / "interventions" / RECORD_FOLDER).glob("*.yaml"))[0]
    added = record.with_name(f"{record.stem}-nieuw.yaml")
    port = free_port()
    base = f"http://127.0.0.1:{port}/{RECORD_FOLDER}"
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
            url = f"{base}/{record.stem}/"
            first = wait_until(lambda: bool(fetch(url)), FIRST_BUILD_TIMEOUT_S, "the first build", server)
            seconds = [edit(record, number, url, server) for number in range(1, edits + 1)]
            add_s, remove_s = add_and_remove(added, original, f"{base}/{added.stem}/", server)
        finally:
            server.terminate()
            server.wait(timeout=60)
            record.write_text(original, encoding="utf-8")
            added.unlink(missing_ok=True)
    return {
        "edit_s": round(statistics.median(seconds), 3),
        "edit_s_rounds": seconds,
        "add_s": add_s,
        "remove_s": remove_s,
        "serve_first_build_s": round(first, 2),
    }


def edit(record: Path, number: int, url: str, server: subprocess.Popen) -> float:
    """Seconds from appending a word to the record's title to the page that shows it."""
    word = f"Bewerkt{number}"
    time.sleep(PAUSE_S)
    start = time.perf_counter()
    retitle(record, word)
    wait_until(lambda: word in fetch(url), EDIT_TIMEOUT_S, f"edit {number}", server)
    return round(time.perf_counter() - start, 3)


def add_and_remove(added: Path, text: str, url: str, server: subprocess.Popen) -> tuple[float, float]:
    """Seconds until a new record's page is served, then until it is gone once the file is."""
    time.sleep(PAUSE_S)
    start = time.perf_counter()
    added.write_text(text, encoding="utf-8")
    wait_until(lambda: bool(fetch(url)), EDIT_TIMEOUT_S, "the added record's page", server)
    add_s = round(time.perf_counter() - start, 3)
    time.sleep(PAUSE_S)
    start = time.perf_counter()
    added.unlink()
    wait_until(lambda: not fetch(url), EDIT_TIMEOUT_S, "the removed record's page to go", server)
    return add_s, round(time.perf_counter() - start, 3)
