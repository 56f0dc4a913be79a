"""Child processes that never outlive the process that started them."""
from __future__ import annotations

import os
import signal


def die_with_parent(parent_pid: int) -> None:
    """Ask Linux to kill this child process when its parent dies, even by SIGKILL."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)
