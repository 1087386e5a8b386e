"""The one switch for a database that may only be read: every editing control, off, saying why.

A team database opened by a role that may only SELECT, or a file on read-only media, can be
browsed but not changed (``DataService.read_only_reason``). Rather than have each editor ask,
the controls that change data are registered here once, and ``set_reason`` turns them all
off (or on again) in one call, with the reason in their tooltips and status tips and in a
permanent "Read-only: …" label in the status bar.

Other code keeps enabling its own controls as it always has (a mission selected enables
Reschedule; a roster row enables Remove). The gate keeps the last word: actions sit in a
disabled ``QActionGroup`` (Qt leaves an action of a disabled group disabled whatever it is
told), widgets are watched for being enabled again, and item views lose their editing and
dropping while the gate is shut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtGui import Qt as QtGui  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from tracker.ui.labels import plain_tooltip

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow
    from tracker.ui.records_manager import RecordsDialog

ViewState = tuple[QAbstractItemView.EditTrigger, QAbstractItemView.DragDropMode]


def _tip_with(tip: str, why: str) -> str:
    """A tooltip followed by why the control is off (``why`` names a role: data, escaped).

    ``tip`` is the control's own tooltip, which Qt already shows as rich text exactly when
    ``mightBeRichText`` says so; the same test keeps it shown as Qt showed it (tooltips made
    from data come through ``plain_tooltip``, escaped), and plain text is escaped here."""
    head = tip if QtGui.mightBeRichText(tip) else plain_tooltip(tip) if tip else ""
    return head + plain_tooltip(why)


class EditGate(QObject):
    """Registered actions, widgets and views are usable only while ``reason`` is None;
    ``changed(reason)`` after it changes. ``label`` belongs in the status bar."""

    changed = Signal(object)  # str | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editGate")
        self.reason: str | None = None
        self._group = QActionGroup(self)
        self._group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self._widgets: list[QWidget] = []
        self._views: dict[QAbstractItemView, ViewState] = {}
        self._tips: dict[QObject, tuple[str, str]] = {}  # tooltip, status tip: as they were
        self.label = QLabel()
        self.label.setObjectName("readOnlyState")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the reason names a role: data
        bold = self.label.font()
        bold.setBold(True)
        self.label.setFont(bold)
        self.label.hide()

    @staticmethod
    def of(widget: QWidget | None) -> EditGate | None:
        """The gate of the main window ``widget`` is in or was opened from (a dialog)."""
        while widget is not None:
            window = widget.window()
            found = window.findChild(EditGate, "editGate")
            if isinstance(found, EditGate):
                return found
            widget = window.parentWidget()
        return None

    @property
    def open(self) -> bool:
        return self.reason is None

    def why(self) -> str:
        """What the label, tooltips and status tips say while shut."""
        return self.tr("Read-only: {reason}").format(reason=self.reason or "")

    # --- registering ------------------------------------------------------------------------

    def add_actions(self, *actions: QAction) -> None:
        for action in actions:
            self._group.addAction(action)  # an action of a disabled group stays disabled
            action.destroyed.connect(lambda _=None, a=action: self._tips.pop(a, None))
            if not self.open:
                self._shut(action)

    def add_widgets(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self._widgets.append(widget)
            widget.installEventFilter(self)
            widget.destroyed.connect(lambda _=None, w=widget: self._forget(w))
            if not self.open:
                self._shut(widget)

    def add_views(self, *views: QAbstractItemView) -> None:
        """Item views that edit in place or take drops: browsable while shut."""
        for view in views:
            self._views[view] = (view.editTriggers(), view.dragDropMode())
            view.destroyed.connect(lambda _=None, v=view: self._views.pop(v, None))
            if not self.open:
                self._shut_view(view)

    def _forget(self, widget: QWidget) -> None:
        self._widgets = [w for w in self._widgets if w is not widget]
        self._tips.pop(widget, None)

    # --- shutting and opening ---------------------------------------------------------------

    def set_reason(self, reason: str | None) -> None:
        """Shut every registered control saying ``reason``, or (None) open them again."""
        if reason == self.reason:
            return
        was_open, self.reason = self.open, reason
        if not was_open:
            self._open_all()
        if reason is not None:
            self._group.setEnabled(False)
            targets: list[QAction | QWidget] = [*self._group.actions(), *self._widgets]
            for target in targets:
                self._shut(target)
            for view in self._views:
                self._shut_view(view)
            self.label.setText(self.why())
            self.label.setToolTip(plain_tooltip(self.tr("Nothing can be changed here")))
        self.label.setVisible(reason is not None)
        self.changed.emit(reason)

    def _shut(self, target: QAction | QWidget) -> None:
        if target not in self._tips:
            self._tips[target] = (target.toolTip(), target.statusTip())
        tip, _status = self._tips[target]
        target.setToolTip(_tip_with(tip, self.why()))
        target.setStatusTip(self.why())
        if isinstance(target, QWidget):
            target.setEnabled(False)

    def _shut_view(self, view: QAbstractItemView) -> None:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    def _open_all(self) -> None:
        """Controls on again: an action as its own code last set it (Qt keeps that while its
        group is off), a widget enabled until its owner's next refresh sets it right (opening
        another database reloads every view)."""
        self._group.setEnabled(True)
        for target, (tip, status) in self._tips.items():
            assert isinstance(target, QAction | QWidget)
            target.setToolTip(tip)
            target.setStatusTip(status)
        self._tips.clear()
        for widget in self._widgets:
            widget.setEnabled(True)  # their owners set them again on the next refresh
        for view, (triggers, mode) in self._views.items():
            view.setEditTriggers(triggers)
            view.setDragDropMode(mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A registered widget enabled again by its own code while shut: off again."""
        if (
            event.type() == QEvent.Type.EnabledChange
            and not self.open
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def guard_window(gate: EditGate, w: MainWindow) -> None:
    """Register the window's editing controls, show the label in the status bar, and shut
    the gate while the database may only be read (now, and after opening another)."""
    m, detail, roster = w.menus, w.detail, w.detail.roster_editor
    gate.add_actions(
        m.import_,
        m.restore,
        m.update,
        m.automatic,
        m.new_mission,
        m.edit_mission,
        m.delete_mission,
        roster.remove_action,
        roster.up_action,
        roster.down_action,
    )
    gate.add_widgets(
        roster.person_picker,
        roster.role_picker,
        roster.add_button,
        roster.new_person_button,
        detail.status_button,
        detail.reschedule_button,
        w.live.bar.update_button,
    )
    gate.add_views(roster.roster, w.table)
    w.statusBar().insertPermanentWidget(0, gate.label)  # first: it explains the rest
    gate.changed.connect(lambda reason: _stop_syncing(w) if reason is not None else None)
    gate.set_reason(w.service.read_only_reason)
    w.service.database_changed.connect(lambda: gate.set_reason(w.service.read_only_reason))


def _stop_syncing(w: MainWindow) -> None:
    """No background update from Launch Library 2 into a database it cannot write (it would
    spend the request budget, then be refused)."""
    w.live.sync.close()


def guard_records(dialog: RecordsDialog) -> None:
    """People, vehicles and agencies can be browsed on a read-only database, not changed."""
    gate = EditGate.of(dialog)
    if gate is not None:
        for tab in dialog.tabs.values():
            gate.add_widgets(tab.new_button, tab.edit_button, tab.delete_button)
