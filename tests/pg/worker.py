"""A second desk: ``python -m tests.pg.worker GO_FILE ARGS…`` runs ``tracker ARGS`` once
GO_FILE exists, with every flush held for a moment before its commit (so that two desks'
transactions overlap on the server), and exits with its status."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import event
from sqlmodel import Session

from tracker.cli import main

HOLD_S = 1.0


def _hold(_session: Session, _context: object) -> None:
    time.sleep(HOLD_S)


if __name__ == "__main__":
    go = Path(sys.argv[1])
    event.listen(Session, "after_flush", _hold)
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.005)
    sys.exit(main(sys.argv[2:]))
