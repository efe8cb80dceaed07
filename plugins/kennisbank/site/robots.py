"""``robots.txt``: every crawler may read every page, and is told where the sitemap is.

MkDocs writes ``sitemap.xml`` with every page, record pages included, when ``site_url`` is set;
a sitemap's address must be absolute, so without ``site_url`` the line is left out. Crawlers
read ``robots.txt`` only at a host's root: a site published under a sub-path (a GitHub project
page) should submit its sitemap to the search engines itself.
"""

from __future__ import annotations

from pathlib import Path

ROBOTS_TXT = "robots.txt"
SITEMAP = "sitemap.xml"


def robots_txt(site_url: str) -> str:
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines += ["", f"Sitemap: {site_url.rstrip('/')}/{SITEMAP}"]
    return "\n".join(lines) + "\n"


def write_robots_txt(site: Path, site_url: str) -> Path:
    path = site / ROBOTS_TXT
    path.write_text(robots_txt(site_url), encoding="utf-8")
    return path
