"""Named views (a filter and a search under a name) and the filter the list had last.

Both are kept in ``QSettings`` as JSON (``tracker.filters``' ``to_dict``), so they survive a
restart; a relative range ("next 30 days") is stored as such and means the days after
today whenever it is applied. A new user is offered two examples, once: deleted, they stay
deleted. An entry a newer or damaged settings file holds that cannot be read is skipped (and
logged), never a reason not to start.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QSettings, QStringListModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.filters import CREWED_TO_ISS, NEXT_30_DAYS, MissionFilter, NamedView, fold
from tracker.ui.filter_bar import wording
from tracker.ui.labels import MessageLine, plain_tooltip

log = logging.getLogger(__name__)

VIEWS_KEY = "filters/views"  # a JSON list of NamedView.to_dict()
ACTIVE_KEY = "filters/active"  # the list's filter, MissionFilter.to_dict() as JSON
SHOWN_KEY = "filters/barShown"


class ViewStore(QObject):
    """The saved views, in the user's order, and the list's last filter; ``changed`` when
    a view is saved, renamed or deleted."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.views = self._read()

    def _read(self) -> list[NamedView]:
        raw = self._settings.value(VIEWS_KEY)
        if raw is None:  # a new user: the examples, kept from now on like any view
            self.views = [
                NamedView(self.tr("Crewed to the ISS"), CREWED_TO_ISS),
                NamedView(self.tr("Next 30 days"), NEXT_30_DAYS),
            ]
            self._write()
            return self.views
        try:
            entries = json.loads(str(raw))
            if not isinstance(entries, list):
                raise ValueError("not a list")
        except ValueError as exc:
            log.warning("saved views unreadable (%s): none shown", exc)
            return []
        views: list[NamedView] = []
        for entry in entries:
            try:
                views.append(NamedView.from_dict(entry))
            except ValueError as exc:
                log.warning("a saved view skipped: %s", exc)
        return views

    def _write(self) -> None:
        self._settings.setValue(VIEWS_KEY, json.dumps([v.to_dict() for v in self.views]))
        self._settings.sync()
        self.changed.emit()

    def find(self, name: str) -> int | None:
        key = fold(name)
        return next((i for i, v in enumerate(self.views) if fold(v.name) == key), None)

    def save(self, view: NamedView) -> None:
        """Keep ``view``; one of the same name (ignoring case) is replaced in its place."""
        at = self.find(view.name)
        if at is None:
            self.views.append(view)
        else:
            self.views[at] = view
        self._write()

    def rename(self, at: int, name: str) -> str:
        """Rename the view at ``at``; the reason it cannot be, else ''."""
        tidy = " ".join(name.split())
        if not tidy:
            return self.tr("A view needs a name.")
        other = self.find(tidy)
        if other is not None and other != at:
            return self.tr("There is a view named {0} already.").format(self.views[other].name)
        old = self.views[at]
        self.views[at] = NamedView(tidy, old.filter, old.search)
        self._write()
        return ""

    def delete(self, at: int) -> None:
        del self.views[at]
        self._write()

    # --- the list's filter and the bar --------------------------------------------------

    def active(self) -> MissionFilter:
        raw = self._settings.value(ACTIVE_KEY)
        if raw is None:
            return MissionFilter()
        try:
            return MissionFilter.from_dict(json.loads(str(raw)))
        except ValueError as exc:
            log.warning("the list's saved filter unreadable (%s): none applied", exc)
            return MissionFilter()

    def keep_active(self, wanted: MissionFilter) -> None:
        self._settings.setValue(ACTIVE_KEY, json.dumps(wanted.to_dict()))

    def bar_shown(self) -> bool:
        return bool(self._settings.value(SHOWN_KEY, False, type=bool))

    def keep_bar_shown(self, shown: bool) -> None:
        self._settings.setValue(SHOWN_KEY, shown)


class ViewsMenu(QMenu):
    """The filter actions, then one entry per saved view (choosing it applies it)."""

    def __init__(
        self,
        store: ViewStore,
        actions: list[QAction | None],
        apply: Callable[[NamedView], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("F&ilters"), parent)
        self.setObjectName("viewsMenu")
        self.setToolTipsVisible(True)  # each view's tooltip says what it filters
        self._store, self._apply = store, apply
        for action in actions:
            if action is None:
                self.addSeparator()
            else:
                self.addAction(action)
        self.addSeparator()
        self._heading = self.addAction(self.tr("Saved views"))
        self._heading.setEnabled(False)
        self._view_actions: list[QAction] = []
        store.changed.connect(self._fill)
        self._fill()

    def view_actions(self) -> list[QAction]:
        return list(self._view_actions)

    def _fill(self) -> None:
        for action in self._view_actions:
            self.removeAction(action)
            action.deleteLater()
        self._view_actions = []
        for view in self._store.views:
            action = QAction(view.name.replace("&", "&&"), self)  # a name is data, not markup
            action.setToolTip(plain_tooltip(view.filter.describe(wording())))
            action.triggered.connect(lambda _c=False, v=view: self._apply(v))
            self.addAction(action)
            self._view_actions.append(action)
        some = bool(self._view_actions)
        self._heading.setText(self.tr("Saved views") if some else self.tr("No saved views"))


class ManageViews(QDialog):
    """Rename (in place: F2 or a double-click), delete and apply the saved views."""

    def __init__(
        self, store: ViewStore, apply: Callable[[NamedView], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("manageViewsDialog")
        self.setWindowTitle(self.tr("Saved Views"))
        self._store, self._apply = store, apply
        self.names = QStringListModel(self)
        self.list = QListView()
        self.list.setObjectName("savedViewsList")
        self.list.setAccessibleName(self.tr("Saved views"))
        self.list.setModel(self.names)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.message = MessageLine("viewsMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.apply_button = self._button(buttons, self.tr("&Apply"), "applyView", self._applied)
        self.rename_button = self._button(buttons, self.tr("&Rename"), "renameView", self._rename)
        self.delete_button = self._button(buttons, self.tr("&Delete"), "deleteView", self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill()
        self.names.dataChanged.connect(self._renamed)
        store.changed.connect(self._fill)
        self.list.selectionModel().currentChanged.connect(self._enable)
        self._enable()

    def _button(
        self, box: QDialogButtonBox, text: str, name: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        assert button is not None
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _fill(self) -> None:
        row = self.list.currentIndex().row()
        self.names.blockSignals(True)
        self.names.setStringList([v.name for v in self._store.views])
        self.names.blockSignals(False)
        self.list.reset()
        count = self.names.rowCount()
        if count:
            self.list.setCurrentIndex(self.names.index(min(max(row, 0), count - 1)))
        self._enable()

    def _enable(self) -> None:
        some = self.list.currentIndex().isValid()
        for button in (self.apply_button, self.rename_button, self.delete_button):
            button.setEnabled(some)

    def _renamed(self, index: QModelIndex) -> None:
        reason = self._store.rename(index.row(), str(index.data()))
        self.message.show_text(reason)
        if reason:
            self._fill()  # the old name back

    def _rename(self) -> None:
        self.list.edit(self.list.currentIndex())

    def _delete(self) -> None:
        row = self.list.currentIndex().row()
        if row >= 0:
            self._store.delete(row)
            self.message.show_text("")

    def _applied(self) -> None:
        row = self.list.currentIndex().row()
        if row >= 0:
            self._apply(self._store.views[row])
            self.accept()

    def select(self, row: int) -> None:
        self.list.setCurrentIndex(self.names.index(row))
