"""The process pool behind ``--workers N``: ingest and the briefing share it.

Workers are retired now and then, because spaCy's string store and the parsers' caches grow with
every new word a worker meets. ``concurrent.futures``' own ``max_tasks_per_child`` does that one
worker at a time, and ``submit`` starts the replacement while the retiring worker is still
freeing its memory; the two workers usually come due together, so a run's peak held up to four
analysis workers at once. ``WorkerPool`` retires all of them together instead: it waits for the
submitted work, lets the processes exit, and only then starts the next ones, so no more than
``workers`` processes hold memory at any moment. A pool one of whose workers died is replaced
at the next ``submit``: the futures it held raise ``BrokenProcessPool``, later work runs.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable


class WorkerPool:
    """``workers`` spawned processes, replaced together after ``tasks_per_worker`` tasks each.

    ``submit`` returns a ``Future`` as ``ProcessPoolExecutor.submit`` does; futures of a retired
    generation are complete and keep their results. ``generations`` counts the sets of
    processes started so far.
    """

    def __init__(self, workers: int, tasks_per_worker: int,
                 initializer: Callable[..., None] | None = None, initargs: tuple = ()) -> None:
        if workers < 1 or tasks_per_worker < 1:
            raise ValueError("workers and tasks_per_worker must be at least 1")
        # "spawn": the parent may hold threads (lingua, BLAS) that fork would copy in a locked state
        self._context = multiprocessing.get_context("spawn")
        self._workers = workers
        self._tasks_per_generation = workers * tasks_per_worker
        self._initializer, self._initargs = initializer, initargs
        self._executor: ProcessPoolExecutor | None = None
        self._submitted = 0
        self.generations = 0

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        if self._executor is not None and self._submitted >= self._tasks_per_generation:
            self._executor.shutdown(wait=True)  # waits for the submitted work and the processes' exit
            self._executor = None
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=self._workers, mp_context=self._context,
                                                 initializer=self._initializer, initargs=self._initargs)
            self._submitted = 0
            self.generations += 1
        self._submitted += 1
        try:
            return self._executor.submit(fn, *args)
        except BrokenProcessPool:
            # a worker died (killed, out of memory, a crash in native code): the work it held
            # fails with BrokenProcessPool for the caller to redo; new work gets new processes
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
            return self.submit(fn, *args)

    def close(self, cancel: bool = False) -> None:
        """Wait for the submitted work (or, with ``cancel``, only for what has started) and stop."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=cancel)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # after Ctrl-C or an error, work not yet started is dropped rather than waited for
        self.close(cancel=exc_type is not None)
