"""The window in German, Russian and Japanese, back in English, and the language kept.

Also: the schedule's texts (countdowns, NETs, slips) are said with the window's translated
words, through the command line's one set of rules; and in English the window's words
(``tracker.ui.words`` and the mirrors of the sync status, reminders and the board's notice)
say exactly what the command line's ``tracker.schedule`` and friends say, so translating
them changed nothing for English readers.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from tests.conftest import REPORT_DAY
from tests.helpers import repo_of
from tracker import schedule
from tracker.app import build_main_window, configure_application
from tracker.reminders import OutcomeNotice, Reminder, follow_offer
from tracker.store.profile_records import outcome_text
from tracker.sync.status import SyncStatus
from tracker.ui import page_models, words
from tracker.ui.announcer import spoken_clock
from tracker.ui.clock_dialog import ClockDialog
from tracker.ui.detail_view import FOLLOW_NOTES
from tracker.ui.editors import AgencyDialog, PersonDialog, VehicleDialog
from tracker.ui.i18n import LANGUAGE_KEY, LanguageMenu, install_translators, language_from
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_editor import MissionDialog
from tracker.ui.mission_model import Column
from tracker.ui.preferences import LeadTimesDialog
from tracker.ui.schedule_widgets import RescheduleDialog
from tracker.ui.syncing import status_text
from tracker.ui.tray import outcome_title, reminder_text, reminder_title
from tracker.vocabulary import LandingOutcome, LaunchStatus, NetPrecision, PersonStatus

UseLanguage = Callable[[str], str]
RECORD_DIALOGS = (PersonDialog, VehicleDialog, AgencyDialog)
CREW3_NET = dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)
ZONES = (dt.UTC, dt.timezone(dt.timedelta(hours=-7), "PDT"))


@pytest.fixture
def language(qapp: QApplication, fresh_settings: None) -> Iterator[UseLanguage]:
    """``language(code)`` keeps ``code`` as View ▸ Language would and installs it, as a
    start of the app does; afterwards the system's language (English here) again."""

    configure_application(qapp)  # the names QSettings files the choice under

    def use(code: str) -> str:
        QSettings().setValue(LANGUAGE_KEY, code)
        return install_translators(qapp, QSettings())

    yield use
    QSettings().remove(LANGUAGE_KEY)
    install_translators(qapp, QSettings())


def open_window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    w = build_main_window(str(tmp_path / "gui.db"), REPORT_DAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def shown(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cancel_text(dialog: QWidget) -> str:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


def clipped(widget: QWidget) -> list[str]:
    """The one-line labels and the buttons inside ``widget`` narrower than their text."""
    cut = []
    for child in widget.findChildren(QWidget):
        one_line = isinstance(child, QLabel) and not child.wordWrap() and child.text()
        if child.isVisible() and (one_line or isinstance(child, QAbstractButton)):
            if child.width() < child.minimumSizeHint().width():
                cut.append(f"{type(child).__name__} {child.objectName()}: {child.text()!r}")
    return cut


# --- the window in each language ------------------------------------------------------------


def test_the_window_in_german_then_english_again(
    qtbot, tmp_path: Path, language: UseLanguage
) -> None:  # type: ignore[no-untyped-def]
    assert language("de") == "de"
    assert QLocale().language() is QLocale.Language.German
    w = open_window(qtbot, tmp_path)
    assert w.banner.caption.text() == "NÄCHSTER START"
    assert w.banner.label.text().startswith("T\u2212 3 Tg. 18:2")
    assert w.banner.net.text().startswith("NET 31.10.2021 06:21 UTC")
    assert w.live.status_label.text() == "Daten vom 27. Okt. 2021 12:00 UTC"
    w.set_clock(dt.datetime(2021, 12, 27, tzinfo=dt.UTC))
    assert w.live.bar.text.text().startswith(
        "Die Daten sind 2 Monate alt (Stand 27. Oktober 2021): seitdem geplante Starts fehlen"
    )
    menu = w.findChild(LanguageMenu, "languageMenu")
    assert menu is not None and menu.title() == "&Sprache"
    assert [a.text() for a in menu.actions()] == [
        "System",
        "English",
        "Deutsch",
        "Русский",
        "日本語",
    ]
    assert [a.text() for a in w.prefs.zone_group.actions()] == [
        "&UTC",
        "&Ortszeit",
        "&Andere\u2026",
    ]
    assert [a.text() for a in w.prefs.scheme_group.actions()] == [
        "Wie das &System",
        "&Hell",
        "&Dunkel",
    ]
    clock = shown(qtbot, ClockDialog(w.clock, w))
    assert clock.windowTitle() == "Uhr"
    assert cancel_text(clock) == "Abbrechen"  # Qt's own qtbase_de.qm
    w.close()

    assert language("en") == "en"
    w = open_window(qtbot, tmp_path)
    assert w.banner.caption.text() == "NEXT LAUNCH"
    assert w.banner.label.text().startswith("T\u2212 3d 18:2")
    assert w.findChild(LanguageMenu, "languageMenu").title() == "Lan&guage"
    assert cancel_text(shown(qtbot, ClockDialog(w.clock, w))) == "Cancel"


@pytest.mark.parametrize(
    ("code", "caption", "cancel", "net"),
    [
        ("ru", "СЛЕДУЮЩИЙ ЗАПУСК", "Отмена", "не ранее 31.10.2021 06:21 UTC"),
        ("ja", "次の打ち上げ", "キャンセル", "2021/10/31 06:21 UTC以降"),
    ],
)
def test_the_window_in_russian_and_japanese(
    qtbot, tmp_path: Path, language: UseLanguage, code: str, caption: str, cancel: str, net: str
) -> None:  # type: ignore[no-untyped-def]
    assert language(code) == code
    w = open_window(qtbot, tmp_path)
    assert w.banner.caption.text() == caption
    assert w.banner.net.text().startswith(net)
    bar = w.menus.toolbar  # its buttons have no mnemonic: no "(N)" left of "(&N)"
    buttons = [bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator()]
    texts = [b for b in buttons if b.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly]
    said = [b.text() for b in texts] + [b.toolTip() for b in buttons]
    assert not [text for text in said if re.search(r"\(\w\)", text)]
    assert cancel_text(shown(qtbot, ClockDialog(w.clock, w))) == cancel


@pytest.mark.parametrize("code", ["de", "ru", "ja"])
def test_nothing_is_clipped_in_the_window_and_dialogs(
    qtbot, tmp_path: Path, language: UseLanguage, code: str
) -> None:  # type: ignore[no-untyped-def]
    """German is the longest: every one-line label and button still shows its whole text."""
    language(code)
    w = open_window(qtbot, tmp_path)
    crew3 = w.service.mission(w.model.next_id)
    assert crew3 is not None
    dialogs = [
        ClockDialog(w.clock, w),
        MissionDialog(w.service, w.undo_stack, lambda _q: True, crew3.id, w),
        RescheduleDialog(crew3, dt.UTC, w),
        LeadTimesDialog(w.reminders, w),
        *(kind(w.service, w.undo_stack, lambda _q: True, None, w) for kind in RECORD_DIALOGS),
        w.records.show_records(),
        w.files.open_team(),
        w.pages.open("person", w.service.person_records()[0].id),
    ]
    for dialog in dialogs:
        shown(qtbot, dialog)
    QApplication.processEvents()
    parts = (w.banner, w.live.bar, w.menus.toolbar, w.list_panel, w.detail.widget())
    for part in (*parts, *dialogs):
        assert clipped(part) == [], type(part).__name__
    scope = w.list_panel.scope  # a choice elides rather than clips: room for each whole
    metrics = scope.fontMetrics()
    room = scope.minimumContentsLength() * metrics.horizontalAdvance("x")
    assert all(metrics.horizontalAdvance(scope.itemText(i)) <= room for i in range(3))


def test_the_choice_is_kept_and_said_in_the_chosen_language(
    qtbot, tmp_path: Path, language: UseLanguage
) -> None:  # type: ignore[no-untyped-def]
    language("")  # the system's: English here
    w = open_window(qtbot, tmp_path)
    menu = w.findChild(LanguageMenu, "languageMenu")
    by_code = {a.data(): a for a in menu.actions()}
    assert by_code[""].isChecked()
    by_code["ja"].trigger()
    assert QSettings().value(LANGUAGE_KEY) == "ja"
    assert by_code["ja"].isChecked() and not by_code[""].isChecked()
    note = w.findChild(QMessageBox, "languageNote")
    qtbot.waitUntil(lambda: note.isVisible())
    assert note.text() == "Mission Tracker は次回の起動からこの言語を使います。"
    note.close()
    assert menu.choose("") is None  # back to the system's, which is the running language
    assert QSettings().value(LANGUAGE_KEY) == ""


def test_the_language_follows_the_environment_as_qt_reads_it(tmp_path: Path) -> None:
    """LANGUAGE (a list, first known wins) over LANG, as on a user's desktop."""
    assert language_from(["fr-FR", "fr", "ru-RU", "ru"]) == "ru"
    assert language_from(["C"]) == "en"
    script = (
        "from PySide6.QtCore import QSettings; from PySide6.QtWidgets import QApplication; "
        "from tracker.ui.i18n import install_translators; from tracker.ui.words import "
        "status_text; from tracker.vocabulary import LaunchStatus; "
        "app = QApplication([]); app.setOrganizationName('mission-tracker'); "
        "print(install_translators(app, QSettings()), status_text(LaunchStatus.GO))"
    )
    env = {
        **os.environ,
        "LANGUAGE": "fr:ja",
        "LANG": "de_DE.UTF-8",
        "XDG_CONFIG_HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["ja", "打ち上げGO"]


# --- the window's words for the schedule's texts ---------------------------------------------


class Flight:
    """A minimal ``schedule.Scheduled``."""

    def __init__(self, status: LaunchStatus, precision: NetPrecision) -> None:
        self.name, self.status, self.net, self.net_precision = (
            "Crew-3",
            status,
            CREW3_NET,
            precision,
        )


class Slip:
    def __init__(self, days: float) -> None:
        self.previous_net = CREW3_NET
        self.new_net = CREW3_NET + dt.timedelta(days=days)


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (
            "de",
            [
                "T\u2212 3 Tg. 18:21:00",
                "T\u2212 4 Tage \u00b7 31.10.2021",
                "NET Okt. 2021",
                "HALT",
                "Crew-3: 2 Änderungen, insgesamt 2 Tage später",
                "1 Tag 2 Std. 3 Min.",
            ],
        ),
        (
            "ru",
            [
                "T\u2212 3 д 18:21:00",
                "T\u2212 4 дня \u00b7 31.10.2021",
                "не ранее окт. 2021",
                "ПАУЗА",
                "Crew-3: 2 изменения, всего сдвиг на 2 дня позже",
                "1 день 2 ч 3 мин",
            ],
        ),
        (
            "ja",
            [
                "T\u2212 3日 18:21:00",
                "T\u2212 4日 \u00b7 2021/10/31",
                "2021年10月以降",
                "ホールド",
                "Crew-3：変更2回、合計2日の遅れ",
                "1日 2時間 3分",
            ],
        ),
    ],
)
def test_the_schedules_texts_are_said_with_the_translated_words(
    language: UseLanguage, code: str, says: list[str]
) -> None:
    """``words`` gives ``schedule``'s one set of rules the window's words: a countdown to
    the minute, days to a NET to the day, a NET to the month, a hold, slips and a duration
    in the language in use; the command line's stay English meanwhile."""
    language(code)
    crew3 = Flight(LaunchStatus.GO, NetPrecision.MINUTE)
    assert [
        words.mission_countdown(crew3, REPORT_DAY, compact=True),
        words.mission_countdown(Flight(LaunchStatus.GO, NetPrecision.DAY), REPORT_DAY),
        words.mission_countdown(Flight(LaunchStatus.TBD, NetPrecision.MONTH), REPORT_DAY),
        words.mission_countdown(Flight(LaunchStatus.HOLD, NetPrecision.MINUTE), REPORT_DAY),
        words.slip_summary("Crew-3", [Slip(1), Slip(2)]),
        words.format_duration(dt.timedelta(days=1, hours=2, minutes=3)),
    ] == says
    assert schedule.mission_countdown(crew3, REPORT_DAY) == "T\u2212 3d 18:21:00"
    assert schedule.slip_summary("Crew-3", []) == "Crew-3: no changes to its NET"


def test_the_words_are_built_once_for_each_language(language: UseLanguage) -> None:
    """The table is made once for a language and made anew when the language changes."""
    language("de")
    german = words.wording()
    assert words.wording() is german
    assert german.hold == "HALT" and german.days(2) == "2 Tage"
    language("ja")
    assert words.wording().net == "{0}以降"
    assert words.mission_countdown(Flight(LaunchStatus.HOLD, NetPrecision.MINUTE), REPORT_DAY) == (
        "ホールド"
    )
    language("de")
    assert words.wording() is german
    language("en")
    assert words.wording().days(1) == "1 day" and words.wording().hold == "HOLD"


def test_the_spoken_countdown_is_translated(language: UseLanguage) -> None:
    """What a screen reader hears of a countdown (``announcer.spoken_clock``, the banner's,
    for clock mode and the detail's line too): words, not 'T\u2212 3d 18:21:00'."""
    crew3 = Flight(LaunchStatus.GO, NetPrecision.MINUTE)
    after = CREW3_NET + dt.timedelta(seconds=5)
    language("de")
    assert spoken_clock(crew3, REPORT_DAY, dt.UTC) == "T minus 3 Tage 18 Stunden 21 Minuten"
    assert spoken_clock(crew3, after, dt.UTC) == "T plus 5 Sekunden"
    language("ru")
    assert spoken_clock(crew3, REPORT_DAY, dt.UTC) == ("T минус 3 дня 18 часов 21 минута")
    language("en")
    assert spoken_clock(crew3, REPORT_DAY, dt.UTC) == "T minus 3 days 18 hours 21 minutes"


# --- English says what the command line says ------------------------------------------------

NOWS = [
    REPORT_DAY,
    CREW3_NET - dt.timedelta(seconds=5),
    CREW3_NET + dt.timedelta(seconds=5),
    CREW3_NET + dt.timedelta(days=1),
    dt.datetime(2022, 12, 31, 23, 0, tzinfo=dt.UTC),
]


def test_english_words_are_the_command_lines(language: UseLanguage) -> None:
    """The window's English words (``QLocale`` patterns, the English plurals) say what the
    command line's ``ENGLISH`` says, for every precision, phase and status."""
    language("en")
    for precision, zone in itertools.product(NetPrecision, ZONES):
        net = (CREW3_NET, precision, zone)
        assert words.format_net(*net) == schedule.format_net(*net)
        for now, compact, status in itertools.product(NOWS, (False, True), LaunchStatus):
            m = Flight(status, precision)
            ours = words.launch_state(m, now, zone, reason="weather", compact=compact)
            theirs = schedule.launch_state(m, now, zone, reason="weather", compact=compact)
            assert ours == theirs, (precision, now, status)
    for status in LaunchStatus:
        assert words.status_text(status) == status.label


def test_english_durations_slips_and_statuses_are_the_command_lines(
    language: UseLanguage,
) -> None:
    language("en")
    for days in (0, 1 / 1440, 1 / 24, 1, 1.5, 2, -3.25):
        delta = dt.timedelta(days=days)
        assert words.format_duration(delta) == schedule.format_duration(delta)
    for history in ([], [Slip(1)], [Slip(-2), Slip(3)], [Slip(0)]):
        assert words.slip_summary("Crew-3", history) == schedule.slip_summary("Crew-3", history)
    wall = REPORT_DAY + dt.timedelta(hours=1)
    states = [
        SyncStatus(),
        SyncStatus(data_as_of=REPORT_DAY),
        SyncStatus(data_as_of=REPORT_DAY, failure="no route", offline=True),
        SyncStatus(data_as_of=REPORT_DAY, failure="500"),
        SyncStatus(last_success=wall, next_sync=wall + dt.timedelta(days=1)),
        SyncStatus(last_success=wall),
        SyncStatus(waiting_until=wall + dt.timedelta(minutes=5), throttled=True),
        SyncStatus(waiting_until=wall + dt.timedelta(minutes=5)),
    ]
    for state in states:
        for zone in ZONES:
            assert status_text(state, wall, zone) == state.text(wall, zone)


def test_the_list_the_detail_the_roster_and_undo_in_german(
    qtbot, tmp_path: Path, language: UseLanguage
) -> None:  # type: ignore[no-untyped-def]
    """The list's headers, marker and statuses, the detail's fields, a role picked in
    German (stored as Launch Library 2's word) and the undo step's name."""
    language("de")
    w = open_window(qtbot, tmp_path)
    model = w.model
    across = Qt.Orientation.Horizontal
    headers = [model.headerData(c, across) for c in range(model.columnCount())]
    assert headers[Column.VEHICLE] == "Fahrzeug" and headers[Column.SLIPS] == "Verschiebungen"
    row = model.row_for(model.next_id)
    assert row is not None
    assert model.index(row, Column.MISSION).data() == "Crew-3  \u25c0 Nächster"
    assert model.index(row, Column.NET).data() == "31.10.2021 06:21 UTC"
    assert "Startfreigabe" in model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert w.detail.fields["NET"].text() == "31.10.2021 06:21 UTC  (Genauigkeit: Minute)"
    assert w.detail.status_button.text() == "Markieren als\u2026"

    repo = repo_of(w)
    w.select_mission(repo.find_mission("Crew-5"))
    roster = w.detail.roster_editor
    assert roster.role_picker.currentText() == "Missionsspezialist"
    roster.role_picker.setCurrentText("Kommandant")
    assert roster.add_person(repo.find_person("Anna Kikina"))
    crew = w.service.mission(repo.find_mission("Crew-5")).crew
    assert [c.role for c in crew if c.name == "Anna Kikina"] == ["Commander"]
    assert w.undo_stack.undoText() == "Anna Kikina als Kommandant hinzufügen"
    assert w.undo_action.text().startswith("&Rückgängig")


def test_every_reminder_note_has_a_translation() -> None:
    """The detail translates what ``reminders.follow_offer`` says by its English words:
    every note it can say is among them."""
    notes = set()
    for status, precision in itertools.product(LaunchStatus, NetPrecision):
        m = Flight(status, precision)
        for now in (REPORT_DAY, CREW3_NET + dt.timedelta(days=400)):
            notes.add(follow_offer(m, now).note)
    assert notes - {""} == set(FOLLOW_NOTES)


def test_english_short_statuses_landings_and_outcomes_are_the_stores(
    language: UseLanguage,
) -> None:
    language("en")
    for status in LaunchStatus:
        assert words.status_short(status) == status.value
        for end in (None, *LandingOutcome):
            assert page_models.outcome_text(status, end) == outcome_text(status, end)
    for end in LandingOutcome:
        assert words.landing_text(end) == end.value
    for person in PersonStatus:
        assert words.person_status_text(person.value) == person.value
    assert words.person_status_text("Candidate") == "Candidate"  # free text, as it is


def test_english_reminders_are_the_command_lines(language: UseLanguage) -> None:
    language("en")
    for precision in (NetPrecision.MINUTE, NetPrecision.DAY):
        r = Reminder(
            1, "Crew-3", "Crew Dragon", CREW3_NET, precision, dt.timedelta(hours=1), "k", ()
        )
        for before in (0, 20, 3600, 86_400, 3 * 86_400):
            now = CREW3_NET - dt.timedelta(seconds=before)
            assert reminder_title(r, now) == r.title(now)
        assert reminder_text(r, dt.UTC) == r.text(dt.UTC)
    notice = OutcomeNotice(1, "Crew-3", "Crew Dragon", LaunchStatus.SUCCESS)
    assert outcome_title(notice) == notice.title()
