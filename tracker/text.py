"""Text from data as it may be written out: control characters made visible.

The rules refuse control characters and bidirectional overrides on the way in
(``rules.has_control_characters``), but a database written before that rule, or edited by
another program, may still hold some. A terminal obeys them (an escape sequence recolours
it, U+202E makes a name read backwards) and RFC 5545 forbids them in a calendar, so every
place that writes data out passes it through ``printable``: each such character becomes a
visible ``<U+202E>``, and nothing is lost or hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from tracker.rules import has_control_characters

# What ends a line besides the controls the rules know: in one line of output these too
# are made visible, or a name could start a line of its own.
_BREAKS = frozenset("\t\n\r\u2028\u2029")
# What several lines of text (a calendar's description) keep as they are.
_MULTILINE_KEPT = frozenset("\t\n")


def code_point(char: str) -> str:
    """E.g. '<U+202E>': how ``printable`` shows a character it will not write raw."""
    return f"<U+{ord(char):04X}>"


def printable(
    value: str, *, multiline: bool = False, form: Callable[[str], str] = code_point
) -> str:
    """``value`` with every control character, bidi control and lone surrogate (and, unless
    ``multiline``, every line break and tab) replaced by ``form(char)``.

    ``multiline`` keeps line feeds and tabs (a CR LF becomes a line feed first). ``form``
    lets a format escape in its own way (JSON's ``\\u202e``).
    """
    if multiline:
        value = value.replace("\r\n", "\n")
    if not has_control_characters(value) and _BREAKS.isdisjoint(value):
        return value  # nearly every value: no per-character work
    kept = _MULTILINE_KEPT if multiline else frozenset()
    return "".join(
        form(c) if c not in kept and (c in _BREAKS or has_control_characters(c)) else c
        for c in value
    )
