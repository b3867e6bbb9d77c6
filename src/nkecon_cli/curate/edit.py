"""A drafted record edited by the curator: one field from a line typed at a prompt, or the whole
record in $EDITOR. Values are checked when the record is accepted (``add``'s checks), not here;
here only what cannot be read as the field's type is refused."""

from __future__ import annotations

import json
from typing import Any

LISTS = ("topics", "entities")
NUMBERS = ("value", "value_max")
EMPTY = ("", "-", "—", "null", "none")


class EditError(ValueError):
    """What was typed cannot be the field's value; the record is left as it was."""


def edit_field(record: dict[str, Any], field: str, typed: str) -> dict[str, Any]:
    """The record with ``field`` set from ``typed``: '-' empties it, lists are comma-separated."""
    text = typed.strip()
    value: Any
    if text.lower() in EMPTY:
        value = [] if field in LISTS else None
    elif field in LISTS:
        value = [p.strip() for p in text.split(",") if p.strip()]
    elif field in NUMBERS:
        try:
            value = float(text.replace(",", "").replace("_", ""))
        except ValueError:
            raise EditError(f"{field}: {typed!r} is not a number (write 7700 or 7,700; - empties it)") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise EditError(f"{field}: a finite number, please")
        if value.is_integer():
            value = int(value)
    else:
        value = text
    return _set(record, {field: value})


def edit_in_editor(record: dict[str, Any], edit: Any = None) -> dict[str, Any]:
    """The record's fact fields as JSON in $EDITOR (``click.edit``); unchanged when the editor is left
    without saving, refused (EditError) when what comes back is not one JSON object."""
    import click

    fields = {k: v for k, v in record.items() if k != "candidate"}
    before = json.dumps(fields, indent=2, ensure_ascii=False) + "\n"
    after = (edit or click.edit)(before, extension=".json")
    if after is None or after == before:
        return record
    try:
        changed = json.loads(after)
    except ValueError as err:
        raise EditError(f"the edited record is not valid JSON ({err}); nothing changed") from None
    if not isinstance(changed, dict):
        raise EditError("the edited record is not a JSON object; nothing changed")
    unknown = sorted(set(changed) - set(fields))
    if unknown:
        raise EditError(f"unknown field {unknown[0]!r} (the fact fields of DESIGN.md §1); nothing changed")
    return _set(record, {k: v for k, v in changed.items() if v != fields.get(k)})


def _set(record: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    out = {**record, **changes}
    cand = dict(out.get("candidate") or {})
    cand["drafted"] = [k for k in cand.get("drafted") or [] if k not in changes]  # read and changed: no draft
    out["candidate"] = cand
    return out
