"""Links on a page rendered straight to HTML, as MkDocs would have written them from Markdown.

A record page's Markdown links to other pages by source path (``../organisaties/movisie.md``)
and MkDocs rewrites that to the target's URL relative to the page (``../../organisaties/movisie/``).
Pages rendered without Markdown skip that step, so their links are made final here, the same
way: MkDocs' ``File.url`` and ``utils.get_relative_url``, without importing MkDocs.
"""

from __future__ import annotations

import functools
import posixpath
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from .rendering import quoted


def file_url(src: str, directory_urls: bool) -> str:
    """The URL MkDocs gives the page at ``src`` (``File.url``): ``x/``, ``x.html`` or ``./``."""
    stem = src[:-3] if src.endswith(".md") else src
    folder, name = posixpath.split(stem)
    if name in ("index", "README"):
        dest = posixpath.join(folder, "index.html")
    else:
        dest = f"{stem}/index.html" if directory_urls else f"{stem}.html"
    folder, name = posixpath.split(dest)
    if directory_urls and name == "index.html":
        dest = (folder or ".") + "/"
    return quote(dest)


def _parts(path: str) -> list[str]:
    path = posixpath.normpath("/" + path)[1:]
    return path.split("/") if path else []


def relative_url(url: str, other: str) -> str:
    """``url`` relative to the page at ``other`` (MkDocs' ``get_relative_url``)."""
    folder, _, name = other.rpartition("/")
    if "." in name:
        other = folder
    other_parts, dest_parts = _parts(other), _parts(url)
    common = 0
    for a, b in zip(other_parts, dest_parts, strict=False):
        if a != b:
            break
        common += 1
    relative = "/".join([".."] * (len(other_parts) - common) + dest_parts[common:]) or "."
    return relative + "/" if url.endswith("/") else relative


@functools.lru_cache(maxsize=65_536)
def page_href(page_url: str, href: str, directory_urls: bool) -> str:
    """What ``link`` and then MkDocs make of ``href`` (a page path from the site root, or a web or
    mail address) on the page at ``page_url``: addresses quoted as they are, page paths resolved."""
    link = quoted("", href)
    scheme, netloc, path, query, fragment = urlsplit(link)
    if scheme or netloc or not path:
        return link
    target = file_url(posixpath.normpath(unquote(path)), directory_urls)
    return urlunsplit(("", "", relative_url(target, page_url), query, fragment))
