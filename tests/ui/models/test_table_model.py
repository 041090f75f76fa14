"""The base of the table models on its own, with a table of two columns: Qt's model tester
(QAbstractItemModelTester, through pytest-qt) and the answers every table gives the same way."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.models.roles import Role
from ui.models.table_model import RecordTableModel


@dataclass(frozen=True)
class Letter:
    uuid: str
    counterpart: str


class Column(IntEnum):
    UUID = 0
    COUNTERPART = 1


class LetterModel(RecordTableModel[Letter, Column]):
    def __init__(self) -> None:
        super().__init__(Column, {Column.UUID: "Id", Column.COUNTERPART: "Counterpart"})

    def cell(self, record: Letter, column: Column, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return record.uuid if column is Column.UUID else record.counterpart


LETTERS = [Letter("a1", "Xarici İşlər Nazirliyi"), Letter("b2", "Міністерство закордонних справ")]


def test_the_base_passes_qts_model_tester_while_its_rows_change(
    qtmodeltester: ModelTester,
) -> None:
    model = LetterModel()
    qtmodeltester.check(model)  # empty
    model.set_rows(LETTERS)
    qtmodeltester.check(model)
    model.set_rows(LETTERS[1:])
    qtmodeltester.check(model)


def test_cells_headers_and_the_shared_roles(qtbot: QtBot) -> None:
    model = LetterModel()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(LETTERS)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no row has children
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Id",
        "Counterpart",
    ]
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, Column.COUNTERPART).data() == "Xarici İşlər Nazirliyi"
    assert model.index(1, Column.COUNTERPART).data() == "Міністерство закордонних справ"
    assert model.index(1, Column.UUID).data(Role.RECORD) == LETTERS[1]
    assert model.index(1, Column.COUNTERPART).data(Role.UUID) == "b2"
    assert model.record_at(0) == LETTERS[0]
    assert model.data(QModelIndex()) is None
    assert model.data(model.createIndex(5, 0)) is None  # a stale index past the last row
    assert model.data(model.createIndex(0, 7)) is None
