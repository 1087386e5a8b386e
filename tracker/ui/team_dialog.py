"""File ▸ Open Team Database…: a PostgreSQL server's address, tried and opened without
freezing the window.

The dialog builds the ``postgresql://`` URL from its fields (the password percent-encoded
inside it, or left out so that libpq's own ways supply it: ``.pgpass``, ``PGPASSWORD``, a
service file), tests or opens it on a worker thread with a busy bar and Cancel, and shows a
refusal in place, one line from the store. The last connection is remembered for next time,
all but its password, which is never written anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.jobs import Job
from tracker.ui.labels import MessageLine
from tracker.ui.service import DataService

log = logging.getLogger("tracker")

SETTINGS_GROUP = "teamDatabase"  # host, port, database, user, sslmode: never the password
DEFAULT_PORT = 5432
# libpq's sslmode values; the first, empty, leaves it to libpq (which prefers SSL).
SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def team_url(
    host: str,
    port: int,
    database: str,
    user: str,
    password: str = "",
    sslmode: str = "",
    *,
    hidden: bool = False,
) -> str:
    """The ``postgresql://`` URL for these fields; user and password percent-encoded (the
    password as ``***`` when ``hidden``), an IPv6 address in brackets; no password part when
    none is given, so that libpq looks for one itself."""
    auth = ""
    if user:
        secret = "***" if hidden else quote(password, safe="")
        auth = quote(user, safe="") + (f":{secret}" if password else "") + "@"
    where = f"[{host}]" if ":" in host else host
    query = f"?sslmode={sslmode}" if sslmode else ""
    return f"postgresql://{auth}{where}:{port}/{quote(database, safe='')}{query}"


class TeamDialog(QDialog):
    """Host, port, database, user, password and SSL mode; Test Connection and Open.

    ``opened(repository)`` once a database opened; the caller switches the window to it.
    """

    opened = Signal(object)

    def __init__(
        self, service: DataService, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Open Team Database"))
        self._service, self._settings = service, settings
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A PostgreSQL database shared with your team. Leave the password empty to "
                "use your .pgpass file or PGPASSWORD."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form())
        self.url_label = QLabel()
        self.url_label.setObjectName("teamUrl")
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)  # typed by the user: data
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.url_label)
        self.progress = QProgressBar()
        self.progress.setObjectName("teamProgress")
        self.progress.setAccessibleName(self.tr("Connecting"))
        self.progress.setRange(0, 0)  # busy: a connect says nothing of how far it got
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = MessageLine("teamMessage")
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())
        # room for a URL and the server's one-line refusals without a tall column of text
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self._restore()
        for edit in (self.host, self.database, self.user, self.password):
            edit.textChanged.connect(self._changed)
        self.port.valueChanged.connect(self._changed)
        self.sslmode.currentIndexChanged.connect(self._changed)
        self._changed()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.host = self._line("teamHost", self.tr("Host"), "localhost")
        self.port = QSpinBox()
        self.port.setObjectName("teamPort")
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = self._line("teamDatabaseName", self.tr("Database"), "missions")
        self.user = self._line("teamUser", self.tr("User"), "")
        self.password = self._line("teamPassword", self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("teamSslMode")
        self.sslmode.setAccessibleName(self.tr("SSL mode"))
        for mode in SSL_MODES:
            self.sslmode.addItem(mode or self.tr("libpq's default"), mode)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&SSL mode:"), self.sslmode)
        return form

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.test_button.setObjectName("teamTestButton")
        self.test_button.clicked.connect(self.test_connection)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("teamOpenButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_database)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("teamCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        return buttons

    # --- the fields -------------------------------------------------------------------------

    def url(self, *, hidden: bool = False) -> str:
        """The URL to connect with, the password inside it when one was typed (``***`` when
        ``hidden``: the URL as shown)."""
        return team_url(
            self.host.text().strip() or "localhost",
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
            str(self.sslmode.currentData() or ""),
            hidden=hidden,
        )

    def _changed(self) -> None:
        self.url_label.setText(self.url(hidden=True))
        self._set_busy(self.busy)

    def _restore(self) -> None:
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        try:
            self.host.setText(str(s.value("host", "")))
            self.port.setValue(_int(s.value("port", DEFAULT_PORT)))
            self.database.setText(str(s.value("database", "")))
            self.user.setText(str(s.value("user", "")))
            at = self.sslmode.findData(str(s.value("sslmode", "")))
            self.sslmode.setCurrentIndex(max(at, 0))
        finally:
            s.endGroup()

    def _remember(self) -> None:
        """The connection for next time, without its password."""
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        try:
            s.setValue("host", self.host.text().strip())
            s.setValue("port", self.port.value())
            s.setValue("database", self.database.text().strip())
            s.setValue("user", self.user.text().strip())
            s.setValue("sslmode", str(self.sslmode.currentData() or ""))
        finally:
            s.endGroup()
        s.sync()

    # --- trying and opening -----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.busy

    def test_connection(self) -> Job | None:
        """Connect and leave, changing nothing: says whether Open would reach the server."""
        url = self.url()
        return self._start(
            lambda: self._service.test_connection(url),
            self.tr("Connecting\u2026"),
            self._tested,
        )

    def open_database(self) -> Job | None:
        """Open the database (creating the tables of an empty one) on a worker thread."""
        url = self.url()
        return self._start(
            lambda: self._service.open_repository(url),
            self.tr("Opening\u2026"),
            self._opened,
            self._service.discard,
        )

    def _start(
        self,
        work: Callable[[], Any],
        doing: str,
        then: Callable[[Any], None],
        discard: Callable[[Any], None] = lambda _result: None,
    ) -> Job | None:
        if self.busy:
            return None
        if not self.database.text().strip():
            self._say(self.tr("Which database? Give its name."))
            self.database.setFocus()
            return None
        job = Job(work, discard, self)
        job.done.connect(then)
        job.failed.connect(self._failed)
        self.job = job
        self._say(doing, error=False)
        job.start()
        self._set_busy(True)
        return job

    def _say(self, text: str, *, error: bool = True) -> None:
        """A refusal (in the error tone) or a note, under the fields."""
        self.message.setProperty("tone", "error" if error else "note")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show_text(text)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.test_button, self.open_button):
            widget.setEnabled(not busy)

    def _tested(self, _result: object) -> None:
        self._set_busy(False)
        self._say(self.tr("Connected: the server answers."), error=False)

    def _opened(self, repository: object) -> None:
        self._set_busy(False)
        self._remember()
        self._say("")
        self.opened.emit(repository)
        self.accept()

    def _failed(self, text: str) -> None:
        self._set_busy(False)
        self._say(text)

    def cancel(self) -> None:
        """Give up a try under way (its late result is closed), or close the dialog."""
        if self.busy:
            assert self.job is not None
            self.job.cancel()
            self._set_busy(False)
            self._say(self.tr("Cancelled."), error=False)
            return
        self.reject()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return DEFAULT_PORT
