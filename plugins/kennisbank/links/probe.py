"""Asking one web address whether it still answers: HEAD first, GET when HEAD is refused.

Redirects are followed here, hop by hop, instead of by urllib, because what matters is which
kind they are: a permanent one (301, 308) means the record should get the new address, a
temporary one (302, 303, 307) means the address is fine as it is. Every request waits for its
host's turn (``Pacer``), so a site with many records in the knowledge base is asked politely.
Failures are outcomes, never exceptions: the caller reports them all at the end.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .pacing import Pacer

OK, DEAD, MOVED, TIMEOUT = "ok", "dead", "moved", "timeout"
PERMANENT = {301, 308}
REDIRECTS = {301, 302, 303, 307, 308}
MAX_HOPS = 10
USER_AGENT = "Mozilla/5.0 (compatible; kennisbank-links/0.1; controle van webadressen in de kennisbank)"
DUTCH_REASONS = {
    400: "ongeldig verzoek",
    401: "inloggen vereist",
    403: "geen toegang",
    404: "niet gevonden",
    410: "verwijderd",
    429: "te veel verzoeken",
    500: "serverfout",
    502: "ongeldig antwoord van een tussenliggende server",
    503: "tijdelijk niet beschikbaar",
    504: "tussenliggende server antwoordt niet op tijd",
}


@dataclass(frozen=True)
class Outcome:
    """What became of one address; ``reason`` is Dutch, ``moved_to`` the new address when it moved."""

    status: str
    reason: str = ""
    moved_to: str = ""
    final: str = ""


@dataclass(frozen=True)
class Answer:
    """One request's answer: an HTTP status with its Location, or a failure of a given kind."""

    code: int = 0
    location: str = ""
    failure: str = ""  # "", "timeout", "dns", "refused", "tls", "broken", "invalid"
    detail: str = ""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # urllib then raises HTTPError with the 3xx status, which ``request`` reads


OPENER = urllib.request.build_opener(_NoRedirects)


def check(url: str, timeout: float, pacer: Pacer) -> Outcome:
    """Follow the address to where it ends, and say whether it works, moved or timed out."""
    current, hops, permanent_to = url, 0, ""
    still_permanent = True
    while True:
        answer = ask(current, timeout, pacer)
        if answer.code in REDIRECTS and answer.location:
            hops += 1
            if hops > MAX_HOPS:
                return Outcome(DEAD, f"meer dan {MAX_HOPS} doorverwijzingen", final=current)
            current = urljoin(current, answer.location)
            still_permanent = still_permanent and answer.code in PERMANENT
            permanent_to = current if still_permanent else permanent_to
            continue
        return _outcome(url, answer, permanent_to, current, timeout)


def _outcome(url: str, answer: Answer, permanent_to: str, final: str, timeout: float) -> Outcome:
    if answer.failure == "timeout":
        return Outcome(TIMEOUT, f"geen antwoord binnen {timeout:g} seconden", final=final)
    if answer.failure:
        return Outcome(DEAD, answer.detail, final=final)
    if answer.code >= 400:
        return Outcome(DEAD, http_reason(answer.code), final=final)
    if permanent_to and permanent_to != url:
        return Outcome(MOVED, moved_to=permanent_to, final=final)
    return Outcome(OK, final=final)


def http_reason(code: int) -> str:
    words = DUTCH_REASONS.get(code)
    return f"de server antwoordt HTTP {code}" + (f" ({words})" if words else "")


def ask(url: str, timeout: float, pacer: Pacer) -> Answer:
    """HEAD, and GET when HEAD gets no usable answer: many servers refuse or mishandle HEAD."""
    answer = request(url, "HEAD", timeout, pacer)
    if answer.code >= 400 or answer.failure == "broken":
        return request(url, "GET", timeout, pacer)
    return answer


def request(url: str, method: str, timeout: float, pacer: Pacer) -> Answer:
    """One request, after waiting for the host's turn; the body of a GET is never read."""
    pacer.wait(urlsplit(url).hostname or "")
    try:
        with OPENER.open(
            urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT}), timeout=timeout
        ) as response:
            return Answer(code=response.status)
    except urllib.error.HTTPError as exc:
        exc.close()
        return Answer(code=exc.code, location=exc.headers.get("Location", "") if exc.headers else "")
    except urllib.error.URLError as exc:
        return _failure(exc.reason, url)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        return _failure(exc, url)


def _failure(reason: object, url: str) -> Answer:
    """The kind of a failed request, with the words a contributor reads."""
    host = urlsplit(url).hostname or url
    if isinstance(reason, TimeoutError):
        return Answer(failure="timeout")
    if isinstance(reason, socket.gaierror):
        return Answer(failure="dns", detail=f"de naam {host} bestaat niet (of is niet op te zoeken)")
    if isinstance(reason, ConnectionRefusedError):
        return Answer(failure="refused", detail=f"de server {host} weigert de verbinding")
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return Answer(failure="tls", detail=f"de beveiligde verbinding met {host} mislukt ({reason})")
    if isinstance(reason, ValueError | http.client.InvalidURL):
        return Answer(failure="invalid", detail="het is geen adres dat te openen is")
    return Answer(failure="broken", detail=f"de server {host} is niet bereikbaar ({reason})")
