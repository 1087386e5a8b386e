"""The addresses a Launch Library 2 record carries, and a launch's status reason.

Webcasts (``vid_urls``) and information links (``info_urls``): objects with ``url``,
``title`` (``name`` in some versions), ``priority`` (lower first) and ``live``, or, in old
files, bare addresses. A mission patch (``mission_patches[].image_url``, the best-ranked one),
an astronaut's portrait (``image.image_url`` in 2.3, ``profile_image`` before). A status
reason is ``failreason`` or (up to 2.2) ``holdreason``.

Only web addresses (http, https) are kept: a window opens these with one click, so anything
else (``file:``, ``javascript:``) is left out and noted. Titles and reasons longer than the
database keeps are cut, not refused: they are prose, and the launch itself is sound.
"""

from __future__ import annotations

from tracker import rules
from tracker.errors import ValidationError
from tracker.exchange.fields import Fields, escaped
from tracker.exchange.ll2_data import LinkData
from tracker.vocabulary import NAME_MAX, REASON_MAX, TEXT_MAX, LinkKind

_KEYS = {LinkKind.WEBCAST: ("vid_urls", "vidURLs"), LinkKind.INFO: ("info_urls", "infoURLs")}


def _address(rec: Fields, key: str, notes: list[str]) -> str:
    """A web address, or "" (noted) when the field holds something else."""
    url = rec.text(key, limit=TEXT_MAX) or ""
    if not url:
        return ""
    try:
        return rules.web_address(url, "the address")
    except ValidationError as exc:
        notes.append(f'{rec.label}, field "{key}": {escaped(str(exc))}; left out')
        return ""


def links(rec: Fields, notes: list[str]) -> dict[LinkKind, tuple[LinkData, ...]] | None:
    """The launch's links by kind, for the kinds the record gives (``None``: neither)."""
    found: dict[LinkKind, tuple[LinkData, ...]] = {}
    for kind, keys in _KEYS.items():
        key = next((k for k in keys if k in rec.data), None)
        if key is None:
            continue
        by_url: dict[str, LinkData] = {}
        for i, item in enumerate(rec.items(key) or []):
            entry = Fields(
                {"url": item} if isinstance(item, str) else item, f"{rec.label}, {key}[{i}]"
            )
            url = _address(entry, "url", notes)
            if not url or url in by_url:
                continue
            title = entry.text("title", limit=TEXT_MAX) or entry.text("name", limit=TEXT_MAX)
            priority = entry.integer("priority")
            by_url[url] = LinkData(
                kind=kind,
                url=url,
                title=(title or "")[:NAME_MAX],
                priority=i if priority is None else priority,
                live=entry.flag("live"),
            )
        found[kind] = tuple(sorted(by_url.values(), key=lambda k: k.priority))
    return found or None


def patch(rec: Fields, notes: list[str]) -> str | None:
    """The best-ranked mission patch's address; ``None`` when the record lists no patches."""
    items = rec.items("mission_patches")
    if items is None:
        return None
    patches = [Fields(p, f"{rec.label}, mission_patches[{i}]") for i, p in enumerate(items)]
    patches.sort(key=lambda p: p.integer("priority") or 0)
    for p in patches:
        url = _address(p, "image_url", notes)
        if url:
            return url
    return ""


def portrait(rec: Fields, notes: list[str]) -> str | None:
    """An astronaut's portrait address; ``None`` when the record has none."""
    image = rec.child("image")
    if image is not None and image.has("image_url"):
        return _address(image, "image_url", notes)
    if rec.has("profile_image"):
        return _address(rec, "profile_image", notes)
    return None


def status_reason(rec: Fields) -> str | None:
    """Why a launch holds or failed ("" when the record says none); ``None``: not given."""
    if "failreason" not in rec.data and "holdreason" not in rec.data:
        return None
    reason = rec.text("failreason", limit=TEXT_MAX) or rec.text("holdreason", limit=TEXT_MAX)
    return (reason or "")[:REASON_MAX]
