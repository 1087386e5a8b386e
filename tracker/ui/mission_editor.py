"""The mission editor: every field of a mission, new or edited, saved as one undo command.

Like the other record dialogs (``tracker.ui.editors``) it never writes: Save turns its
``values()`` into an ``UpdateMissionCommand`` or a ``CreateRecordCommand``; a refusal is
shown in the dialog and nothing changes. Its NET and launch window move together.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from tracker.ui import words
from tracker.ui.catalog_commands import CreateRecordCommand, UpdateMissionCommand
from tracker.ui.editors import Editors, RecordDialog, agency_items, combo, line_edit, none_label
from tracker.ui.instant_edit import InstantEdit
from tracker.ui.service import DataService
from tracker.ui.undo import Confirm, ServiceCommand
from tracker.vocabulary import LaunchStatus, NetPrecision, VehicleKind


def status_choice(status: LaunchStatus) -> str:
    """'Go \u2014 Go for Launch': the list's short name, then the long one where a language has
    two ('Angehalten' once in German)."""
    short, long = words.status_short(status), words.status_text(status)
    return short if short == long else f"{short} \u2014 {long}"


class MissionDialog(RecordDialog):
    """A mission's fields; a moved NET takes the launch window along and goes to its history.

    A new mission's NET starts empty ("not given yet") and Save is refused in place until one
    is given: a NET of "now" filled in by the form made a mission saved with only a name the
    next launch. (The schema needs a NET on every mission; a mission without one would need
    a nullable NET in the store.)
    """

    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        mission_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        detail = service.mission(mission_id) if mission_id is not None else None
        title = Editors.tr("Edit {0}").format(detail.name) if detail else Editors.tr("New mission")
        super().__init__(service, undo_stack, confirm, title, parent)
        self.detail = detail
        vehicles = service.vehicles()
        agencies = service.agencies()

        def craft(kind: VehicleKind) -> list[tuple[str, Any]]:
            return [(none_label(), None), *((v.name, v.id) for v in vehicles if v.kind is kind)]

        now = service.now().replace(second=0, microsecond=0)
        net = detail.net if detail else now
        self.name = line_edit(detail.name if detail else "", "nameEdit")
        self.status = combo(
            [(status_choice(s), s.value) for s in LaunchStatus],
            (detail.status if detail else LaunchStatus.TBD).value,
            "statusCombo",
        )
        self.spacecraft = combo(
            craft(VehicleKind.SPACECRAFT),
            detail.spacecraft_id if detail else None,
            "spacecraftCombo",
        )
        self.capsule = line_edit(detail.capsule if detail else "", "capsuleEdit")
        self.launcher = combo(
            craft(VehicleKind.LAUNCHER), detail.launcher_id if detail else None, "launcherCombo"
        )
        self.operator = combo(
            agency_items(agencies, none_label()),
            detail.operator_id if detail else None,
            "operatorCombo",
        )
        self.launch_site = line_edit(detail.launch_site if detail else "", "launchSiteEdit")
        self.destination = line_edit(detail.destination if detail else "", "destinationEdit")
        self.net = InstantEdit(optional=detail is None, unset_text=Editors.tr("not given yet"))
        self.net.setObjectName("netEdit")
        self.net.set_value(detail.net if detail else None, net)
        self.precision = combo(
            [(words.precision_text(p), p.value) for p in NetPrecision],
            (detail.net_precision if detail else NetPrecision.DAY).value,
            "precisionCombo",
        )
        self.window_start = InstantEdit(optional=True)
        self.window_start.setObjectName("windowStartEdit")
        self.window_start.set_value(detail.window_start if detail else None, net)
        self.window_end = InstantEdit(optional=True)
        self.window_end.setObjectName("windowEndEdit")
        self.window_end.set_value(detail.window_end if detail else None, net)
        self.landing = InstantEdit(optional=True)
        self.landing.setObjectName("landingEdit")
        self.landing.set_value(detail.landing if detail else None, net)
        self.description = QPlainTextEdit(detail.description if detail else "")
        self.description.setObjectName("descriptionEdit")
        self.description.setTabChangesFocus(True)
        self.source = QPlainTextEdit(detail.source if detail else "")
        self.source.setObjectName("sourceEdit")
        self.source.setTabChangesFocus(True)
        for text in (self.description, self.source):
            text.setMaximumHeight(text.fontMetrics().lineSpacing() * 5)
        self.reason = line_edit("", "reasonEdit")
        self.reason.setPlaceholderText(
            Editors.tr("why the NET moved (kept in the schedule history)")
        )

        self.form.addRow(Editors.tr("&Name:"), self.name)
        self.form.addRow(Editors.tr("S&tatus:"), self.status)
        self.form.addRow(Editors.tr("&Spacecraft:"), self.spacecraft)
        self.form.addRow(Editors.tr("Ca&psule:"), self.capsule)
        self.form.addRow(Editors.tr("&Launcher:"), self.launcher)
        self.form.addRow(Editors.tr("&Operator:"), self.operator)
        self.form.addRow(Editors.tr("Launch s&ite:"), self.launch_site)
        self.form.addRow(Editors.tr("&Destination:"), self.destination)
        self.form.addRow(Editors.tr("N&ET:"), self.net)
        self.form.addRow(Editors.tr("NET p&recision:"), self.precision)
        self.form.addRow(Editors.tr("&Window opens:"), self.window_start)
        self.form.addRow(Editors.tr("Window &closes:"), self.window_end)
        self.form.addRow(Editors.tr("Landin&g:"), self.landing)
        self.form.addRow(Editors.tr("Descriptio&n:"), self.description)
        self.form.addRow(Editors.tr("So&urce:"), self.source)
        if detail is not None:
            self.form.addRow(Editors.tr("&Reason for a NET change:"), self.reason)
        self._net_ms = self.net.edit.dateTime().toMSecsSinceEpoch()
        self.net.edit.dateTimeChanged.connect(self._net_moved)

    def _net_moved(self, value: QDateTime) -> None:
        """The launch window moves with its NET, as it does in the repository."""
        ms = value.toMSecsSinceEpoch()
        delta, self._net_ms = ms - self._net_ms, ms
        self.window_start.shift(delta)
        self.window_end.shift(delta)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "status": self.status.currentData(),
            "spacecraft_id": self.spacecraft.currentData(),
            "capsule": self.capsule.text(),
            "launcher_id": self.launcher.currentData(),
            "operator_id": self.operator.currentData(),
            "launch_site": self.launch_site.text(),
            "destination": self.destination.text(),
            "net": self.net.value(),
            "net_precision": self.precision.currentData(),
            "window_start": self.window_start.value(),
            "window_end": self.window_end.value(),
            "landing": self.landing.value(),
            "description": self.description.toPlainText(),
            "source": self.source.toPlainText(),
        }

    def accept(self) -> None:
        if self.net.value() is None:
            self.message.show_text(
                Editors.tr(
                    "Give a NET: the earliest the mission may launch, as precisely as it is "
                    "known (a year is enough: choose the precision Year)."
                )
            )
            return
        super().accept()

    def command(self, confirm: bool) -> ServiceCommand:
        values = self.values()
        if self.detail is None:
            return CreateRecordCommand(self.service, "mission", values)
        return UpdateMissionCommand(
            self.service,
            self.detail.id,
            self.detail.name,
            values,
            reason=self.reason.text(),
            confirm=confirm,
            expected_version=self.detail.version,
        )
