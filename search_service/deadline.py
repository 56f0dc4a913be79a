"""A per-request deadline (SEARCH_REQUEST_TIME_LIMIT) that views check inside their loops."""
from __future__ import annotations

import time

from flask import g


class DeadlineExceeded(Exception):
    """The request has worked longer than SEARCH_REQUEST_TIME_LIMIT; answered with a 503."""


class Deadline:
    """Seconds left for this request; check() raises DeadlineExceeded once they are spent."""

    def __init__(self, seconds: float, clock=time.monotonic):
        self.seconds = seconds
        self._clock = clock
        self.ends = clock() + seconds

    def expired(self) -> bool:
        return self._clock() >= self.ends

    def check(self) -> None:
        if self.expired():
            raise DeadlineExceeded(f"this request took longer than {self.seconds:g} s and was stopped; narrow the search or try again")


def check() -> None:
    """Check the current request's deadline (a no-op outside a request that set one)."""
    deadline = g.get("deadline")
    if deadline is not None:
        deadline.check()
