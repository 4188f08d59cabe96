"""Items of the arrays in a JSON file, one at a time, each with the line it starts on.

``json.load`` holds a whole file; a UCDP GED release is hundreds of megabytes. This scanner
reads the file in chunks and hands over the raw text of each item of the selected arrays
(``[]`` at the root, ``{"Result": […]}``, ``{"timeBins": [{"data": […]}]}``), which the caller
decodes on its own. An item the file breaks off in the middle of is still handed over, so the
caller can reject it with its line number instead of losing it.
"""

from collections.abc import Iterator
from pathlib import Path

__all__ = ("Selector", "array_items")

Selector = tuple[str, ...]
"""Keys from the root to an array; ``*`` stands for any item of an array on the way."""

_CHUNK = 1 << 16
_SPACE = frozenset(b" \t\r\n")
_OPEN = frozenset(b"{[")
_CLOSE = frozenset(b"}]")


class _Scanner:
    def __init__(self, selectors: tuple[Selector, ...]) -> None:
        self.selectors = selectors
        self.path: list[str] = []  # keys (or "*") of the containers we are in
        self.kinds: list[int] = []  # b"{" or b"[" per open container
        self.key = ""  # last key read in the innermost object
        self.key_bytes: bytearray | None = None  # a key being read
        self.expect_key = False
        self.in_string = False
        self.escaped = False
        self.line = 1
        self.item: bytearray | None = None
        self.item_line = 0
        self.item_depth = 0

    def _selected(self) -> bool:
        if not self.kinds or self.kinds[-1] != ord("["):
            return False
        path = tuple(self.path[1:])  # the root container has no key
        return any(
            len(s) == len(path) and all(a in ("*", b) for a, b in zip(s, path, strict=True))
            for s in self.selectors
        )

    def _string(self, byte: int) -> None:
        """One byte inside a string: only escapes and the closing quote matter."""
        if self.escaped:
            self.escaped = False
        elif byte == 92:  # backslash
            self.escaped = True
        elif byte == 34:  # closing quote
            self.in_string = False
            if self.key_bytes is not None:
                self.key = self.key_bytes.decode("utf-8", "replace")
                self.key_bytes = None
        elif self.key_bytes is not None:
            self.key_bytes.append(byte)

    def _structure(self, byte: int) -> None:
        """One byte outside strings: track containers, and which key each one sits under."""
        if byte == 34:
            self.in_string = True
            if self.expect_key:
                self.key_bytes = bytearray()
                self.expect_key = False
        elif byte in _OPEN:
            if not self.kinds:
                self.path.append("")
            else:
                self.path.append(self.key if self.kinds[-1] == ord("{") else "*")
            self.kinds.append(byte)
            self.expect_key = byte == ord("{")
        elif byte in _CLOSE:
            if self.kinds:
                self.kinds.pop()
                self.path.pop()
            self.expect_key = False
        elif byte == ord(","):
            self.expect_key = bool(self.kinds) and self.kinds[-1] == ord("{")

    def _item_end(self, byte: int, i: int) -> int:
        """Where the current item ends in this chunk (exclusive), or -1 if it goes on."""
        depth = len(self.kinds)
        if byte in _CLOSE and depth == self.item_depth:
            return i + 1  # an object or array item closed
        if (byte == ord(",") and depth == self.item_depth) or depth < self.item_depth:
            return i  # a scalar item ended at the comma or at the end of its array
        return -1

    def feed(self, chunk: bytes) -> Iterator[tuple[int, bytes]]:
        start = 0 if self.item is not None else -1
        for i, byte in enumerate(chunk):
            if byte == 10:
                self.line += 1
            if self.in_string:
                self._string(byte)
                continue
            if self.item is None and byte not in _SPACE and byte not in b",]" and self._selected():
                self.item, self.item_line, self.item_depth = bytearray(), self.line, len(self.kinds)
                start = i
            self._structure(byte)
            if self.item is not None and (end := self._item_end(byte, i)) >= 0:
                self.item += chunk[start:end]
                yield self.item_line, bytes(self.item).strip()
                self.item = None
                start = -1
        if self.item is not None and start >= 0:
            self.item += chunk[start:]

    def finish(self) -> Iterator[tuple[int, bytes]]:
        if self.item is not None and self.item.strip():
            yield self.item_line, bytes(self.item).strip()


def array_items(path: Path, *selectors: Selector) -> Iterator[tuple[int, bytes]]:
    """(line, raw text) of every item of the arrays ``selectors`` name, in file order."""
    scanner = _Scanner(selectors or ((),))
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            yield from scanner.feed(chunk)
    yield from scanner.finish()
