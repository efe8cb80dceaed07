"""The Pagefind binary runs beside the build at a lower priority than the build.

On two cores the build, the open data and Pagefind otherwise share the cores alike, while the
build's own pages are what the rest waits for (``pagefind_service.BESIDE``).
"""

from __future__ import annotations

import asyncio
import os

from kennisbank.site.catalogue.pagefind_service import BESIDE, PromptPagefindService


def test_the_pagefind_binary_runs_at_a_lower_priority_than_the_build():
    async def priorities() -> tuple[int, int]:
        async with PromptPagefindService() as service:
            return os.getpriority(os.PRIO_PROCESS, 0), os.getpriority(os.PRIO_PROCESS, service._backend.pid)

    build, binary = asyncio.run(priorities())
    assert binary == min(build + BESIDE, 19)
