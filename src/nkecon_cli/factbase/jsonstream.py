"""Read a large JSON object of arrays one piece at a time: each element as it comes.

``facts.json`` at 100,000 facts is 70 MB; ``json.loads`` would hold every record at once (some
400 MB of Python objects). ``arrays`` reads the file in chunks and decodes one element at a time
with the standard library's decoder, so memory holds one chunk and one record, and hands each
element over with its exact text (the derived index fingerprints it to reuse what it validated
before, and can tell it the text it expects next, which is then not decoded at all).
It reads JSON as ``json`` does, but refuses a key given twice in one object (``strictjson``);
anything else (a syntax error, a repeated key, nesting too deep, bytes that are not UTF-8, data
after the object) raises ``StreamError`` and the caller reads the file the ordinary way, which
names the problem. This module imports nothing of the package but ``strictjson``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re

from .strictjson import DuplicateKey, no_duplicates

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the hot path
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path
    from typing import IO, Any

CHUNK = 1 << 20  # bytes read at a time
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace
_scan = json.JSONDecoder(object_pairs_hook=no_duplicates).scan_once  # type: ignore[attr-defined]  # raw_decode's
_AFTER = re.compile(r"[ \t\n\r]*([^ \t\n\r])[ \t\n\r]*")  # the next non-whitespace character, and the space after it
_NUMBER_GOES_ON = frozenset("0123456789.eE+-")  # after a value, only within a cut-off number


class StreamError(ValueError):
    """The file is not one JSON object (or not UTF-8); read it whole to learn where and why."""


class _Reader:
    """A window on the decoded text of a file: ``buf[pos:]`` is what is still to be read."""

    def __init__(self, fh: IO[bytes], observe: Callable[[bytes], object] | None):
        self.fh = fh
        self.observe = observe
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0
        self.dropped = 0  # characters read and let go before ``buf``: ``dropped + pos`` is the place in the text
        self.eof = False
        self.started = False
        self.tap: Any = None  # a hash fed the characters up to ``hold`` (``Elements``' proof) as they are let go
        self.tapped = 0  # the place in the text up to which ``tap`` is fed
        self.hold = 0  # with a tap: the characters from this place on are kept (a proof may be asked up to them)

    def feed(self, to: int) -> None:
        """Feed ``tap`` the characters from where it stands to place ``to`` (still in ``buf``), as UTF-8."""
        self.tap.update(self.buf[self.tapped - self.dropped:to - self.dropped].encode("utf-8"))
        self.tapped = to

    def fill(self) -> None:
        """Read more: at least a chunk, and as much again as is buffered (so a long value costs linear time)."""
        cut = self.pos
        if self.tap is not None:
            self.feed(self.hold)
            cut = self.hold - self.dropped
        raw = self.fh.read(max(CHUNK, len(self.buf) - self.pos))
        if self.observe is not None and raw:
            self.observe(raw)
        try:
            more = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as err:
            raise StreamError(f"not UTF-8 ({err.reason})") from None
        if not self.started and (more or not raw):  # the first character decoded (a chunk may end mid-character)
            more = more.removeprefix("\ufeff")  # a byte-order mark is not part of the text
            self.started = True
        self.dropped += cut
        self.buf = self.buf[cut:] + more
        self.pos -= cut
        self.eof = not raw

    def peek(self) -> str:
        """The next character that is not whitespace ('' at the end), not consumed."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if self.eof:
                return ""
            self.fill()

    def take(self) -> str:
        c = self.peek()
        self.pos += 1
        return c

    def known(self, length: int, digest: bytes) -> str | None:
        """The next ``length`` characters, if their fingerprint is ``digest``; else None (nothing consumed)."""
        if self.pos >= len(self.buf) or self.buf[self.pos] in " \t\n\r":
            self.peek()
        while len(self.buf) - self.pos < length and not self.eof:
            self.fill()
        text = self.buf[self.pos:self.pos + length]
        if len(text) != length or fingerprint(text) != digest:
            return None
        self.pos += length
        return text

    def skip(self, length: int, proof: bytes | None = None) -> None:
        """Go ``length`` characters on (read, and seen by ``observe``, but not decoded as JSON); with a
        ``proof``, StreamError unless it is the fingerprint of those characters (``Elements.proof``)."""
        h = hashlib.blake2b(digest_size=16) if proof is not None else None
        while len(self.buf) - self.pos < length:
            if self.eof:
                raise StreamError("not valid JSON")  # shorter than it was: changed while read
            if h is not None:
                h.update(self.buf[self.pos:].encode("utf-8"))
            length -= len(self.buf) - self.pos
            self.pos = len(self.buf)
            self.fill()
        if h is not None:
            h.update(self.buf[self.pos:self.pos + length].encode("utf-8"))
            if h.digest() != proof:
                raise StreamError("not the text read before")  # changed while read
        self.pos += length

    def value(self, fast: Callable[[str, int], tuple[Any, int] | None] | None = None) -> tuple[Any, str]:
        """The next JSON value and its text (``fast``: see ``arrays``)."""
        if self.pos >= len(self.buf) or self.buf[self.pos] in " \t\n\r":
            self.peek()
        if fast is not None:
            got = fast(self.buf, self.pos)
            if got is not None:  # (a value cut off by the window is not matched: decoded below)
                value, end = got
                text = self.buf[self.pos:end]
                self.pos = end
                return value, text
        while True:
            try:
                value, end = _scan(self.buf, self.pos)
            except DuplicateKey as err:
                raise StreamError(str(err)) from None
            except RecursionError:
                raise StreamError("nested too deeply") from None
            except (ValueError, StopIteration):  # StopIteration: no value starts here (the scanner's word for it)
                if self.eof:
                    raise StreamError("not valid JSON") from None
                self.fill()  # perhaps the value runs on past what has been read
                continue
            if not self.eof and (end == len(self.buf) or self.buf[end] in _NUMBER_GOES_ON):
                self.fill()  # a number at the edge of the window may go on ("0." of "0.5")
                continue
            text = self.buf[self.pos:end]
            self.pos = end
            return value, text

    def after(self) -> str:
        """The character that ends an element (``,`` or ``]``, or another, which is an error), consumed,
        with the whitespace after it when that is in the window (the next ``value`` need not look for it)."""
        m = _AFTER.match(self.buf, self.pos)
        if m is not None:  # the usual case: the separator is in the window
            self.pos = m.end()
            return m.group(1)
        return self.take()


END = None  # the index of the mark ``arrays`` gives when an array ends
KNOWN = object()  # the value ``arrays`` gives for an element it was told to expect and found
HERE = object()  # the index of the mark ``arrays`` gives for the elements ``mark`` has read for it


def fingerprint(text: str) -> bytes:
    """A short digest of an element's text: two texts with the same one are the same text."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def arrays(path: Path | IO[bytes], observe: Callable[[bytes], object] | None = None,
           expect: Callable[[str], tuple[int, bytes] | None] | None = None,
           mark: tuple[str, int, Callable[[], tuple[int, int, bytes | None] | None]] | None = None,
           fast: tuple[str, Callable[[str, int], tuple[Any, int] | None]] | None = None,
           ) -> Iterator[tuple[str, Any, Any, str]]:
    """(key, index, value, text) for each element of each array in the object in ``path``, in file
    order, and (key, END, None, "") when that array ends (so an empty one is seen too).
    A member that is not an array raises StreamError. ``observe`` sees every byte read (to
    fingerprint the file in the same pass). ``expect(key)``, asked before each element, may name
    the text it probably has, as (length in characters, ``fingerprint``): when the text there is
    that one, the element is given as KNOWN and not decoded at all (the fast way through a file
    that is mostly as it was). ``mark`` = (key, place, arrive): when an element of that array starts
    at exactly that place (in characters of the text, after any byte-order mark; never if the
    elements step over it), ``arrive()`` may say, as (count, length, proof), that the next ``count``
    elements, ``length`` characters up to the end of the last, have been read already (another
    reader, ``Elements``): they are gone over without being decoded and given as (key, HERE, count,
    ""); a ``proof`` (not None) must be the fingerprint of those characters (else StreamError). ``fast`` = (key,
    read): each element of that array is first offered to ``read(text, start)``, which may give its
    value (whatever stands for it: ``laid.read``'s) and the end of its text, for a text it has proved
    to be one valid JSON value with no key given twice; where it gives None the element is decoded.
    ``path`` may be a file open for reading bytes (a pipe) instead."""
    from contextlib import nullcontext

    with open(path, "rb") if isinstance(path, (str, os.PathLike)) else nullcontext(path) as fh:
        r = _Reader(fh, observe)
        read_fast = fast[1] if fast is not None else None
        if r.take() != "{":
            raise StreamError("not a JSON object")
        if r.peek() == "}":
            r.pos += 1
        else:
            while True:
                key, _ = r.value()
                if not isinstance(key, str) or r.take() != ":" or r.take() != "[":
                    raise StreamError("not an object of arrays")
                if r.peek() == "]":
                    r.pos += 1
                else:
                    index = 0
                    while True:
                        read = None
                        if mark is not None and mark[0] == key:
                            r.peek()
                            if r.dropped + r.pos >= mark[1]:
                                read = mark[2]() if r.dropped + r.pos == mark[1] else None
                                mark = None
                        if read is not None and read[0] > 0:
                            r.skip(read[1], read[2])
                            yield key, HERE, read[0], ""
                            index += read[0]
                        else:
                            guess = expect(key) if expect is not None else None
                            known = r.known(*guess) if guess is not None else None
                            if known is not None:
                                yield key, index, KNOWN, known
                            else:
                                value, text = r.value(read_fast if fast is not None and fast[0] == key else None)
                                yield key, index, value, text
                            index += 1
                        c = r.after()
                        if c == "]":
                            break
                        if c != ",":
                            raise StreamError("not valid JSON")
                yield key, END, None, ""
                c = r.take()
                if c == "}":
                    break
                if c != ",":
                    raise StreamError("not valid JSON")
        if r.peek():
            raise StreamError("data after the object")


class Elements:
    """(value, text, end) of each element of the array whose element starts at byte ``offset`` of the
    file at ``path``, from that one to the end of the array, ``end`` the characters from ``offset`` to
    the end of its text; StreamError where that is not valid JSON (or the place is no such element:
    the caller has to prove it is, ``arrays``' ``mark``). ``fast``: as ``arrays``' ``read``. With
    ``prove``, ``proof(end)`` is the fingerprint of the characters from ``offset`` to an ``end`` given
    (what ``arrays`` checks the characters it goes over against: the same text read twice)."""

    def __init__(self, path: Path, offset: int, fast: Callable[[str, int], tuple[Any, int] | None] | None = None,
                 prove: bool = False):
        self._path, self._offset, self._fast = path, offset, fast
        self._tap = hashlib.blake2b(digest_size=16) if prove else None
        self._reader: _Reader | None = None

    def __iter__(self) -> Iterator[tuple[Any, str, int]]:
        with open(self._path, "rb") as fh:
            fh.seek(self._offset)
            r = self._reader = _Reader(fh, None)
            r.started = True  # no byte-order mark in the middle of a file
            r.tap = self._tap
            fast = self._fast
            while True:
                value, text = r.value(fast)
                end = r.hold = r.dropped + r.pos
                yield value, text, end
                c = r.after()
                if c == "]":
                    return
                if c != ",":
                    raise StreamError("not valid JSON")

    def proof(self, end: int) -> bytes:
        """The fingerprint of the characters up to ``end``, an end given since the last one asked for."""
        r = self._reader
        if r is None or r.tap is None or not r.dropped <= r.tapped <= end <= r.dropped + len(r.buf):
            raise ValueError("no proof of that")
        r.feed(end)
        return r.tap.copy().digest()
