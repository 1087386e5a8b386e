"""The crew roster editor of the mission detail: pick a person and a role, add, remove,
reorder (drag and drop, Alt+Up/Alt+Down) and change roles (F2 or double-click the role).

A double-click anywhere else on a row, Enter, or the row's context menu opens the person's
page (``person_page_requested``): the role stays editable where it always was.

Every edit becomes an undo command; a refusal from the service is shown right under the
editor (``rosterMessage``), where the user acted, and changes nothing. A flown mission's
history is rewritten only after the user said yes.
"""

from __future__ import annotations

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
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import ConflictError, UserError
from tracker.store.records import MissionDetail
from tracker.ui import words
from tracker.ui.crew_model import PERSON_ID_ROLE, CrewColumn, CrewTableModel, PeopleListModel
from tracker.ui.editors import WordCombo
from tracker.ui.icons import icon
from tracker.ui.labels import MessageLine, heading
from tracker.ui.service import DataService
from tracker.ui.undo import (
    AddCrewCommand,
    Confirm,
    MoveCrewCommand,
    RemoveCrewCommand,
    ServiceCommand,
    SetRoleCommand,
    run_confirmed,
)
from tracker.vocabulary import CrewRole

# Builds the command for an edit, confirmed (True) or not yet (False).
MakeCommand = Callable[[bool], ServiceCommand]


class RoleCombo(WordCombo):
    """The role picker: Launch Library 2's roles in the window's language (rarer ones may
    be typed); ``value()`` is the role as stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([r.value for r in CrewRole], words.role_text, parent)


class RoleDelegate(QStyledItemDelegate):
    """Edits a role with the roles combo rather than a bare line edit."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return RoleCombo(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, RoleCombo)
        editor.set_value(str(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, RoleCombo)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class RosterEditor(QWidget):
    """A mission's crew (``crewRoster``) with the controls that change it.

    ``run`` is also where the rest of the detail's edits go, so that every refusal about
    the shown mission appears on the same line.
    """

    message = Signal(str)
    new_person_requested = Signal()
    person_page_requested = Signal(int)  # a person id
    stale = Signal(int)  # another writer changed the mission: show it as it is now

    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        people: PeopleListModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_stack = undo_stack
        self.confirm = confirm
        self.people = people
        self.mission: MissionDetail | None = None
        self._typed = ""  # the picker's text while the people are read again
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.crew_title = heading(self.tr("Crew"))
        layout.addWidget(self.crew_title)
        layout.addLayout(self._build_pickers())
        self.message_line = MessageLine("rosterMessage")
        layout.addWidget(self.message_line)
        self.crew_model = CrewTableModel(self)
        self.roster = self._build_roster()
        layout.addWidget(self.roster)
        layout.addLayout(self._build_buttons())

        # queued: the view finishes with its role editor before the roster is shown anew
        self.crew_model.role_edit_requested.connect(
            self._on_role_edit, Qt.ConnectionType.QueuedConnection
        )
        self.crew_model.move_requested.connect(self._on_move)
        self.crew_model.add_requested.connect(self._on_drop_add)
        self.roster.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.people.modelAboutToBeReset.connect(self._keep_typed_name)
        self.people.modelReset.connect(self._restore_typed_name)
        self.set_mission(None)

    # --- building ---------------------------------------------------------------------------

    def _build_pickers(self) -> QVBoxLayout:
        self.person_picker = QComboBox()
        self.person_picker.setObjectName("personPicker")
        self.person_picker.setAccessibleName(self.tr("Person to add"))
        self.person_picker.setEditable(True)
        self.person_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_picker.setModel(self.people)
        self.person_picker.setModelColumn(0)
        self.person_picker.setCurrentIndex(-1)
        editor = self.person_picker.lineEdit()
        assert editor is not None  # an editable combo has one
        editor.setPlaceholderText(self.tr("Type a name\u2026"))
        completer = QCompleter(self.people, self.person_picker)  # filters the shared model
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionRole(Qt.ItemDataRole.DisplayRole)
        self.person_picker.setCompleter(completer)
        self.role_picker = RoleCombo()
        self.role_picker.setObjectName("rolePicker")
        self.role_picker.setAccessibleName(self.tr("Role for the person to add"))
        # Linux reads a combo box by its choice: what it is for goes in its description
        self.role_picker.setAccessibleDescription(self.role_picker.accessibleName())
        self.role_picker.set_value(CrewRole.MISSION_SPECIALIST.value)
        for combo in (self.person_picker, self.role_picker):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.add_button = QPushButton(icon("add-person"), self.tr("Add to crew"))
        self.add_button.setObjectName("addCrewButton")
        self.add_button.setToolTip(self.tr("Add the chosen person with the chosen role (Enter)"))
        self.add_button.clicked.connect(self.add_selected_person)
        editor.returnPressed.connect(self.add_selected_person)
        self.new_person_button = QToolButton()
        self.new_person_button.setObjectName("newPersonButton")
        self.new_person_button.setText(self.tr("New\u2026"))
        self.new_person_button.setToolTip(self.tr("Someone not in the list yet: create them"))
        self.new_person_button.clicked.connect(self.new_person_requested)
        first = QHBoxLayout()
        first.addWidget(self.person_picker, 1)
        first.addWidget(self.new_person_button)
        second = QHBoxLayout()
        second.addWidget(self.role_picker, 1)
        second.addWidget(self.add_button)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def _build_roster(self) -> QTableView:
        roster = QTableView()
        roster.setObjectName("crewRoster")
        roster.setTabKeyNavigation(False)  # Tab leaves it; the arrows move in it
        roster.setAccessibleName(self.tr("Crew roster"))
        roster.setModel(self.crew_model)
        roster.setItemDelegateForColumn(CrewColumn.ROLE, RoleDelegate(roster))
        roster.verticalHeader().hide()
        roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        roster.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        roster.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        roster.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        roster.setDefaultDropAction(Qt.DropAction.MoveAction)
        roster.setDragDropOverwriteMode(False)
        roster.setDropIndicatorShown(True)
        roster.setAlternatingRowColors(True)
        roster.setToolTip(
            self.tr(
                "Drag a row to reorder (or Alt+Up/Alt+Down); double-click a role to change it, "
                "a name to open the person's page; drop a person from the People panel to add "
                "them"
            )
        )
        roster.doubleClicked.connect(self._on_double_click)
        header = roster.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        roster.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        roster.verticalHeader().setDefaultSectionSize(roster.fontMetrics().height() + 10)
        roster.setMinimumHeight(150)
        return roster

    def _build_buttons(self) -> QHBoxLayout:
        # Enter on the roster itself (not in a role being edited) opens the person's page.
        self.page_action = QAction(self.tr("Open Person &Page"), self)
        self.page_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.page_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.page_action.triggered.connect(self.open_selected_page)
        separator = QAction(self)
        separator.setSeparator(True)
        self.roster.addActions([self.page_action, separator])
        self.roster.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        row = QHBoxLayout()
        self.remove_action = QAction(icon("remove-person"), self.tr("Remove from crew"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.triggered.connect(self.remove_selected)
        self.up_action = QAction(icon("move-up"), self.tr("Move up"), self)
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action = QAction(icon("move-down"), self.tr("Move down"), self)
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        # The buttons say it short (their icon text); the Edit menu says it whole.
        for action, short in (
            (self.remove_action, self.tr("Remove")),
            (self.up_action, self.tr("Up")),
            (self.down_action, self.tr("Down")),
        ):
            action.setIconText(short)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.roster.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- showing ----------------------------------------------------------------------------

    def set_mission(self, m: MissionDetail | None) -> None:
        """Show ``m``'s crew; a note about another mission is cleared."""
        if (m.id if m else None) != (self.mission.id if self.mission else None):
            self.show_message("")
        self.mission = m
        for w in (self.person_picker, self.role_picker, self.add_button, self.roster):
            w.setEnabled(m is not None)
        self.crew_model.set_crew(m.crew if m is not None else [])
        if m is None:
            self.crew_title.setText(self.tr("Crew"))
        elif m.capacity:
            self.crew_title.setText(self.tr("Crew ({0} of {1})").format(len(m.crew), m.capacity))
        else:
            self.crew_title.setText(self.tr("Crew ({0})").format(len(m.crew)))
        self._update_buttons()

    def show_message(self, text: str) -> None:
        """A refusal or a note, in place under the pickers (and to the window's status bar)."""
        self.message_line.show_text(text)
        if text:
            self.message.emit(text)

    def select_person(self, person_id: int) -> None:
        for row in range(self.crew_model.rowCount()):
            if self.crew_model.index(row, 0).data(PERSON_ID_ROLE) == person_id:
                self.roster.selectRow(row)
                return

    def _keep_typed_name(self) -> None:
        self._typed = self.person_picker.currentText()

    def _restore_typed_name(self) -> None:
        """The people were read again: keep what the user was typing."""
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.setEditText(self._typed)

    def _selected_row(self) -> int | None:
        index = self.roster.currentIndex()
        return index.row() if index.isValid() else None

    def _update_buttons(self, *_: QModelIndex) -> None:
        row = self._selected_row()
        count = self.crew_model.rowCount()
        self.page_action.setEnabled(row is not None)
        self.remove_action.setEnabled(row is not None)
        self.up_action.setEnabled(row is not None and row > 0)
        self.down_action.setEnabled(row is not None and row < count - 1)

    def open_selected_page(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.person_page_requested.emit(self.crew_model.member(row).person_id)

    def _on_double_click(self, index: QModelIndex) -> None:
        """The role is edited where it is double-clicked; any other cell opens the page."""
        if index.isValid() and index.column() != CrewColumn.ROLE:
            self.person_page_requested.emit(self.crew_model.member(index.row()).person_id)

    # --- editing ----------------------------------------------------------------------------

    def run(self, make: MakeCommand) -> bool:
        """Run an edit of the shown mission; True when it was made.

        A flown mission asks first (the service says so); a refusal is shown here and
        changes nothing; a mission another writer changed is shown again as it is now.
        """
        m = self.mission
        if m is None:
            return False
        try:
            done = run_confirmed(
                make, self.undo_stack, self.show_message, self.confirm, self.tr("Change it anyway?")
            )
        except ConflictError as exc:
            self.service.reload()
            self.stale.emit(m.id)
            self.show_message(str(exc))
            return False
        except UserError as exc:
            self.show_message(str(exc))
            return False
        if done:
            self.show_message("")
        return done

    def _ensure_people(self) -> None:
        """The window reads people after its first paint; a quick user may need them first."""
        if not self.people.loaded:
            self.people.set_people(self.service.people())

    def add_selected_person(self) -> None:
        if self.mission is None:
            return
        self._ensure_people()
        typed = self.person_picker.currentText().strip()
        person_id = self.people.find(typed)
        if person_id is None:
            self.show_message(
                self.tr("No person named '{0}': pick someone from the list.").format(typed)
                if typed
                else self.tr("Choose a person to add.")
            )
            return
        self.add_person(person_id)

    def add_person(self, person_id: int, role: str | None = None, seat: int | None = None) -> bool:
        """Add a person (with the role picker's role unless ``role`` is given)."""
        m = self.mission
        if m is None:
            return False
        self._ensure_people()
        name = self.people.name_of(person_id) or self.tr("person")
        role = self.role_picker.value() if role is None else role
        done = self.run(
            lambda confirm: AddCrewCommand(
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

    def remove_selected(self) -> None:
        m, row = self.mission, self._selected_row()
        if m is None or row is None:
            return
        member = self.crew_model.member(row)
        self.run(
            lambda confirm: RemoveCrewCommand(
                self.service,
                m.id,
                member.person_id,
                member.name,
                confirm=confirm,
                expected_version=m.version,
            )
        )

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        if row is None:
            return
        target = row + step
        if not 0 <= target < self.crew_model.rowCount():
            return
        if self._on_move(self.crew_model.member(row).person_id, target):
            self.roster.selectRow(target)

    def _member_name(self, person_id: int) -> str:
        return next(c.name for c in self.crew_model.members() if c.person_id == person_id)

    def _on_move(self, person_id: int, seat: int) -> bool:
        m = self.mission
        if m is None:
            return False
        name = self._member_name(person_id)
        return self.run(
            lambda confirm: MoveCrewCommand(
                self.service, m.id, person_id, name, seat, confirm=confirm
            )
        )

    def _on_role_edit(self, person_id: int, role: str) -> None:
        m = self.mission
        if m is None:
            return
        name = self._member_name(person_id)
        self.run(
            lambda confirm: SetRoleCommand(
                self.service, m.id, person_id, name, role, confirm=confirm
            )
        )

    def _on_drop_add(self, person_id: int, seat: int) -> None:
        self.add_person(person_id, seat=seat)
