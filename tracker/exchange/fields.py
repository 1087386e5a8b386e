"""One typed reader for the JSON objects of every input file (Launch Library 2, archives).

A file is data from elsewhere: each value is checked for its type, range and length as it
is read, and a refusal names the record and the field (``launch "Crew-13" (results[0]),
field "net": not a date and time: 'soon'``), so the user can find it in the file.

Two kinds of refusal. A file that is not what it claims (a wrong type, a date that is not a
date) is refused whole: ``ValidationError``. A record that reads well but breaks a rule the
forms keep (text with a control character or a bidi override, a window that closes before
it opens) is refused alone: ``RecordRefused``, which the format's reader catches per record,
reports as a ``Refusal`` and skips, so the rest of the file imports.

``Repeats`` reads a record a file gives again and again (a Launch Library 2 launch's
provider) once per distinct value.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from tracker.errors import ValidationError
from tracker.rules import has_control_characters
from tracker.vocabulary import NAME_MAX, YEAR_MAX, YEAR_MIN

INT_RANGE = 2**62  # what a database integer column holds, with room to spare
R = TypeVar("R")
_Where = tuple["Fields", str, int | None]  # a part: its holder, key and index in a list


class RecordRefused(ValidationError):
    """One record breaks a rule the forms keep: it is skipped, the rest of the file imports."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """A record a reader skipped: its kind (as the import report counts it) and why."""

    kind: str  # "missions", "people", "vehicles" or "agencies"
    reason: str


def escaped(value: str) -> str:
    """``value`` safe to quote in a message: what is not plain text written as its code."""
    if not has_control_characters(value):
        return value
    return "".join(f"<U+{ord(c):04X}>" if has_control_characters(c) else c for c in value)


def _not_text(value: str) -> str:
    """The first character of ``value`` that is not plain text, by its code and name."""
    bad = next(c for c in value if has_control_characters(c))
    name = unicodedata.name(bad, "a control character")
    return f"U+{ord(bad):04X} ({name})"


def kind_of(value: Any) -> str:
    """A JSON value's type in words, for messages ("the number 5", "a list")."""
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"the number {value}"
    return names.get(type(value), type(value).__name__)


class Fields:
    """One JSON object and the name by which refusals refer to it.

    A field that is absent or null reads as ``None`` ("not given", which a caller must not
    confuse with "empty") unless it is ``required``. A part's name (``child``, ``entry``) is
    spelled out only when a message needs it: most records never need theirs.
    """

    __slots__ = ("data", "_where")  # some 800,000 of them in a 100,000-launch file

    def __init__(self, data: Any, where: str | _Where) -> None:
        self._where = where
        if type(data) is not dict and not isinstance(data, Mapping):
            raise ValidationError(f"{self.label}: expected a JSON object, found {kind_of(data)}")
        self.data = data

    @property
    def label(self) -> str:
        where = self._where
        if isinstance(where, str):
            return where
        parent, key, index = where
        if index is None:
            return f'{parent.label}, field "{key}"'
        return f"{parent.label}, {key}[{index}]"

    @label.setter
    def label(self, value: str) -> None:
        self._where = value

    def fail(self, key: str, problem: str) -> ValidationError:
        return ValidationError(f'{self.label}, field "{key}": {problem}')

    def refuse(self, problem: str, key: str | None = None) -> RecordRefused:
        where = f'{self.label}, field "{key}"' if key else self.label
        return RecordRefused(f"{where}: {problem}")

    def keep(self, rule: Callable[..., object], *args: Any) -> None:
        """Apply one of ``tracker.rules``' checks to this record: breaking it refuses the
        record, with the rule's own message."""
        try:
            rule(*args)
        except ValidationError as exc:
            raise self.refuse(str(exc)) from None

    def valid(self, key: str, value: str) -> str:
        """Refuse text the database cannot store (JSON escapes can make lone surrogates: the
        file is damaged), and refuse the record for text that is not plain text (the rule
        every form keeps: no control characters, no bidi overrides)."""
        if has_control_characters(value):  # lone surrogates included: one search for both
            raise self._not_plain(key, value)
        return value

    def _not_plain(self, key: str, value: str) -> ValidationError:
        """Why ``value``, which ``has_control_characters``, is refused."""
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return self.fail(key, "contains characters that are not valid Unicode")
        return self.refuse(f"contains {_not_text(value)}, which is not plain text", key)

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def text(
        self, key: str, *, required: bool = False, limit: int = NAME_MAX, strip: bool = True
    ) -> str | None:
        """Text, trimmed unless ``strip`` is false (an archive keeps a text as it was)."""
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(key, "missing")
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"expected text, found {kind_of(value)}")
        if has_control_characters(value):  # ``valid``, inline: some ten texts a launch
            raise self._not_plain(key, value)
        if strip:
            value = value.strip()
        if required and not value.strip():
            raise self.fail(key, "empty")
        if len(value) > limit:
            raise self.fail(key, f"too long ({len(value)} characters; at most {limit})")
        return value

    def integer(self, key: str, *, minimum: int | None = None) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"expected a whole number, found {kind_of(value)}")
        if minimum is not None and value < minimum:
            raise self.fail(key, f"must be at least {minimum}")
        if not -INT_RANGE <= value <= INT_RANGE:
            raise self.fail(key, f"number out of range: {value}")
        return value

    def instant(
        self, key: str, *, required: bool = False, assume_utc: bool = False
    ) -> dt.datetime | None:
        """An ISO-8601 date and time, as UTC; one without a zone is refused, or read as UTC
        when ``assume_utc`` (Launch Library 2 writes UTC, sometimes without saying so)."""
        value = self.text(key, required=required, limit=64)
        if not value:
            return None
        try:
            when = dt.datetime.fromisoformat(value.replace("z", "Z"))
        except ValueError:
            raise self.fail(key, f"not a date and time: {value!r}") from None
        if when.tzinfo is None:
            if not assume_utc:
                raise self.fail(key, f"no time zone in {value!r}")
            when = when.replace(tzinfo=dt.UTC)
        if not YEAR_MIN <= when.year <= YEAR_MAX:
            raise self.fail(key, f"date out of range: {value!r}")
        return when.astimezone(dt.UTC)

    def flag(self, key: str) -> bool:
        value = self.data.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, found {kind_of(value)}")
        return value

    def enum(self, key: str, enum: type[Any]) -> Any:
        value = self.data.get(key)
        try:
            return enum(value)
        except ValueError:
            raise self.fail(key, f"unknown value {value!r}") from None

    def child(self, key: str) -> Fields | None:
        value = self.data.get(key)
        if value is None:
            return None
        if type(value) is not dict and not isinstance(value, Mapping):
            raise self.fail(key, f"expected an object, found {kind_of(value)}")
        return Fields(value, (self, key, None))

    def entry(self, key: str, index: int, value: Any) -> Fields:
        """The object at ``index`` of the list under ``key``."""
        return Fields(value, (self, key, index))

    def items(self, key: str) -> list[Any] | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list, found {kind_of(value)}")
        return value


def _frozen(value: Any) -> Any:
    """A JSON value as a key, equal only to the same value of the same types (true is 1 to
    a dict, not to a reader): a half to a third of the cost of reading the record."""
    kind = type(value)
    if kind is str or value is None:
        return value
    if kind is dict:
        return (dict, tuple([(k, _frozen(v)) for k, v in value.items()]))
    if kind is list:
        return (list, tuple([_frozen(v) for v in value]))
    return (kind, value)


class Repeats:
    """Records a file gives again and again (a launch's provider, its rocket's
    configuration: a few hundred of them in 100,000 launches), read once each.

    A record is known by its values (plain ones as they are, objects and lists of detailed
    mode ``_frozen``); read once with nothing noted, the same values read the same.
    """

    def __init__(self) -> None:
        self._read: dict[tuple[Any, ...], Any] = {}

    def read(
        self,
        holder: Fields | None,
        key: str,
        notes: list[str],
        reader: Callable[[Fields, list[str]], R],
    ) -> R | None:
        """``reader``'s record of the object under ``key`` in ``holder`` (``None`` when not
        given), made once per distinct object; its ``Fields`` only when it is read."""
        values = None if holder is None else holder.data.get(key)
        if values is None:
            return None
        known: tuple[Any, ...] | None
        found: R | None = None
        try:  # the types too: true is 1 to a dict, not to the reader
            known = (reader, *values.items(), *map(type, values.values()))
            found = self._read.get(known)
        except AttributeError:  # not an object: ``child`` refuses it below
            known = None
        except TypeError:  # an object or a list among the values
            try:
                found = self._read.get(known := (reader, _frozen(values)))
            except TypeError:  # not JSON's own types: read, not kept
                known = None
        if found is None:
            assert holder is not None
            rec = holder.child(key)
            assert rec is not None
            noted = len(notes)
            found = reader(rec, notes)
            if known is not None and len(notes) == noted:
                self._read[known] = found
        return found
