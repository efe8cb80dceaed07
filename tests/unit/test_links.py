"""``kennisbank links`` against a web server of the test's own on 127.0.0.1: never anywhere else.

The server answers each kind of address the command tells apart: fine (200), gone (404),
moved permanently (301 and 308), redirected for now (302), HEAD refused but GET fine (405,
then 200), and too slow for a short ``--timeout``; a closed port refuses the connection.
The records point at it, and the tests read the exact report, the JSON and the exit codes.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kennisbank.cli import main
from kennisbank.links.pacing import Pacer
from tests.constants import SCHEMA

SLOW = 2.0  # seconds the slow address takes; the tests wait 0.5
REDIRECTS = {"/oud": (301, "/nieuw"), "/databank-oud": (308, "/databank-nieuw"), "/tijdelijk": (302, "/goed")}
FINE = {"/goed", "/nieuw", "/databank-nieuw"}


class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.server.requests.append((self.command, self.path, time.monotonic()))  # type: ignore[attr-defined]
        if self.path == "/geen-head":
            return self.answer(405)
        return self.do_GET()

    def do_GET(self):
        if self.command == "GET":
            self.server.requests.append((self.command, self.path, time.monotonic()))  # type: ignore[attr-defined]
        if self.path == "/traag":
            time.sleep(SLOW)
        if self.path in REDIRECTS:
            status, target = REDIRECTS[self.path]
            return self.answer(status, target)
        return self.answer(200 if self.path in FINE or self.path == "/geen-head" else 404)

    def answer(self, status: int, location: str = "") -> None:
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def base(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def closed() -> str:
    """An address on a port that nothing listens on: taken free, then let go."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/dicht"


INTERVENTION = """\
title: Beweegochtend in de wijk
summary: Een wekelijkse laagdrempelige beweegochtend voor ouderen in het wijkcentrum, met koffie na afloop.
problem: Ouderen in de wijk bewegen weinig en zijn soms eenzaam.
goals:
  main: Ouderen bewegen meer en ontmoeten elkaar.
target_groups: [ouderen]
domains: [sport, zorg]
themes: [gezondheid, eenzaamheid]
approach:
  components: Een wekelijkse groepsles bewegen, gevolgd door koffie.
owner: movisie
contact:
  url: {base}/goed
databank:
  name: Interventiedatabase
  url: {base}/databank-oud
links:
  - title: Zonder HEAD
    url: {base}/geen-head
  - title: Traag
    url: {base}/traag
  - title: Tijdelijk elders
    url: {base}/tijdelijk
sources:
  - title: Een verdwenen bron
    publisher: Movisie
    year: 2020
    url: {base}/weg
last_reviewed: 2026-01-01
"""
ORGANISATION = """\
title: Movisie
roles: [kennisinstituut]
website: {base}/oud
sources:
  - title: Een onbereikbare bron
    publisher: Movisie
    year: 2021
    url: {closed}
  - title: Dezelfde verdwenen bron
    publisher: Movisie
    year: 2020
    url: {base}/weg
"""
SPOT = "interventions/interventies/beweegochtend.yaml"
ORG = "interventions/organisaties/movisie.yaml"


@pytest.fixture
def project(tmp_path, base, closed, monkeypatch) -> Path:
    for path, text in ((SPOT, INTERVENTION), (ORG, ORGANISATION)):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text.format(base=base, closed=closed), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)  # 127.0.0.1 directly, never through a proxy
    return tmp_path


def links(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["links", "--schema", str(SCHEMA), "--timeout", "0.5", "--rate", "100", *args])
    output = capsys.readouterr()
    return code, output.out, output.err


def expected_lines(base: str, closed: str) -> list[str]:
    gone = (
        f"waarschuwing: het webadres {base}/weg werkt niet: de server antwoordt HTTP 404 (niet gevonden) "
        "(zoek het nieuwe adres van de pagina, of haal de link weg)"
    )
    return [
        f"{SPOT}:16:8: waarschuwing: het webadres {base}/databank-oud is verhuisd naar {base}/databank-nieuw "
        "(zet het nieuwe adres in het record, en het oude in 'databank.former_urls')",
        f"{SPOT}:21:10: waarschuwing: het webadres {base}/traag geeft geen antwoord binnen 0.5 seconden "
        "(probeer het later opnieuw; blijft het stil, zoek dan het nieuwe adres of haal de link weg)",
        f"{SPOT}:28:10: {gone}",
        f"{ORG}:3:10: waarschuwing: het webadres {base}/oud is verhuisd naar {base}/nieuw "
        "(zet het nieuwe adres in het record)",
        f"{ORG}:8:10: waarschuwing: het webadres {closed} werkt niet: de server 127.0.0.1 weigert de verbinding "
        "(zoek het nieuwe adres van de pagina, of haal de link weg)",
        f"{ORG}:12:10: {gone}",
        "8 webadressen in 2 records gecontroleerd: 6 waarschuwingen",
    ]


def test_every_dead_moved_or_silent_address_is_reported_where_it_is_written(project, base, closed, capsys):
    code, out, err = links(capsys)
    assert out.splitlines() == expected_lines(base, closed)
    assert err.splitlines()[-1] == "links: 8/8 gecontroleerd"
    assert code == 1


def test_each_address_is_asked_once_and_get_follows_only_a_refused_head(project, server, capsys):
    server.requests.clear()
    links(capsys)
    asked = sorted((method, path) for method, path, _ in server.requests)
    assert asked.count(("HEAD", "/weg")) == 1, "an address used twice is asked once"
    assert ("GET", "/geen-head") in asked
    assert ("GET", "/goed") not in asked, "a HEAD that works needs no GET"
    assert ("GET", "/traag") not in asked, "a HEAD that timed out is not waited for twice"


def test_the_json_has_english_keys_and_a_code_per_occurrence(project, base, capsys):
    code, out, _ = links(capsys, "--format", "json")
    document = json.loads(out)
    assert {key: document[key] for key in ("records", "urls", "warnings")} == {"records": 2, "urls": 8, "warnings": 6}
    assert [(p["path"], p["line"], p["col"], p["code"]) for p in document["problems"]] == [
        (SPOT, 16, 8, "link-moved"),
        (SPOT, 21, 10, "link-timeout"),
        (SPOT, 28, 10, "link-dead"),
        (ORG, 3, 10, "link-moved"),
        (ORG, 8, 10, "link-dead"),
        (ORG, 12, 10, "link-dead"),
    ]
    assert {p["severity"] for p in document["problems"]} == {"warning"}
    assert code == 1


def test_the_github_format_annotates_and_writes_the_job_summary(project, base, capsys, monkeypatch, tmp_path):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = links(capsys, "--format", "github", ORG)
    assert out.splitlines() == [
        f"::warning file={ORG},line=3,col=10::het webadres {base}/oud is verhuisd naar {base}/nieuw "
        "(zet het nieuwe adres in het record)",
        *[line for line in out.splitlines() if line.startswith(f"::warning file={ORG},line=8,")],
        *[line for line in out.splitlines() if line.startswith(f"::warning file={ORG},line=12,")],
        "3 webadressen in 1 record gecontroleerd: 3 waarschuwingen",
    ]
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("## Controle van de webadressen\n\n3 webadressen in 1 record gecontroleerd")
    assert f"| `{ORG}` | 3:10 | waarschuwing | het webadres {base}/oud is verhuisd" in written
    assert code == 1


def test_addresses_that_all_work_exit_0(project, capsys):
    (project / ORG).write_text("title: Movisie\nroles: [kennisinstituut]\n")
    text = (project / SPOT).read_text()
    for path in ("/databank-oud", "/traag", "/weg"):
        text = text.replace(path, "/goed")
    (project / SPOT).write_text(text)
    assert links(capsys) == (
        0,
        "3 webadressen in 2 records gecontroleerd: alles in orde\n",
        "links: 3/3 gecontroleerd\n",
    )


def test_a_path_that_is_not_there_or_a_bad_number_cannot_run(project, capsys):
    assert links(capsys, "interventions/bestaat-niet") == (
        2,
        "",
        "kennisbank: interventions/bestaat-niet: dit bestand of deze map bestaat niet\n",
    )
    with pytest.raises(SystemExit) as stopped:
        links(capsys, "--timeout", "0")
    assert stopped.value.code == 2
    assert "'0' is geen getal groter dan 0" in capsys.readouterr().err


def test_one_host_is_asked_at_most_rate_times_a_second():
    """On a clock of its own, so a loaded machine cannot make it pass or fail: turns 1/rate apart per host."""
    now = [100.0]
    asked: list[tuple[str, float]] = []

    def sleep(seconds: float) -> None:
        now[0] += seconds

    pacer = Pacer(rate=5, clock=lambda: now[0], sleep=sleep)
    for host in ("a", "a", "b", "a"):
        pacer.wait(host)
        asked.append((host, now[0]))
    assert asked == [("a", 100.0), ("a", 100.2), ("b", 100.2), ("a", pytest.approx(100.4))]
