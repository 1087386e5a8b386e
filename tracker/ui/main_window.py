"""The main window (placeholder until the main-window issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from tracker import schedule
from tracker.clock import Clock
from tracker.store.repository import Repository


class MainWindow(QMainWindow):
    def __init__(self, repo: Repository, clock: Clock) -> None:
        super().__init__()
        self.repo = repo
        self.clock = clock
        nxt = repo.next_launch(clock())
        text = (
            "No launch ahead"
            if nxt is None
            else f"{nxt.name}: " + schedule.mission_countdown(nxt, clock())
        )
        label = QLabel(text, self)
        label.setObjectName("countdownLabel")
        self.setCentralWidget(label)
        self.setWindowTitle("Mission Tracker")
