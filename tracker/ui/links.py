"""A mission's webcasts and information links, in the detail, opened in the browser.

The order is the store's, which is Launch Library 2's (webcasts first, then by its
priority). Each link reads as its title and the site it goes to, as plain text (views do not
guess rich text), with a "LIVE" badge while Launch Library 2 says the webcast is live. Only
web addresses (http, https) are opened: a link comes from a file or a sync, so it is data,
and a ``file:`` or ``javascript:`` address must not run from a click.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from tracker.store.records import LinkRow
from tracker.ui.i18n import Context
from tracker.ui.labels import plain_tooltip
from tracker.vocabulary import LinkKind

WEB_SCHEMES = frozenset({"http", "https"})
LIVE_ROLE = Qt.ItemDataRole.UserRole + 1
URL_ROLE = Qt.ItemDataRole.UserRole + 2
LIVE_COLOUR = "#c0392b"
Index = QModelIndex | QPersistentModelIndex
Opener = Callable[[QUrl], bool]


def web_url(text: str) -> QUrl | None:
    """The address as a QUrl if it is a web address with a host, else None."""
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    if url.isValid() and url.scheme().lower() in WEB_SCHEMES and url.host():
        return url
    return None


class Links(Context):
    pass


def live_text() -> str:
    """The badge on a webcast that is live now."""
    return Links.tr("LIVE")


def link_text(link: LinkRow) -> str:
    """'Official webcast — youtube.com': the title and where it leads (the site alone for
    a link with no title)."""
    url = web_url(link.url)
    host = url.host() if url is not None else link.url
    title = link.title.strip()
    return f"{title} \u2014 {host}" if title and title != host else host


class LinkListModel(QAbstractListModel):
    """The links of one mission, in the order given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._links: tuple[LinkRow, ...] = ()

    def set_links(self, links: Sequence[LinkRow]) -> None:
        self.beginResetModel()
        self._links = tuple(links)
        self.endResetModel()

    def link(self, row: int) -> LinkRow:
        return self._links[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._links)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._links):
            return None
        link = self._links[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return link_text(link)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(link.url)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if link.kind is LinkKind.WEBCAST:
                text = self.tr("Webcast, live: {0}") if link.live else self.tr("Webcast: {0}")
            else:
                text = self.tr("Link: {0}")
            return text.format(link_text(link))
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = (
                QStyle.StandardPixmap.SP_MediaPlay
                if link.kind is LinkKind.WEBCAST
                else QStyle.StandardPixmap.SP_FileDialogInfoView
            )
            return QApplication.style().standardIcon(pixmap)
        if role == LIVE_ROLE:
            return link.live
        if role == URL_ROLE:
            return link.url
        return None


def _bold(font: QFont) -> QFont:
    """A bold copy (an option's font is its own: changing it would bolden the item)."""
    bold = QFont(font)
    bold.setBold(True)
    return bold


class LiveBadgeDelegate(QStyledItemDelegate):
    """Draws the item, then a red 'LIVE' patch at its right end while the webcast is live."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not index.data(LIVE_ROLE):
            super().paint(painter, option, index)
            return
        badge = self._badge_rect(option)
        shrunk = QStyleOptionViewItem(option)
        shrunk.rect = option.rect.adjusted(0, 0, -badge.width() - 8, 0)
        super().paint(painter, shrunk, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LIVE_COLOUR))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(_bold(option.font))
        painter.setPen(QColor(Qt.GlobalColor.white))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, live_text())
        painter.restore()

    def _badge_rect(self, option: QStyleOptionViewItem) -> QRect:
        metrics = QFontMetrics(_bold(option.font))
        width = metrics.horizontalAdvance(live_text()) + 16
        height = min(option.rect.height() - 4, metrics.height() + 4)
        rect = option.rect
        return QRect(rect.right() - width - 4, rect.center().y() - height // 2, width, height)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 60, max(size.height(), option.fontMetrics.height() + 8))


class LinkList(QListView):
    """``missionLinks``: a click (or Enter) opens the link in the browser; a refusal is said
    through ``message``. ``opener`` is QDesktopServices.openUrl (tests give their own)."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionLinks")
        self.setAccessibleName(self.tr("Webcasts and links"))
        self.links = LinkListModel(self)
        self.setModel(self.links)
        self.setItemDelegate(LiveBadgeDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.opener: Opener = QDesktopServices.openUrl
        self.clicked.connect(self.open_index)
        self.activated.connect(self.open_index)

    def set_links(self, links: Sequence[LinkRow]) -> None:
        """Show ``links`` (in their order), the list as tall as they need."""
        self.links.set_links(links)
        rows = self.links.rowCount()
        height = sum(self.sizeHintForRow(r) for r in range(rows)) + 2 * self.frameWidth()
        self.setFixedHeight(max(height, 0))
        self.setVisible(rows > 0)

    def open_index(self, index: QModelIndex) -> bool:
        return self.open(str(index.data(URL_ROLE) or ""))

    def open(self, address: str) -> bool:
        """Open a web address in the browser; anything else is refused, said, not opened."""
        url = web_url(address)
        if url is None:
            self.message.emit(
                self.tr("Not opened: {0} is not a web address (http or https)").format(
                    repr(address)
                )
            )
            return False
        if not self.opener(url):
            self.message.emit(
                self.tr("Could not open {0}: no browser answered").format(url.toDisplayString())
            )
            return False
        return True
