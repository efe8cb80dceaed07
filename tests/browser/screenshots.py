"""The README's screenshots of the professional's tools, taken from the built site.

    python -m tests.browser.screenshots [SITE_DIR]    (default: builds the project's site first)

Uses the browser tests' own server and Chromium settings, so the pictures show the site as the
tests see it: the comparison of three seed interventions and the evidence and gap map.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from tests.constants import ROOT

from .conftest import CHROMIUM, CHROMIUM_FLAGS, serve

IMAGES = ROOT / "docs" / "images"
VIEWPORT = {"width": 1280, "height": 1000}


def compared_ids() -> str:
    return ",".join(sorted(path.stem for path in (ROOT / "interventions" / "interventies").glob("*.yaml"))[:3])


SHOTS = [  # file, page, what shows that the page is ready
    (
        "vergelijken.png",
        f"vergelijken/?ids={compared_ids()}",
        "document.querySelector('.kb-compare').dataset.compareState === 'ready'",
    ),
    ("bewijskaart.png", "bewijskaart/", "document.querySelector('.kb-gap-table') !== null"),
]


def build(target: Path) -> Path:
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(target)], cwd=ROOT, check=True)
    return target


def take(site: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    written = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport=VIEWPORT)
            for name, path, ready in SHOTS:
                page.goto(f"{base}/{path}")
                page.wait_for_function(ready)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(IMAGES / name))
                written.append(IMAGES / name)
            browser.close()
    finally:
        server.shutdown()
    return written


def main(argv: list[str]) -> int:
    if argv:
        written = take(Path(argv[0]))
    else:
        with tempfile.TemporaryDirectory() as folder:
            written = take(build(Path(folder) / "site"))
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
