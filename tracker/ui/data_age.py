"""The data's age, said at the top of the window, with what to do about it.

While the database holds only the default data (its age is still the source's moment,
27 October 2021 12:00 UTC) and the user has not chosen live time, the window opens on that
moment with the simulated clock running, says so, and offers live time and an update in one
click each. Whenever the data is more than a day older than the clock, it says how old and
offers an update. The words are functions of their arguments alone, tested without a
window, in the window's language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tracker.ui import words
from tracker.ui.i18n import Context
from tracker.vocabulary import DEFAULT_DATA_AS_OF

CLOCK_CHOICE_KEY = "data/clock"  # "live": the user chose live time over the data's moment
LIVE = "live"
STALE_AFTER = dt.timedelta(days=1)


class DataAge(Context):
    pass


def is_default_data(as_of: dt.datetime | None) -> bool:
    """The database still holds the default data: no sync or import has moved its age."""
    return as_of == DEFAULT_DATA_AS_OF


def opens_on_data_moment(
    clock_simulated: bool, as_of: dt.datetime | None, settings: QSettings
) -> bool:
    """Whether the window should start its clock at the data's own moment: only on live
    time (``--now`` is a choice too), on the default data, unless live time was chosen."""
    chosen = settings.value(CLOCK_CHOICE_KEY)
    return not clock_simulated and is_default_data(as_of) and chosen != LIVE


def day_text(when: dt.datetime) -> str:
    """'27 October 2021' (UTC)."""
    return words.format_wall(when.astimezone(dt.UTC), DataAge.tr("d MMMM yyyy"))


def age_text(age: dt.timedelta) -> str:
    """'4 years', '3 months', '12 days', '30 hours': as a person says how old news is."""
    days = age.days
    if days >= 2 * 365:
        return DataAge.tr("%n years", "", days // 365)
    if days >= 2 * 30:
        return DataAge.tr("%n months", "", days // 30)
    if days >= 2 * 7:
        return DataAge.tr("%n weeks", "", days // 7)
    if days >= 2:
        return DataAge.tr("%n days", "", days)
    return DataAge.tr("%n hours", "", int(age.total_seconds() // 3600))


def is_stale(as_of: dt.datetime | None, now: dt.datetime) -> bool:
    return as_of is not None and now - as_of > STALE_AFTER


def notice(as_of: dt.datetime | None, now: dt.datetime, on_data_moment: bool) -> str:
    """What the bar says, or '' when the data is current enough to say nothing."""
    if as_of is None:
        return ""
    if on_data_moment:
        return DataAge.tr("Default data as of {0} \u2014 the clock runs from there").format(
            day_text(as_of)
        )
    if is_stale(as_of, now):
        return DataAge.tr(
            "The data is {0} old (as of {1}): launches since then are missing and NETs may "
            "have moved"
        ).format(age_text(now - as_of), day_text(as_of))
    return ""


def no_launch_reason(as_of: dt.datetime | None, now: dt.datetime) -> str:
    """Why there may be no launch ahead, when the data's age explains it."""
    if not is_stale(as_of, now):
        return ""
    assert as_of is not None
    return DataAge.tr(
        "The data is {0} old: update it from Launch Library 2 (File \u25b8 Update Now, F5) "
        "to see the launches ahead."
    ).format(age_text(now - as_of))


class DataAgeBar(QFrame):
    """The notice at the top of the window; ``live_requested`` and ``update_requested``
    when its buttons are clicked."""

    live_requested = Signal()
    update_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataAgeBar")
        self.setAccessibleName(self.tr("The data's age"))
        self.text = QLabel()
        self.text.setObjectName("dataAgeText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.live_button = QPushButton(self.tr("Use Live Time"))
        self.live_button.setObjectName("liveTimeButton")
        self.live_button.setToolTip(self.tr("Run the clock on the current time (remembered)"))
        self.live_button.clicked.connect(self.live_requested)
        self.update_button = QPushButton(self.update_text())
        self.update_button.setObjectName("updateDataButton")
        self.update_button.setToolTip(
            self.tr("Fetch the current launches (File \u25b8 Update Now, F5)")
        )
        self.update_button.clicked.connect(self.update_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.live_button)
        row.addWidget(self.update_button)
        self.hide()

    def update_text(self) -> str:
        return self.tr("Update from Launch Library 2")

    def show_notice(self, text: str, *, offer_live: bool, updating: bool) -> None:
        if self.text.text() != text:
            self.text.setText(text)
        self.live_button.setVisible(offer_live)
        self.update_button.setEnabled(not updating)
        self.update_button.setText(self.tr("Updating\u2026") if updating else self.update_text())
        self.setVisible(bool(text))
