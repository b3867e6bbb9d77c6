"""A warning of ``nkecon verify``: which check, which facts, what to read again (``checks``, ``quoted``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Check = Literal["near-duplicate", "two-values", "money-era", "when-year", "statement-words"]
CHECKS: tuple[Check, ...] = ("near-duplicate", "two-values", "money-era", "when-year", "statement-words")


@dataclass(frozen=True, slots=True)
class Finding:
    """One warning: which check, which facts, and what a curator should look at."""

    check: Check
    facts: tuple[str, ...]
    message: str

    def __str__(self) -> str:
        return f"warning: {self.check}: {', '.join(self.facts)}: {self.message}"
