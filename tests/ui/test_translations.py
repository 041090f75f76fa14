"""The interface's Qt translations (resources/translations/casefiles_LANG.ts): complete, in step
with the code, placeholders and plural forms kept; and no user-visible literal left outside
tr() in ui/."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from casefiles.resources import TRANSLATION_DIR

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
# Qt's plural rules: Ukrainian and Russian have three forms, Azerbaijani two.
NUMERUS_FORMS = {"az": 2, "uk": 3, "ru": 3}
PLACEHOLDER = re.compile(r"%(?:\d|n)")


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or its numerus forms


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    numerus,
                    translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    forms,
                )
            )
    return messages


TS_FILES = {language: TRANSLATION_DIR / f"casefiles_{language}.ts" for language in NUMERUS_FORMS}


@pytest.fixture(params=sorted(NUMERUS_FORMS), scope="module")
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_every_message_is_translated(language: str) -> None:
    """Fails until the translators have filled the .ts files (after lupdate on main)."""
    missing = [
        f"{m.context}: {m.source!r}"
        for m in read_ts(TS_FILES[language])
        if m.unfinished or not all(form.strip() for form in m.forms)
    ]
    assert not missing, f"{len(missing)} untranslated in {language}, e.g. {missing[:5]}"


def test_translations_keep_placeholders_and_plural_forms(language: str) -> None:
    wrong = []
    for m in read_ts(TS_FILES[language]):
        if m.numerus and len(m.forms) != NUMERUS_FORMS[language]:
            wrong.append(f"{m.source!r}: {len(m.forms)} plural forms")
        for form in m.forms:
            if form and sorted(set(PLACEHOLDER.findall(form))) != sorted(
                set(PLACEHOLDER.findall(m.source))
            ):
                wrong.append(f"{m.source!r} → {form!r}")
    assert not wrong, wrong


# The code's side: what tr() and translate() are called with -----------------------------------


@dataclass(frozen=True, slots=True)
class Call:
    where: str
    context: str
    source: str
    comment: str
    numerus: bool


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def translated_calls(path: Path) -> list[Call]:
    """Every self.tr("…"), translate("Context", "…") and QT_TRANSLATE_NOOP("Context", "…")."""
    calls: list[Call] = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                where = f"{path.relative_to(ROOT)}:{child.lineno}"
                args = child.args
                if name == "tr" and args and (source := _text(args[0])) is not None:
                    comment = _text(args[1]) if len(args) > 1 else ""
                    calls.append(Call(where, cls, source, comment or "", len(args) > 2))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                    context, source = _text(args[0]), _text(args[1])
                    if context is not None and source is not None:
                        comment = _text(args[2]) if len(args) > 2 else ""
                        calls.append(Call(where, context, source, comment or "", False))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return calls


def ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_the_ts_files_hold_every_message_of_the_code() -> None:
    """lupdate was run after the last change (tools/translations.py update), and found every
    call: its Python parser skips some forms (a call inside translate()'s arguments), and a
    plural through translate() is not seen as one (plurals go through self.tr)."""
    code = [call for path in ui_files() for call in translated_calls(path)]
    assert code, "no tr() calls found: the scan is broken"
    for language, path in TS_FILES.items():
        held = {(m.context, m.source, m.comment): m.numerus for m in read_ts(path)}
        missing = [c for c in code if (c.context, c.source, c.comment) not in held]
        assert not missing, (
            f"{language}: not in the .ts (run tools/translations.py update): "
            + ", ".join(f"{c.where} {c.source!r}" for c in missing[:5])
        )
        not_plural = [c for c in code if c.numerus and not held[(c.context, c.source, c.comment)]]
        assert not not_plural, [f"{c.where} {c.source!r}" for c in not_plural]


# No user-visible literal outside tr() ------------------------------------------------------

# Calls whose first argument (or the argument at the index given) is shown to the user.
SHOWN_FIRST = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setTitle", "setLabelText",
    "setInformativeText", "setDetailedText", "setSpecialValueText", "setSuffix", "setPrefix",
    "showMessage", "setIconText", "addMenu", "addItem", "addItems", "setHeaderLabels",
    "setHorizontalHeaderLabels", "QLabel", "QAction", "QPushButton", "QCheckBox",
    "QRadioButton", "QGroupBox", "QMenu", "QToolButton", "QDockWidget", "QListWidgetItem",
}  # fmt: skip
SHOWN_AT = {
    "addTab": (1, 2), "setTabText": (1,), "addRow": (0,), "insertRow": (1,),
    "inform": (1, 2), "ask": (1, 2, 3, 4), "show_error": (2,), "add_field": (1, 3),
    "getText": (1, 2), "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3), "getExistingDirectory": (1,), "information": (1, 2),
    "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
}  # fmt: skip
# Not words: the app's name, file suffixes.
NOT_WORDS = re.compile(r"Casefiles|\.\w+")
# The other helper's folders (printing, timeline, headquarters) are checked on main.
# ui/screenshots.py types a user's text into the app it photographs.
OWN = [
    path
    for path in ui_files()
    if path.parent.name not in {"printing", "timeline", "headquarters"}
    and path.name != "screenshots.py"
]


def _is_words(text: str) -> bool:
    return any(c.isalpha() for c in text) and not NOT_WORDS.fullmatch(text.strip())


def _bare_words(node: ast.expr) -> list[str]:
    """The literal words in an argument that do not pass through tr()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _is_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = [str(v.value) for v in node.values if isinstance(v, ast.Constant)]
        return [ast.unparse(node)] if any(map(_is_words, parts)) else []
    if isinstance(node, ast.IfExp):
        return _bare_words(node.body) + _bare_words(node.orelse)
    if isinstance(node, ast.BinOp):
        return _bare_words(node.left) + _bare_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [word for element in node.elts for word in _bare_words(element)]
    return []


def untranslated(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        indexes: tuple[int, ...] = (0,) if name in SHOWN_FIRST else SHOWN_AT.get(name, ())
        # QPushButton(icon(…), "text"), QAction(icon, "text", parent)
        buttons = ("QPushButton", "QAction", "QToolButton")
        if name in buttons and node.args and isinstance(node.args[0], ast.Call):
            indexes = (1,)
        for index in indexes:
            if index < len(node.args):
                found += [f"{path.relative_to(root)}:{node.lineno} {name}({word!r})"
                          for word in _bare_words(node.args[index])]  # fmt: skip
    return found


def test_no_user_visible_literal_escapes_tr() -> None:
    found = [line for path in OWN for line in untranslated(path)]
    assert not found, "\n".join(found)


def test_the_scan_finds_a_bare_literal(tmp_path: Path) -> None:
    """The scan itself: each way a literal reaches the screen is caught, tr() is not."""
    source = tmp_path / "sample.py"
    source.write_text(
        "label = QLabel('Bare', self)\n"
        "box.setToolTip(f'Tip {n}')\n"
        "inform(self, 'Title', self.tr('Fine'))\n"
        "QPushButton(icon('x'), 'Press', self)\n"
        "model.setHorizontalHeaderLabels(['One', self.tr('Two')])\n"
        "target.setText(f'{chosen}.zip')\n"
        "w.setWindowTitle(self.tr('Fine'))\n",
        encoding="utf-8",
    )
    words = [line.split(" ", 1)[1] for line in untranslated(source, tmp_path)]
    assert words == [
        "QLabel('Bare')",
        "setToolTip(\"f'Tip {n}'\")",
        "inform('Title')",
        "QPushButton('Press')",
        "setHorizontalHeaderLabels('One')",
    ]
