"""The Pagefind binary runs beside the build at a lower priority than the build.

On two cores the build, the open data and Pagefind otherwise share the cores alike, while the
build's own pages are what the rest waits for (``pagefind_service.BESIDE``).
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor

from kennisbank.site.catalogue.pagefind_service import BESIDE, PromptPagefindService


def test_the_pagefind_binary_runs_at_a_lower_priority_than_the_build():
    async def priorities() -> tuple[int, int]:
        async with PromptPagefindService() as service:
            return os.getpriority(os.PRIO_PROCESS, 0), os.getpriority(os.PRIO_PROCESS, service._backend.pid)

    with ThreadPoolExecutor(1) as thread:  # its own event loop, as the build's index thread has
        build, binary = thread.submit(asyncio.run, priorities()).result()
    assert binary == min(build + BESIDE, 19)
