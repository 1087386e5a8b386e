"""The detail of the selected mission, with its crew roster editor (``missionDetail``).

Every roster edit becomes an undo command; a refusal from the repository is shown right
under the roster, where the user acted, and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker import schedule
from tracker.errors import ConflictError, UserError
from tracker.store.records import MissionDetail, PersonRow
from tracker.ui.crew_model import PERSON_ID_ROLE, CrewColumn, CrewTableModel, PeopleListModel
from tracker.ui.icons import icon
from tracker.ui.mission_model import STATUS_COLOURS
from tracker.ui.schedule_widgets import RescheduleDialog, RescheduleRequest, SlipHistoryView
from tracker.ui.service import DataService
from tracker.ui.undo import (
    AddCrewCommand,
    MoveCrewCommand,
    RemoveCrewCommand,
    RescheduleCommand,
    ServiceCommand,
    SetRoleCommand,
)
from tracker.vocabulary import CrewRole, NetPrecision

Confirm = Callable[[str], bool]


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class RoleDelegateCombo(QComboBox):
    """An editable role picker offering Launch Library 2's roles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItems([r.value for r in CrewRole])
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)


class RoleDelegate(QStyledItemDelegate):
    """Edits a role with the roles combo rather than a bare line edit."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return RoleDelegateCombo(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class MissionDetailView(QScrollArea):
    """Name, status, vehicles, schedule, description, source, crew roster and slip history."""

    message = Signal(str)
    follow_toggled = Signal(int, bool)
    new_person_requested = Signal()

    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("missionDetail")
        self.setAccessibleName("Mission detail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.service = service
        self.undo_stack = undo_stack
        self.confirm = confirm
        self.zone: schedule.Zone = dt.UTC
        self.detail: MissionDetail | None = None

        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        header = QHBoxLayout()
        self.title = QLabel("Select a mission")
        self.title.setObjectName("detailTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setObjectName("statusBadge")
        self.badge.hide()
        header.addWidget(self.title)
        header.addSpacing(8)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        layout.addLayout(header)

        self.countdown = QLabel()
        self.countdown.setObjectName("detailCountdown")
        cfont = self.countdown.font()
        cfont.setPointSizeF(cfont.pointSizeF() * 1.3)
        cfont.setBold(True)
        self.countdown.setFont(cfont)
        layout.addWidget(self.countdown)
        actions = QHBoxLayout()
        self.follow = QCheckBox("Remind me before launch")
        self.follow.setObjectName("followToggle")
        self.follow.setToolTip("Notify me at the reminder lead times (View \u25b8 Reminders\u2026)")
        self.follow.toggled.connect(self._follow_toggled)
        self.reschedule_button = QPushButton(icon("reschedule"), "Reschedule\u2026")
        self.reschedule_button.setObjectName("rescheduleButton")
        self.reschedule_button.setToolTip("Move this mission's NET; the change joins its history")
        self.reschedule_button.clicked.connect(self.ask_reschedule)
        actions.addWidget(self.follow)
        actions.addStretch(1)
        actions.addWidget(self.reschedule_button)
        layout.addLayout(actions)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        self.fields: dict[str, QLabel] = {}
        for name in (
            "Spacecraft",
            "Launcher",
            "Operator",
            "Launch site",
            "Destination",
            "NET",
            "Window",
            "Landing",
        ):
            self.fields[name] = _value_label()
            form.addRow(f"{name}:", self.fields[name])
        layout.addLayout(form)

        self.description = _value_label()
        layout.addWidget(self.description)
        self.source = _value_label()
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setObjectName("detailSource")
        layout.addWidget(self.source)

        layout.addSpacing(6)
        self.crew_title = _section("Crew")
        layout.addWidget(self.crew_title)
        layout.addLayout(self._build_roster_editor())

        self.roster_message = QLabel()
        self.roster_message.setObjectName("rosterMessage")
        self.roster_message.setWordWrap(True)
        self.roster_message.setStyleSheet(
            "QLabel { color: #b3261e; font-weight: bold; padding: 4px; }"
        )
        self.roster_message.hide()
        layout.addWidget(self.roster_message)

        self.crew_model = CrewTableModel(self)
        self.roster = QTableView()
        self.roster.setObjectName("crewRoster")
        self.roster.setAccessibleName("Crew roster")
        self.roster.setModel(self.crew_model)
        self.roster.setItemDelegateForColumn(CrewColumn.ROLE, RoleDelegate(self.roster))
        self.roster.verticalHeader().hide()
        self.roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.roster.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.roster.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.roster.setDragDropOverwriteMode(False)
        self.roster.setDropIndicatorShown(True)
        self.roster.setAlternatingRowColors(True)
        self.roster.setToolTip(
            "Drag a row to reorder (or Alt+Up/Alt+Down); double-click a role to change it; "
            "drop a person from the People panel to add them"
        )
        header_view = self.roster.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setStretchLastSection(True)
        self.roster.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.roster.verticalHeader().setDefaultSectionSize(self.roster.fontMetrics().height() + 10)
        self.roster.setMinimumHeight(150)
        layout.addWidget(self.roster)
        layout.addLayout(self._build_roster_buttons())

        layout.addSpacing(6)
        layout.addWidget(_section("Schedule history"))
        self.history = SlipHistoryView()
        layout.addWidget(self.history)
        layout.addStretch(1)

        self.crew_model.role_edit_requested.connect(self._on_role_edit)
        self.crew_model.move_requested.connect(self._on_move)
        self.crew_model.add_requested.connect(self._on_drop_add)
        self.roster.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()
        self.set_mission(None)

    # --- building ---------------------------------------------------------------------------

    def _build_roster_editor(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        row = QHBoxLayout()
        self.people_model = PeopleListModel(self)
        self._people_loaded = False
        self.person_picker = QComboBox()
        self.person_picker.setObjectName("personPicker")
        self.person_picker.setAccessibleName("Person to add")
        self.person_picker.setEditable(True)
        self.person_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_picker.setModel(self.people_model)
        self.person_picker.setModelColumn(0)
        editor = self.person_picker.lineEdit()
        assert editor is not None  # an editable combo has one
        editor.setPlaceholderText("Type a name\u2026")
        completer = QCompleter(self.people_model, self.person_picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionRole(Qt.ItemDataRole.DisplayRole)
        self.person_picker.setCompleter(completer)
        self.role_picker = RoleDelegateCombo()
        self.role_picker.setObjectName("rolePicker")
        self.role_picker.setAccessibleName("Role for the person to add")
        self.role_picker.setCurrentText(CrewRole.MISSION_SPECIALIST.value)
        for combo in (self.person_picker, self.role_picker):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.add_button = QPushButton(icon("add-person"), "Add to crew")
        self.add_button.setObjectName("addCrewButton")
        self.add_button.setToolTip("Add the chosen person with the chosen role (Enter)")
        self.add_button.clicked.connect(self.add_selected_person)
        editor.returnPressed.connect(self.add_selected_person)
        self.new_person_button = QToolButton()
        self.new_person_button.setObjectName("newPersonButton")
        self.new_person_button.setText("New\u2026")
        self.new_person_button.setToolTip("Someone not in the list yet: create them")
        self.new_person_button.clicked.connect(self.new_person_requested)
        row.addWidget(self.person_picker, 1)
        row.addWidget(self.new_person_button)
        second = QHBoxLayout()
        second.addWidget(self.role_picker, 1)
        second.addWidget(self.add_button)
        rows.addLayout(row)
        rows.addLayout(second)
        return rows

    def _build_roster_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.remove_action = QAction(icon("remove-person"), "Remove from crew", self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.up_action = QAction(icon("move-up"), "Move up", self)
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.up_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action = QAction(icon("move-down"), "Move down", self)
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        self.down_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        for action in (self.remove_action, self.up_action, self.down_action):
            self.roster.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- showing ----------------------------------------------------------------------------

    def set_zone(self, zone: schedule.Zone) -> None:
        self.zone = zone
        self.set_mission(self.detail)

    def set_followed(self, followed: bool) -> None:
        """Show whether reminders are on for this mission (without asking to change it)."""
        self.follow.blockSignals(True)
        self.follow.setChecked(followed)
        self.follow.blockSignals(False)

    def _follow_toggled(self, on: bool) -> None:
        if self.detail is not None:
            self.follow_toggled.emit(self.detail.id, on)

    def ask_reschedule(self) -> None:
        m = self.detail
        if m is None:
            return
        dialog = RescheduleDialog(m, self.zone, self)
        dialog.accepted.connect(lambda: self.reschedule(dialog.values()))
        dialog.open()

    def reschedule(self, request: RescheduleRequest) -> bool:
        m = self.detail
        confirm = self._confirm_history("its NET")
        if m is None or confirm is None:
            return False
        return self._run(
            RescheduleCommand(
                self.service,
                m.id,
                m.name,
                request.net,
                request.precision,
                request.reason,
                confirm=confirm,
                expected_version=m.version,
            )
        )

    def set_people(self, people: list[PersonRow]) -> None:
        """Everyone the picker offers (the window reads them once for the whole window)."""
        text = self.person_picker.currentText()
        self.people_model.set_people(people)
        self._people_loaded = True
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.setEditText(text)

    def _ensure_people(self) -> None:
        """The window reads people after its first paint; a quick user may need them first."""
        if not self._people_loaded:
            self.set_people(self.service.people())

    def set_mission(self, m: MissionDetail | None) -> None:
        self.detail = m
        enabled = m is not None
        for w in (self.person_picker, self.role_picker, self.add_button, self.roster):
            w.setEnabled(enabled)
        if m is None:
            self.title.setText("Select a mission")
            self.badge.hide()
            self.countdown.clear()
            for label in self.fields.values():
                label.clear()
            self.description.clear()
            self.source.clear()
            self.history.set_mission(None, self.zone)
            self.follow.setEnabled(False)
            self.reschedule_button.setEnabled(False)
            self.crew_model.set_crew([])
            self.crew_title.setText("Crew")
            return
        self.title.setText(m.name)
        colour = STATUS_COLOURS[m.status]
        self.badge.setText(f" {m.status.label} ")
        self.badge.setToolTip(f"Status: {m.status.value}")
        self.badge.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 9px; "
            "padding: 2px 10px; font-weight: bold; }"
        )
        self.badge.show()
        craft = m.spacecraft + (f" \u2014 capsule {m.capsule}" if m.capsule else "")
        self.fields["Spacecraft"].setText(craft or "\u2014")
        self.fields["Launcher"].setText(m.launcher or "\u2014")
        self.fields["Operator"].setText(m.operator or "\u2014")
        self.fields["Launch site"].setText(m.launch_site or "\u2014")
        self.fields["Destination"].setText(m.destination or "\u2014")
        self.fields["NET"].setText(
            f"{schedule.format_net(m.net, m.net_precision, self.zone)}  "
            f"(precision: {m.net_precision.value})"
        )
        self.fields["Window"].setText(self._window(m))
        self.fields["Landing"].setText(
            schedule.format_net(m.landing, NetPrecision.MINUTE, self.zone)
            if m.landing
            else "not known"
        )
        self.description.setText(m.description or "No description.")
        self.source.setText(f"<i>Source: {m.source or 'not recorded'}</i>")
        capacity = f" of {m.capacity}" if m.capacity else ""
        self.crew_title.setText(f"Crew ({len(m.crew)}{capacity})")
        self.crew_model.set_crew(m.crew)
        self.history.set_mission(m, self.zone)
        self.follow.setEnabled(m.status.is_pending)
        self.reschedule_button.setEnabled(True)
        self.tick(self.service.now())
        self._update_buttons()

    def _window(self, m: MissionDetail) -> str:
        if m.window_start is None and m.window_end is None:
            return "not announced"
        fmt = [
            schedule.format_net(t, NetPrecision.SECOND, self.zone)
            for t in (m.window_start, m.window_end)
            if t is not None
        ]
        return " \u2013 ".join(fmt)

    def tick(self, now: dt.datetime) -> None:
        m = self.detail
        if m is None:
            return
        text = schedule.mission_countdown(m, now, self.zone)
        if self.countdown.text() != text:
            self.countdown.setText(text)

    # --- editing ----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """A refusal or a note, in place under the roster editor."""
        self.roster_message.setText(text)
        self.roster_message.setVisible(bool(text))
        if text:
            self.message.emit(text)

    def _selected_member_row(self) -> int | None:
        index = self.roster.currentIndex()
        return index.row() if index.isValid() else None

    def _update_buttons(self, *_: QModelIndex) -> None:
        row = self._selected_member_row()
        count = self.crew_model.rowCount()
        self.remove_action.setEnabled(row is not None)
        self.up_action.setEnabled(row is not None and row > 0)
        self.down_action.setEnabled(row is not None and row < count - 1)

    def _confirm_history(self, what: str = "its crew") -> bool | None:
        """None to stop; True when the mission has flown and the user agreed."""
        m = self.detail
        if m is None:
            return None
        if m.status.is_pending:
            return False
        question = (
            f"{m.name} has already flown ({m.status.label}). Changing {what} rewrites "
            "history. Change it anyway?"
        )
        return True if self.confirm(question) else None

    def _run(self, command: ServiceCommand) -> bool:
        try:
            command.execute(self.undo_stack, self.show_message)
        except ConflictError as exc:
            self.service.reload()  # show what is there now, then say why nothing changed
            if self.detail is not None:
                self.set_mission(self.service.mission(self.detail.id))
            self.show_message(str(exc))
            return False
        except UserError as exc:
            self.show_message(str(exc))
            return False
        self.show_message("")
        return True

    def add_selected_person(self) -> None:
        m = self.detail
        if m is None:
            return
        person_id = self._picked_person()
        if person_id is None:
            typed = self.person_picker.currentText().strip()
            self.show_message(
                f"No person named {typed!r}: pick someone from the list."
                if typed
                else "Choose a person to add."
            )
            return
        self.add_person(person_id, self.role_picker.currentText(), None)

    def add_person(self, person_id: int, role: str, seat: int | None) -> bool:
        m = self.detail
        confirm = self._confirm_history()
        if m is None or confirm is None:
            return False
        self._ensure_people()
        name = self.people_model.name_of(person_id) or "person"
        done = self._run(
            AddCrewCommand(
                self.service,
                m.id,
                person_id,
                name,
                role,
                seat,
                confirm=confirm,
                expected_version=m.version,
            )
        )
        if done:
            self.person_picker.setEditText("")
        return done

    def _picked_person(self) -> int | None:
        self._ensure_people()
        text = self.person_picker.currentText().strip().casefold()
        if not text:
            return None
        for row in range(self.people_model.rowCount()):
            p = self.people_model.person(row)
            if text in (p.name.casefold(), f"{p.name} ({p.agency})".casefold()):
                return p.id
        return None

    def remove_selected(self) -> None:
        m, row = self.detail, self._selected_member_row()
        if m is None or row is None:
            return
        confirm = self._confirm_history()
        if confirm is None:
            return
        member = self.crew_model.member(row)
        self._run(
            RemoveCrewCommand(
                self.service,
                m.id,
                member.person_id,
                member.name,
                confirm=confirm,
                expected_version=m.version,
            )
        )

    def move_selected(self, step: int) -> None:
        row = self._selected_member_row()
        if row is None:
            return
        target = row + step
        if not 0 <= target < self.crew_model.rowCount():
            return
        member = self.crew_model.member(row)
        if self._on_move(member.person_id, target):
            self.roster.selectRow(target)

    def _on_move(self, person_id: int, seat: int) -> bool:
        m = self.detail
        confirm = self._confirm_history()
        if m is None or confirm is None:
            return False
        name = next(c.name for c in m.crew if c.person_id == person_id)
        return self._run(
            MoveCrewCommand(self.service, m.id, person_id, name, seat, confirm=confirm)
        )

    def _on_role_edit(self, person_id: int, role: str) -> None:
        m = self.detail
        confirm = self._confirm_history()
        if m is None or confirm is None:
            return
        name = next(c.name for c in m.crew if c.person_id == person_id)
        self._run(SetRoleCommand(self.service, m.id, person_id, name, role, confirm=confirm))

    def _on_drop_add(self, person_id: int, seat: int) -> None:
        self.add_person(person_id, self.role_picker.currentText(), seat)

    def select_person(self, person_id: int) -> None:
        for row in range(self.crew_model.rowCount()):
            if self.crew_model.index(row, 0).data(PERSON_ID_ROLE) == person_id:
                self.roster.selectRow(row)
                return

    def role_column(self) -> int:
        return int(CrewColumn.ROLE)
