"""Domain errors, raised in the core and turned into exit codes once, at the CLI edge."""

from __future__ import annotations


class NkeconError(Exception):
    """Bad usage or unreadable input: exit code 2, one line, never a traceback."""

    exit_code = 2


class CheckFailed(NkeconError):
    """A check found problems (``verify``, ``diff``): exit code 1."""

    exit_code = 1
