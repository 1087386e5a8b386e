"""The repository opened on first use, with a quick reader answering until then.

The window's first paint needs a handful of reads; on a current database ``QuickReader``
answers them with its driver alone, so SQLAlchemy and SQLModel (0.4-0.5 s to import) load after
the first frame, when the first read that needs more asks for the repository: on whichever
thread asks first (a worker's: the people's read after the first paint, or the full list's),
once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from tracker.store.quick_read import QuickReader

if TYPE_CHECKING:
    from tracker.store.database import Database
    from tracker.store.repository import Repository

T = TypeVar("T")
log = logging.getLogger("tracker")


class Opener:
    """Holds the repository once opened; ``quick`` is the quick reader until then."""

    def __init__(self, open_repo: Callable[[], Repository], quick: QuickReader | None) -> None:
        self._open_repo = open_repo
        self._repo: Repository | None = None
        self._lock = threading.Lock()
        self._quick = quick

    @property
    def repo(self) -> Repository:
        repo = self._repo
        if repo is None:
            with self._lock:
                if self._repo is None:
                    self._repo = self._open_repo()
                    if self._quick is not None:
                        self._quick.close()  # its answers come from the repository now
                repo = self._repo
        return repo

    def replace(self, repo: Repository) -> None:
        """Another database takes this one's place (a switch, a restore): this one's quick
        reader or repository is closed; one never opened is not opened to be closed (its
        server may be the one that went away)."""
        with self._lock:
            old, quick = self._repo, self._quick
            self._repo, self._quick = repo, None
        if quick is not None:
            quick.close()
        if old is not None and old is not repo:
            old.db.dispose()

    @property
    def quick(self) -> QuickReader | None:
        """The quick reader while the repository is not open yet, else None."""
        return self._quick if self._repo is None else None

    def read(self, ask: Callable[[QuickReader | Repository], T]) -> T:
        """``ask`` the quick reader while there is one, else the repository. A quick read
        the database itself fails (a server gone, a file taken away) is asked again of the
        repository, which opens and says what is wrong in the words of every other read."""
        quick = self.quick
        if quick is not None:
            try:
                return ask(quick)
            except quick.errors as exc:
                log.warning("a quick read failed, opening the database: %s", exc)
        return ask(self.repo)

    def where(self) -> QuickReader | Database:
        """Where the data is (``location``, ``path``, ``read_only``), known without opening."""
        return self.quick or self.repo.db

    def close(self) -> None:
        """Release the database's connections, if it was opened (a worker may be opening it:
        what it opens is closed)."""
        with self._lock:
            if self._quick is not None:
                self._quick.close()
            if self._repo is not None:
                self._repo.db.dispose()
