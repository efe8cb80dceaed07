"""The open data's worker process and the build's stage line: what they hand back, and what they say."""

from __future__ import annotations

import os
import threading

import pytest

from kennisbank.site import worker
from kennisbank.site.timings import Stages
from kennisbank.site.worker import Worker


class Unpicklable(Exception):
    def __init__(self, message: str, handle: object):
        super().__init__(message)
        self.handle = handle

    def __reduce__(self):
        raise TypeError("cannot travel")


def test_the_work_runs_in_another_process_and_its_result_comes_back():
    found = Worker("test", os.getpid).start().wait()
    assert found != os.getpid() if worker.FORK else found == os.getpid()


def test_a_failure_in_the_worker_is_raised_in_the_build():
    def broken():
        raise ValueError("kapotte open data")

    with pytest.raises(ValueError, match="kapotte open data"):
        Worker("test", broken).start().wait()


def test_an_error_that_cannot_travel_is_told_in_words():
    def broken():
        raise Unpicklable("met een slot erin", threading.Lock())

    with pytest.raises(Exception, match="Unpicklable: met een slot erin"):
        Worker("test", broken).start().wait()


def test_the_stage_line_lists_stages_in_the_order_they_ran_with_a_decimal_comma():
    stages = Stages()
    stages.add("laden en valideren", 0.414)
    stages.add("MkDocs", 3.4)
    stages.add("laden en valideren", 0.01)
    assert stages.line() == "tijden: laden en valideren 0,42 s · MkDocs 3,40 s"


@pytest.mark.skipif(not worker.FORK, reason="only a forked child shares the build's memory")
def test_the_child_finds_the_builds_objects_frozen_and_the_build_gets_them_back():
    import gc

    def frozen_in_child() -> int:
        return gc.get_freeze_count()

    assert Worker("test", frozen_in_child).start().wait() > 0, "the child's collector must leave shared objects"
    assert gc.get_freeze_count() == 0, "after wait the build collects its own objects again"


@pytest.mark.skipif(not worker.FORK, reason="only a process can be stopped")
def test_stale_work_is_stopped_not_waited_for_and_finished_work_is_done():
    import gc
    import time

    stale = Worker("test", lambda: time.sleep(600)).start()
    assert not stale.done()
    stale.cancel()
    assert stale._process is not None and not stale._process.is_alive()
    assert gc.get_freeze_count() == 0
    finished = Worker("test", os.getpid).start()
    finished._process.join()
    assert finished.done() and finished.wait() != os.getpid()


def test_a_stale_open_data_is_stopped_and_said():
    from kennisbank.site.outputs import Outputs

    said: list[str] = []
    outputs = Outputs(said.append)

    class Running:
        cancelled = False

        def done(self) -> bool:
            return False

        def cancel(self) -> None:
            Running.cancelled = True

    outputs.writing = Running()  # type: ignore[assignment]
    outputs.finish(stale=True)
    assert Running.cancelled and said == ["open data: gestopt voor de nieuwe rebuild, die ze opnieuw schrijft"]
