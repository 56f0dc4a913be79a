"""Parse files in child processes with memory, time and page limits, so no file can take the indexer down.

Each worker process parses one file at a time and sends back the result. A worker that runs out
of memory, takes too long, or dies (a crash inside a parser) is replaced, and that one file is
reported as failed with the reason; the other files go on. The parent holds the one index writer.
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
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHILD_MEMORY_MB = int(os.environ.get("INDEXER_CHILD_MEMORY_MB", "1024"))  # per parser, above what it starts with
CHILD_SECONDS = float(os.environ.get("INDEXER_CHILD_SECONDS", "120"))  # wall time for one file
PDF_MAX_PAGES = int(os.environ.get("INDEXER_PDF_MAX_PAGES", "2000"))  # longer PDFs are refused
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Limits:
    """What one file may cost its parser."""

    memory_mb: int = CHILD_MEMORY_MB
    seconds: float = CHILD_SECONDS
    max_pages: int = PDF_MAX_PAGES


DEFAULT_LIMITS = Limits()


@dataclass
class ParseFailure:
    """A file that could not be parsed, and why, in words a person reads."""

    reason: str

    def __str__(self) -> str:
        return self.reason


def _virtual_memory_bytes() -> int:
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _describe(error: BaseException) -> str:
    """A reason for a failed parse that tells the user what is wrong with the file."""
    reason = getattr(error, "reason", None)
    if reason:
        return str(reason)
    name = error.__class__.__name__
    module = error.__class__.__module__
    text = str(error).strip() or name
    if isinstance(error, MemoryError):
        return "memory limit exceeded while parsing (a damaged or decompression-bomb file?)"
    if module.startswith("indexer"):
        return text
    if "Password" in name or "Encryption" in name:
        return "encrypted PDF that needs a password"
    if module.startswith("pdfminer"):
        if name in ("PSEOF",) or "EOF" in text:
            return f"truncated or damaged PDF ({name}: {text[:200]})"
        return f"damaged PDF ({name}: {text[:200]})"
    if isinstance(error, RecursionError):
        return "PDF objects nested too deeply"
    return f"{name}: {text[:300]}"


def _worker_main(connection, parse: Callable, limits: Limits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    faulthandler.disable()  # a crash is reported by the parent, not dumped on the terminal
    os.environ["INDEXER_PDF_MAX_PAGES"] = str(limits.max_pages)
    ceiling = _virtual_memory_bytes() + limits.memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    except (ValueError, OSError):
        pass
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            result = ("ok", parse(task))
        except MemoryError:
            result = ("failed", _describe(MemoryError()))
        except BaseException as error:  # any parser failure is this file's failure only
            result = ("failed", _describe(error))
        try:
            connection.send(result)
        except MemoryError:
            connection.send(("failed", _describe(MemoryError())))
        except Exception as error:  # e.g. an unpicklable result
            connection.send(("failed", f"could not return the parsed document: {error}"))
        if result[0] == "failed" and "memory limit" in result[1]:
            return  # a process that hit its memory ceiling is not trusted again


class _Worker:
    def __init__(self, context, parse: Callable, limits: Limits):
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child_end, parse, limits), daemon=True)
        self.process.start()
        child_end.close()
        self.task = None
        self.started = 0.0

    def give(self, task) -> None:
        self.task = task
        self.started = time.monotonic()
        self.connection.send(task)

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.connection.send(None)
        except (OSError, ValueError, BrokenPipeError):
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.connection.close()


def _death_reason(process) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        if name == "SIGKILL":
            return "parser killed (out of memory?)"
        if name == "SIGXCPU":
            return "parser ran out of CPU time"
        return f"parser crashed ({name})"
    return f"parser stopped unexpectedly (exit status {code})"


def parse_files(
    tasks: Iterable[T],
    parse: Callable[[T], R],
    workers: int = 1,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[tuple[T, R | ParseFailure]]:
    """Parse every task in child processes; yields (task, result or ParseFailure) as each finishes."""
    context = multiprocessing.get_context("fork")
    pending = list(tasks)
    pending.reverse()
    pool = [_Worker(context, parse, limits) for _ in range(max(1, min(workers, len(pending) or 1)))]
    try:
        while pending or any(w.task is not None for w in pool):
            for index, worker in enumerate(pool):
                if worker.task is None and pending:
                    try:
                        worker.give(pending[-1])
                        pending.pop()
                    except (OSError, BrokenPipeError):
                        worker.stop(kill=True)
                        pool[index] = _Worker(context, parse, limits)
            busy = {w.connection: w for w in pool if w.task is not None}
            ready = wait(list(busy), timeout=POLL_SECONDS) if busy else []
            for connection in ready:
                worker = busy[connection]
                task, worker.task = worker.task, None
                try:
                    status, value = connection.recv()
                except (EOFError, OSError):
                    worker.process.join(timeout=1)
                    yield task, ParseFailure(_death_reason(worker.process))
                    _replace(pool, worker, context, parse, limits)
                    continue
                yield task, (value if status == "ok" else ParseFailure(value))
                if not worker.process.is_alive() or (status != "ok" and "memory limit" in value):
                    _replace(pool, worker, context, parse, limits)
            now = time.monotonic()
            for worker in list(pool):
                if worker.task is not None and now - worker.started > limits.seconds:
                    task, worker.task = worker.task, None
                    _replace(pool, worker, context, parse, limits, kill=True)
                    yield task, ParseFailure(f"timed out after {limits.seconds:g} s")
    finally:
        for worker in pool:
            worker.stop(kill=worker.task is not None)


def _replace(pool: list, worker: _Worker, context, parse, limits: Limits, kill: bool = True) -> None:
    index = pool.index(worker)
    worker.stop(kill=True)  # dead, over its limits, or past its memory ceiling: not reused
    pool[index] = _Worker(context, parse, limits)
