"""Parse files in child processes with memory, time and page limits, so no file can take the indexer down.

Each worker is a forked child that parses one file at a time under an address-space limit
(RLIMIT_AS), a CPU-time limit (RLIMIT_CPU, per file) and the page limit, and sends each result
back through a pipe as soon as it is done; the parent, which holds the one index writer, also
enforces a wall-clock limit. A worker that runs out of memory, takes too long or dies (a crash
inside a parser) is killed and replaced, and only its file is reported as failed, with the reason.
Workers are also retired after a bounded batch of files or when their memory has grown, so a
parser that leaks or fragments memory on one file cannot slow or poison the files after it.

The start method is "fork": the child starts at once with the parent's modules already imported
(a fresh interpreter per batch would cost more than parsing a small file). The parent must not fork
while other threads hold locks; the indexer's parent is single-threaded.
"""
from __future__ import annotations

import faulthandler
import multiprocessing
import os
import resource
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable, Generic, Iterable, Iterator, TypeVar

from engine.processes import die_with_parent

T = TypeVar("T")
R = TypeVar("R")

CHILD_MEMORY_MB = int(os.environ.get("INDEXER_CHILD_MEMORY_MB", "1024"))  # per parser, above what it starts with
CHILD_SECONDS = float(os.environ.get("INDEXER_CHILD_SECONDS", "120"))  # wall (and CPU) time for one file
PDF_MAX_PAGES = int(os.environ.get("INDEXER_PDF_MAX_PAGES", "2000"))  # longer PDFs are refused
FILES_PER_CHILD = 50  # a worker is replaced by a fresh one after this many files
RETIRE_GROWTH_SHARE = 0.5  # ... or once its resident memory grew by this share of its limit
POLL_SECONDS = 0.2  # how often the parent looks at the clock while parsers work
STOP_SECONDS = 5.0  # how long a worker asked to stop may take before it is killed
DEADLINE_VARIABLE = "INDEXER_PARSE_DEADLINE"  # set in a parser for each file: time.monotonic() when its time is up


@dataclass(frozen=True)
class Limits:
    """What one file may cost its parser."""

    memory_mb: int = CHILD_MEMORY_MB
    seconds: float = CHILD_SECONDS
    max_pages: int = PDF_MAX_PAGES
    files_per_child: int = FILES_PER_CHILD


DEFAULT_LIMITS = Limits()


@dataclass
class ParseFailure:
    """A file that could not be parsed, and why, in words a person reads."""

    reason: str

    def __str__(self) -> str:
        return self.reason


def _memory_message(limits: Limits) -> str:
    return f"memory limit {limits.memory_mb} MB exceeded (a damaged file or a decompression bomb?)"


def _describe(error: BaseException, limits: Limits) -> str:
    """A reason for a failed parse that tells the user what is wrong with the file."""
    if isinstance(error, MemoryError):
        return _memory_message(limits)
    reason = getattr(error, "reason", None)
    if isinstance(reason, str) and reason:
        return reason
    name = error.__class__.__name__
    module = error.__class__.__module__
    text = str(error).strip() or name
    if module.startswith("indexer"):
        return text  # the project's own errors are written for the user already
    if isinstance(error, RecursionError):
        return "damaged file: objects nested too deeply"
    if module.startswith("pdfminer"):
        if "Password" in name or "Encryption" in name:
            return "encrypted PDF (needs a password)"
        if "EOF" in name or "EOF" in text:
            return f"truncated or damaged PDF: {text[:200]}"
        return f"damaged PDF: {name}: {text[:200]}"
    return f"{name}: {text[:300]}"


def _resident_bytes() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _virtual_bytes() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _limit_cpu(seconds: float) -> None:
    """Let this process use `seconds` more CPU time; past that the kernel sends SIGXCPU."""
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = int(_cpu_seconds() + seconds) + 1
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ValueError, OSError):
        pass  # the wall-clock limit in the parent still applies


def _worker_main(connection, parse: Callable, limits: Limits, parent_end=None, parent_pid: int = 0) -> None:
    if parent_end is not None:
        parent_end.close()  # our copy of the parent's end would keep the pipe open after the parent dies
    if parent_pid:
        die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops its workers
    faulthandler.disable()  # a crash is reported by the parent as this file's failure, not dumped
    os.environ["INDEXER_PDF_MAX_PAGES"] = str(limits.max_pages)
    # The limit counts from what the forked child already maps (the parent's memory, shared).
    ceiling = _virtual_bytes() + limits.memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    except (ValueError, OSError):
        pass
    start_rss = _resident_bytes()
    done = 0
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        _limit_cpu(limits.seconds)
        # When the parent will give up on this file (time.monotonic is one clock for all processes):
        # a parser that works page by page (OCR) stops in time and keeps what it has read.
        os.environ[DEADLINE_VARIABLE] = repr(time.monotonic() + limits.seconds)
        failed_on_memory = False
        try:
            message = ("ok", parse(task))
        except MemoryError:
            failed_on_memory = True
            message = ("failed", _memory_message(limits))
        except BaseException as error:  # any parser failure is this file's failure only
            message = ("failed", _describe(error, limits))
        done += 1
        grown = _resident_bytes() - start_rss > RETIRE_GROWTH_SHARE * limits.memory_mb * 1024 * 1024
        # A process that hit its memory ceiling may be left in a bad state: it is not used again.
        retire = failed_on_memory or grown or done >= limits.files_per_child
        try:
            connection.send((*message, retire))
        except MemoryError:
            connection.send(("failed", _memory_message(limits), True))
            return
        except Exception as error:  # e.g. a result that cannot be pickled
            connection.send(("failed", f"could not return the parsed document: {error}", retire))
        if retire:
            return


class _Worker(Generic[T]):
    """One child process and the task it is working on."""

    def __init__(self, context, parse: Callable, limits: Limits):
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child_end, parse, limits, self.connection, os.getpid()), daemon=True)
        self.process.start()
        child_end.close()
        self.task: T | None = None
        self.busy = False
        self.started = 0.0

    def give(self, task: T) -> None:
        self.task, self.busy, self.started = task, True, time.monotonic()
        self.connection.send(task)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.connection.send(None)
            except (OSError, ValueError):
                pass
        self.process.join(timeout=STOP_SECONDS)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=STOP_SECONDS)
        self.connection.close()


def _death_reason(process, limits: Limits) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        if name == "SIGKILL":
            return "parser killed (out of memory?)"
        if name == "SIGXCPU":
            return f"timed out: more than {limits.seconds:g} s of CPU time"
        return f"parser crashed ({name})"
    return f"parser stopped unexpectedly (exit status {code})"


def parse_files(
    tasks: Iterable[T],
    parse: Callable[[T], R],
    workers: int = 1,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[tuple[T, R | ParseFailure]]:
    """Parse every task in child processes; yields (task, result or ParseFailure) as each finishes.

    `parse` must be a top-level (picklable) function; tasks are read lazily and results are
    yielded in the order they finish, so neither is held in memory all at once.
    """
    context = multiprocessing.get_context("fork")
    queue = iter(tasks)
    upcoming: list[T] = []  # a task taken from the queue but not yet handed to a worker

    def next_task() -> tuple[bool, T | None]:
        if upcoming:
            return True, upcoming.pop()
        for task in queue:
            return True, task
        return False, None

    pool: list[_Worker] = []
    size = max(1, workers)
    try:
        while True:
            # Hand out work; start workers lazily so a short list does not fork a full pool.
            exhausted = False
            for index in range(size):
                worker = pool[index] if index < len(pool) else None
                if worker is not None and worker.busy:
                    continue
                found, task = next_task()
                if not found:
                    exhausted = True
                    break
                if worker is None:
                    worker = _Worker(context, parse, limits)
                    pool.append(worker)
                try:
                    worker.give(task)
                except (OSError, ValueError):
                    upcoming.append(task)  # the worker died between files: a new one takes it
                    pool[index] = _replace(worker, context, parse, limits)
            busy = {w.connection: w for w in pool if w.busy}
            if not busy:
                if exhausted:
                    return
                continue
            for connection in wait(list(busy), timeout=POLL_SECONDS):
                worker = busy[connection]
                task, worker.busy = worker.task, False
                worker.task = None
                try:
                    status, value, retire = connection.recv()
                except (EOFError, OSError):
                    worker.process.join(timeout=STOP_SECONDS)
                    yield task, ParseFailure(_death_reason(worker.process, limits))
                    pool[pool.index(worker)] = _replace(worker, context, parse, limits)
                    continue
                if retire:
                    pool[pool.index(worker)] = _replace(worker, context, parse, limits, kill=False)
                yield task, (value if status == "ok" else ParseFailure(value))
            now = time.monotonic()
            for index, worker in enumerate(pool):
                if worker.busy and now - worker.started > limits.seconds:
                    task = worker.task
                    pool[index] = _replace(worker, context, parse, limits)
                    yield task, ParseFailure(f"timed out after {limits.seconds:g} s")
    finally:
        for worker in pool:
            worker.stop(kill=worker.busy)


def _replace(worker: _Worker, context, parse: Callable, limits: Limits, kill: bool = True) -> _Worker:
    """Stop a dead, stuck or retiring worker and start a fresh one in its place."""
    worker.stop(kill=kill)
    return _Worker(context, parse, limits)
