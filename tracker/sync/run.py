"""One sync: fetch every page first, then one import transaction, or nothing at all.

The first sync reads the upcoming launches (detailed, pages of 100, following ``next``);
later ones only what changed since the stored watermark (``last_updated__gte``). Every
request is first taken from the ledger's budget; a 429 blocks the ledger until its time.
Only when every page has arrived does the import run, in one transaction that also records
the changes, the new watermark and the data's age: a failure at page 3, a budget spent
mid-way, a cancel or a page the importer refuses changes nothing.

Callable from a worker thread: it opens its own sessions and returns plain data.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tracker import config
from tracker.clock import Now
from tracker.errors import ImportCancelled, ValidationError
from tracker.store import dataset
from tracker.store.database import Database
from tracker.store.importing import Counts, ImportReport, import_data
from tracker.sync.cadence import live_now
from tracker.sync.client import Client, Endpoint, Throttled
from tracker.sync.errors import MustWait, SyncFailed
from tracker.sync.ledger import WINDOW, Ledger
from tracker.sync.status import SyncStatus

PAGE_SIZE = 100  # the most Launch Library 2 gives in one page
MAX_PAGES = 100  # 10,000 upcoming launches: beyond that something is wrong
SOURCE = "Launch Library 2"
LEDGER_FILE = "ll2-requests.sqlite"

# stage ("fetching", "importing"), done, total (0 when unknown)
SyncProgress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]


def configured(
    ll2_url: str | None = None, environ: Mapping[str, str] = os.environ
) -> tuple[Endpoint, Ledger]:
    """The endpoint and the ledger the settings describe (``tracker.config``): the address
    (``--ll2-url``, else ``TRACKER_LL2_URL``, else the public API), the key, the budget."""
    token = config.ll2_token(environ)
    endpoint = Endpoint(config.ll2_url(ll2_url, environ), token=token)
    budget = config.ll2_budget(token is not None, environ)
    return endpoint, Ledger(config.sync_state_folder() / LEDGER_FILE, endpoint.origin, budget)


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What one sync did. ``fetched`` False: it had to wait (``next_allowed`` says until
    when, ``throttled`` whether a 429 said so) and changed nothing."""

    fetched: bool
    full: bool  # the whole upcoming list, not only changes
    requests: int
    launches: Counts = Counts()
    slips: int = 0
    kept_local_edits: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    data_as_of: dt.datetime | None = None
    next_allowed: dt.datetime | None = None
    throttled: bool = False


def run_sync(
    db: Database,
    endpoint: Endpoint,
    ledger: Ledger,
    *,
    wall: Now = live_now,
    progress: SyncProgress | None = None,
    cancelled: Cancelled | None = None,
) -> SyncResult:
    """Sync ``db`` with Launch Library 2 at ``endpoint`` within ``ledger``'s budget.

    Raises ``SyncFailed`` (one line; nothing changed) or ``ImportCancelled``. ``wall`` is
    real time (the ledger's hours, the data's age), never a simulated clock."""
    watermark = dataset.get_fact(db, dataset.LL2_WATERMARK)
    params = {"mode": "detailed", "limit": str(PAGE_SIZE)}
    if watermark:
        params["last_updated__gte"] = watermark
    fetch = _Fetch(endpoint, ledger, wall, progress, cancelled)
    try:
        results = fetch.all(params)
    except MustWait as wait:
        return SyncResult(
            fetched=False,
            full=not watermark,
            requests=fetch.requests,
            next_allowed=wait.until,
            throttled=wait.throttled,
        )
    _check(cancelled)
    as_of = wall()
    facts = {dataset.DATA_AS_OF: as_of.isoformat()}
    newest, stored = _newest(results), dataset.instant(watermark)
    if newest is not None and (stored is None or newest > stored):
        facts[dataset.LL2_WATERMARK] = watermark_text(newest)
    report = _store(db, results, as_of, facts, progress, cancelled)
    return SyncResult(
        fetched=True,
        full=not watermark,
        requests=fetch.requests,
        launches=report.missions,
        slips=report.slips,
        kept_local_edits=list(report.kept_local_edits),
        skipped=list(report.skipped_reasons),
        notes=list(report.notes),
        data_as_of=as_of,
        next_allowed=ledger.next_allowed(wall()),
    )


def status_now(db: Database, ledger: Ledger, wall: Now = live_now) -> SyncStatus:
    """The state to show before this session has synced: the data's age and any wait the
    ledger holds (a 429 from another process, the hour's budget spent)."""
    now = wall()
    waiting = ledger.next_allowed(now)
    status = SyncStatus(data_as_of=dataset.data_as_of(db))
    if waiting is None:
        return status
    return status.waiting(waiting, throttled=ledger.throttled_until(now) == waiting)


class _Fetch:
    """Reads every page of one listing, each request counted before it goes."""

    def __init__(
        self,
        endpoint: Endpoint,
        ledger: Ledger,
        wall: Now,
        progress: SyncProgress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.endpoint, self.ledger, self.wall = endpoint, ledger, wall
        self.progress, self.cancelled = progress, cancelled
        self.requests = 0

    def all(self, params: dict[str, str]) -> list[dict[str, Any]]:
        """Every launch of every page, once each (a launch that moved between pages while
        they were read is kept in its latest place)."""
        by_id: dict[Any, dict[str, Any]] = {}
        seen: set[str] = set()
        with Client(self.endpoint, self.wall) as client:
            url: str | None = client.url("launches/upcoming/", params)
            pages = per_page = 0
            while url is not None:
                _check(self.cancelled)
                if pages >= MAX_PAGES:
                    raise SyncFailed(f"{self.endpoint.host} sent more than {MAX_PAGES} pages")
                seen.add(url)
                page = self._page(client, url)
                pages += 1
                per_page = per_page or len(page["results"])
                for item in page["results"]:
                    key = item.get("id") if isinstance(item, dict) else None
                    by_id.pop(key, None)
                    by_id[key if key is not None else object()] = item
                if self.progress is not None:
                    total = _pages(page.get("count"), per_page, pages)
                    self.progress("fetching", pages, total)
                link = page.get("next")
                url = client.follow(url, link, seen) if link else None
        return list(by_id.values())

    def _page(self, client: Client, url: str) -> dict[str, Any]:
        self.ledger.take(self.wall())  # raises MustWait: nothing is sent
        self.requests += 1
        try:
            return client.page(url)
        except Throttled as throttled:
            until = throttled.until or client.throttle_wait() or self.wall() + WINDOW
            self.ledger.block(until)
            raise MustWait(until, throttled=True) from None


def _store(
    db: Database,
    results: list[dict[str, Any]],
    as_of: dt.datetime,
    facts: dict[str, str],
    progress: SyncProgress | None,
    cancelled: Cancelled | None,
) -> ImportReport:
    """The one transaction: the launches with their changes recorded, and the facts."""
    if not results:  # nothing changed upstream: the data is current all the same
        dataset.set_facts(db, facts)
        return ImportReport(source=SOURCE)

    def importing(done: int, total: int) -> None:
        if progress is not None:
            progress("importing", done, total)

    page = {"count": len(results), "next": None, "previous": None, "results": results}
    try:
        return import_data(
            db,
            page,
            lambda: as_of,
            name=SOURCE,
            progress=importing,
            cancelled=cancelled,
            record_changes=True,
            facts=facts,
        )
    except ImportCancelled:
        raise
    except ValidationError as exc:
        raise SyncFailed(f"{SOURCE} sent data that cannot be imported: {exc}") from None


def _newest(results: list[dict[str, Any]]) -> dt.datetime | None:
    """The latest ``last_updated`` among the results: the next watermark."""
    newest: dt.datetime | None = None
    for item in results:
        try:
            stamp = dt.datetime.fromisoformat(str(item.get("last_updated")))
        except ValueError:
            continue
        if stamp.tzinfo is not None and (newest is None or stamp > newest):
            newest = stamp
    return newest


def watermark_text(when: dt.datetime) -> str:
    """How a watermark is stored and sent: UTC to the second, e.g. 2026-10-01T11:27:30Z
    (``__gte`` sends the newest launch again next time, never misses one)."""
    return when.astimezone(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _pages(count: Any, per_page: int, read: int) -> int:
    """How many pages the listing has, by its ``count`` and the first page's size (the
    server may give fewer than asked); 0 when it does not say."""
    if isinstance(count, int) and not isinstance(count, bool) and count > 0 and per_page > 0:
        return max(math.ceil(count / per_page), read)
    return 0


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("sync cancelled; nothing was changed")
