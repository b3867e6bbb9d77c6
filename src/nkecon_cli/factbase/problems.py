"""What is wrong with a fact base: one ``Problem`` a line, and the error that carries them."""

from __future__ import annotations

from ..errors import NkeconError

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from pydantic import ValidationError


class Problem:
    """One thing wrong with a fact base: which file, which record and field, and what.

    (A plain class, not a dataclass: the dataclasses module costs a Tab of completion 15 ms.)"""

    __slots__ = ("file", "message", "where")
    file: str
    where: str
    message: str

    def __init__(self, file: str, where: str, message: str):
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "where", where)
        object.__setattr__(self, "message", message)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Problem is read-only: {name}")

    def _fields(self) -> tuple[str, str, str]:
        return self.file, self.where, self.message

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Problem(file={self.file!r}, where={self.where!r}, message={self.message!r})"

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}" if self.where else f"{self.file}: {self.message}"


class LoadError(NkeconError):
    """The fact base cannot be read; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = str(problems[0])
        more = f" (and {len(problems) - 1} more; `nkecon verify` lists them all)" if len(problems) > 1 else ""
        super().__init__(first + more)


def error_message(e: Any) -> str:
    """The words of one pydantic error, as nkecon says them."""
    if e["type"] == "string_pattern_mismatch":
        from .records import SLUG_PATTERN, slug_error

        if e.get("ctx", {}).get("pattern") == SLUG_PATTERN:
            return slug_error(e["input"])
    if e["type"] == "string_too_long" and isinstance(e.get("input"), str) and "max_length" in e.get("ctx", {}):
        n = e["ctx"]["max_length"]
        return f"{len(e['input'])} characters long; an id is at most {n} (it names files): shorten it"
    return str(e["msg"]).removeprefix("Value error, ")


def _pydantic_problems(file: str, err: ValidationError, raw: Any, keys: Iterable[str] = ()) -> list[Problem]:
    problems = []
    for e in err.errors(include_url=False):
        loc = list(e["loc"])
        msg = error_message(e)
        if e["type"] == "json_invalid":
            problems.append(Problem(file, "", f"not valid JSON ({msg}); fix the syntax"))
            continue
        if not loc and e["type"] == "model_type":
            found = "a list" if isinstance(raw, list) else "null" if raw is None else type(raw).__name__
            problems.append(Problem(file, "", f"holds {found}; the file must be one JSON object with the keys "
                                              f"{', '.join(keys)} (DESIGN.md §1)"))
            continue
        where = ".".join(str(p) for p in loc)
        if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(raw, dict):
            section, index = str(loc[0]), loc[1]
            items = raw.get(section)
            rec_id = None
            if isinstance(items, list) and index < len(items) and isinstance(items[index], dict):
                rec_id = items[index].get("id")
            noun = {"facts": "fact", "topics": "topic", "entities": "entity", "sources": "source"}.get(section, section)
            rest = ".".join(str(p) for p in loc[2:]) or "record"
            where = f"{noun} {rec_id!r} ({section}[{index}]) {rest}" if rec_id else f"{section}[{index}] {rest}"
        if e["type"] == "extra_forbidden":
            msg = "unknown field (typo? see DESIGN.md §1 for the fields)"
        elif e["type"] == "missing":
            msg = "required field missing"
        problems.append(Problem(file, where, msg))
    return problems


def encoding_problem(raw: bytes, name: str) -> Problem | None:
    """A file in UTF-16 or UTF-32 (a byte-order mark, or NUL bytes between the first characters)."""
    head = raw[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return Problem(name, "", "is UTF-16 or UTF-32, not UTF-8; re-save it as UTF-8")
    return None
