"""Text from data made inert: what reaches a terminal or a JSON file can never drive it.

One sanitiser for every terminal renderer and every error message (``inert``), and one JSON
serialiser for every JSON output (``json_text``). A fact base, a source text or an input file may
hold control codes (ESC clears a screen, CSI U+009B starts an escape sequence on some terminals),
bidi overrides (U+202E shows ``exe.txt`` as ``txt.exe``) or rich markup (``[bold]``); none of it is
obeyed. This module imports nothing of the package.
"""

from __future__ import annotations

import json
import re

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from typing import Any

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and
# isolates (U+202A–U+202E, U+2066–U+2069). Marks (U+200E/U+200F, U+061C) only set direction
# for their neighbours and cannot reorder a line beyond them, so they are kept.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# the same, plus tab and newline: what a one-line message may not carry (compiled, and kept in
# re's cache, when a run first has something to say: a query that succeeds never does)
_UNSAFE_LINE = r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"


def _visible(m: re.Match[str]) -> str:
    c = ord(m[0])
    if c < 0x20:
        return chr(0x2400 + c)  # control pictures: ESC → ␛, CR → ␍
    if c == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 controls and bidi overrides have no picture


def inert(s: str) -> str:
    """``s`` with every control code and bidi override replaced by a visible symbol.

    Tab and newline are kept (they only move the cursor forward); everything else that a terminal
    would obey is shown instead: ESC as ␛, CR as ␍, DEL as ␡, C1 codes and bidi overrides as �.
    Rich markup needs no escaping here: renderers hand data to rich as ``Text``, never as markup.
    """
    return _UNSAFE.sub(_visible, s)


def inert_line(s: str) -> str:
    """``inert`` for one line of a message: newlines and tabs are shown as ␊ and ␉ too."""
    return re.sub(_UNSAFE_LINE, _visible, s)


_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(obj: Any, indent: int | None = None) -> str:
    """JSON that any parser reads and no terminal obeys.

    Refuses NaN and infinity (not JSON). ``json.dumps`` already escapes C0 controls inside strings;
    DEL, C1 controls, bidi overrides and U+2028/U+2029 (line breaks to JavaScript) are escaped as
    ``\\uXXXX`` too. Every other character stays as it is (UTF-8, Hangul readable). Those characters
    can only occur inside strings, so escaping them in the finished text is exact.
    """
    if indent is None:
        text = _ENCODER.encode(obj)  # json.dumps with these options, without making an encoder each time
        if text.isprintable():  # every character _JSON_UNSAFE holds is a control, format or separator code
            return text
    else:
        text = json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
