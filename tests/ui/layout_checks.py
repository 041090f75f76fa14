"""What a window at the smallest screen the users have shows cut short: labels, buttons,
tabs, column headings, toolbars hiding their buttons (used in every language)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QTabBar, QToolBar, QWidget

SIZE = (1366, 768)  # the laptops' screens


def name(widget: QLabel | QAbstractButton) -> str:
    return f"{type(widget).__name__} {widget.text()!r} in {type(widget.parentWidget()).__name__}"


def words_cut(widget: QLabel | QAbstractButton) -> str | None:
    """How a label's or button's words do not show whole, if they do not."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        if widget.height() < widget.heightForWidth(widget.width()):
            return f"{name(widget)}: wrapped lines cut off"
    else:
        needed = (
            widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
        ).width()
        if widget.width() < needed:
            return f"{name(widget)}: {widget.width()} of {needed} px"
    # Cut by a parent too narrow for it (scrolled out of view up or down is fine).
    seen = widget.visibleRegion().boundingRect()
    if not seen.isEmpty() and seen.width() < widget.width():
        return f"{name(widget)}: {seen.width()} of {widget.width()} px shown"
    return None


def headings_cut(header: QHeaderView) -> list[str]:
    return [
        f"heading {header.model().headerData(section, header.orientation())!r}: "
        f"{header.sectionSize(section)} of {header.sectionSizeHint(section)} px"
        for section in range(header.count())
        if not header.isSectionHidden(section)
        and header.sectionSize(section) < header.sectionSizeHint(section)
    ]


def cut_short(window: QWidget) -> list[str]:
    """What on the window's visible part does not show whole, said in a line each."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            cut = words_cut(widget)
            found += [cut] if cut else []
        elif isinstance(widget, QTabBar):
            found += [
                f"tab {widget.tabText(index)!r} elided"
                for index in range(widget.count())
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width()
            ]
        elif isinstance(widget, QHeaderView):
            found += headings_cut(widget)
        elif isinstance(widget, QToolBar):
            extension = widget.findChild(QAbstractButton, "qt_toolbar_ext_button")
            if extension is not None and extension.isVisible():
                words = [action.text() for action in widget.actions()]
                found.append(f"toolbar {words} hides buttons behind »")
    return found
