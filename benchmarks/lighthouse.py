"""The catalogue on a phone, as Lighthouse judges it: performance score and layout shift.

Lighthouse (npm ``lighthouse``, see package.json) with its default mobile settings, on Debian's
Chromium, over the built site served from this machine. One run per call: Lighthouse throttles
CPU and network itself, so its score depends less on the machine's load than wall-clock figures
do, but it still varies by a few points between runs.

    python -m benchmarks.lighthouse SITE_DIR
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .browser import CHROMIUM_FLAGS, serve

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
PAGE = "catalogus/"


def mobile_performance(site: Path, page: str = PAGE) -> dict:
    """``lighthouse_performance`` (0-100), ``lighthouse_cls`` and ``lighthouse_lcp_s`` of one page."""
    if not LIGHTHOUSE.exists():
        raise RuntimeError("Lighthouse ontbreekt: voer 'npm ci' uit")
    server = serve(site)
    try:
        with tempfile.TemporaryDirectory() as folder:
            report = Path(folder) / "report.json"
            _run(f"http://127.0.0.1:{server.server_address[1]}/{page}", report)
            found = json.loads(report.read_text(encoding="utf-8"))
    finally:
        server.shutdown()
    audits = found["audits"]
    return {
        "lighthouse_performance": round(found["categories"]["performance"]["score"] * 100),
        "lighthouse_cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "lighthouse_lcp_s": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 2),
    }


def _run(url: str, report: Path) -> None:
    flags = " ".join(["--headless=new", *CHROMIUM_FLAGS])
    env = {**os.environ, "CHROME_PATH": shutil.which("chromium") or CHROMIUM}
    command = [str(LIGHTHOUSE), url, "--quiet", "--only-categories=performance", "--output=json"]
    command += [f"--output-path={report}", f"--chrome-flags={flags}"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    if done.returncode != 0 or not report.exists():
        raise RuntimeError(f"Lighthouse faalde: {done.stderr[-500:]}")


if __name__ == "__main__":
    print(json.dumps(mobile_performance(Path(sys.argv[1]))))
