"""Pre-save hooks with real python-docx, openpyxl and docxtpl documents."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import docx
import openpyxl
import pytest
from docxtpl import DocxTemplate

import assetclass
from assetclass import ConfigError, Engine, SaveRefusedError, hookimpl
from assetclass.integrations.presave import PreSaveWarning, check_before_save, guarded_save, safe_save

from .sample_docs import MY_NUMBER, secret_docx

REPO = Path(__file__).resolve().parents[2]


def engine_with(**hooks: object) -> Engine:
    config = assetclass.load_config(search=False)
    if hooks:
        config = config.with_overrides({"hooks": hooks})
    return Engine(config=config)


def test_refuse_writes_nothing_and_names_no_values(tmp_path: Path) -> None:
    target = tmp_path / "通知.docx"
    with pytest.raises(SaveRefusedError) as info:
        safe_save(secret_docx(), target, mode="refuse")
    assert not target.exists()
    exc = info.value
    assert "機密性3" in exc.message_ja and "level 3" in exc.message_en
    for text in (exc.message_ja, exc.message_en, str(exc)):
        assert MY_NUMBER[:4] not in text and "山田" not in text
    assert exc.result is not None and exc.result.level == 3  # type: ignore[attr-defined]


def test_warn_saves_unchanged_and_warns(tmp_path: Path) -> None:
    target = tmp_path / "通知.docx"
    with pytest.warns(PreSaveWarning, match="level 3"):
        outcome = safe_save(secret_docx(), target, mode="warn")
    assert outcome.action == "warned" and outcome.needs_label
    saved = assetclass.scan_path(target)
    assert saved.level == 3 and saved.label is None


def test_stamp_saves_the_label(tmp_path: Path) -> None:
    target = tmp_path / "通知.docx"
    outcome = safe_save(secret_docx(), target, mode="stamp")
    assert outcome.action == "stamped"
    saved = assetclass.scan_path(target)
    assert saved.level == 3 and saved.label == 3
    # the document's own content survives the stamp
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "住民税 納税通知書" in texts


def test_stamp_workbook(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "名簿"
    ws.append(["氏名", "個人番号"])
    ws.append(["山田 太郎", MY_NUMBER])
    target = tmp_path / "名簿.xlsx"
    outcome = safe_save(wb, target, mode="stamp")
    assert outcome.action == "stamped"
    assert assetclass.scan_path(target).label == 3
    assert openpyxl.load_workbook(target)["名簿"]["B2"].value == MY_NUMBER


def test_clean_document_is_saved_untouched_even_in_refuse_mode(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("会議のお知らせ: 来週月曜日 10時から")
    target = tmp_path / "お知らせ.docx"
    outcome = safe_save(doc, target, mode="refuse")
    assert outcome.action == "unchanged" and not outcome.needs_label
    assert target.read_bytes() == outcome.data
    assert assetclass.scan_path(target).label is None


def test_docxtpl_rendered_template(tmp_path: Path) -> None:
    template = docx.Document()
    template.add_paragraph("{{ name }} 様")
    template.add_paragraph("個人番号 {{ number }}")
    template.save(tmp_path / "tpl.docx")
    tpl = DocxTemplate(str(tmp_path / "tpl.docx"))
    tpl.render({"name": "山田 太郎", "number": MY_NUMBER})
    with pytest.raises(SaveRefusedError):
        safe_save(tpl, tmp_path / "通知.docx", mode="refuse")
    outcome = safe_save(tpl, tmp_path / "通知.docx", mode="stamp")
    assert outcome.action == "stamped"
    assert assetclass.scan_path(tmp_path / "通知.docx").label == 3


def test_mode_from_configuration(tmp_path: Path) -> None:
    engine = engine_with(presave_mode="refuse")
    with pytest.raises(SaveRefusedError):
        safe_save(secret_docx(), tmp_path / "a.docx", engine=engine)
    # an explicit mode wins over the configuration
    outcome = safe_save(secret_docx(), tmp_path / "a.docx", mode="allow", engine=engine)
    assert outcome.action == "unchanged"


def test_min_level_from_configuration() -> None:
    outcome = check_before_save(secret_docx(), mode="refuse", engine=engine_with(min_level=4))
    assert not outcome.needs_label and outcome.action == "unchanged"


def test_plugin_overrides_mode(tmp_path: Path) -> None:
    seen: list[str] = []

    def pre_save(result: assetclass.FileResult, mode: str) -> str | None:
        seen.append(mode)
        return "refuse" if result.level == 3 else None

    plugin = SimpleNamespace(assetclass_pre_save=hookimpl(pre_save))
    engine = Engine(config=assetclass.load_config(search=False), extra_plugins=[plugin])
    with pytest.raises(SaveRefusedError):
        safe_save(secret_docx(), tmp_path / "a.docx", mode="allow", engine=engine)
    assert seen == ["allow"]
    assert not (tmp_path / "a.docx").exists()


def test_unknown_mode_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown pre-save mode"):
        check_before_save(secret_docx(), mode="shred")


def test_guarded_save_creates_and_stamps(tmp_path: Path) -> None:
    target = tmp_path / "一覧.xlsx"
    guard = guarded_save(target, mode="stamp")
    with guard as wb:
        wb.active.append(["氏名", "個人番号"])
        wb.active.append(["鈴木 花子", MY_NUMBER])
    assert guard.outcome is not None and guard.outcome.action == "stamped"
    assert assetclass.scan_path(target).label == 3


def test_guarded_save_saves_nothing_when_the_block_fails(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    with pytest.raises(RuntimeError), guarded_save(target, mode="allow") as doc:
        doc.add_paragraph("途中")
        raise RuntimeError("generator failed")
    assert not target.exists()


def test_examples_in_the_integration_docs_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (REPO / "docs" / "integration" / "presave.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) >= 4
    monkeypatch.chdir(tmp_path)
    for i, code in enumerate(blocks):
        exec(compile(code, f"presave.md block {i + 1}", "exec"), {"__name__": "__main__"})
    assert assetclass.scan_path(tmp_path / "通知書.docx").label == 3
    assert not (tmp_path / "名簿.xlsx").exists()  # refused
    assert assetclass.scan_path(tmp_path / "一覧.xlsx").label == 3
    assert assetclass.scan_path(tmp_path / "通知_山田.docx").label == 3


def test_guarded_save_presentation(tmp_path: Path) -> None:
    target = tmp_path / "説明資料.pptx"
    guard = guarded_save(target, mode="stamp")
    with guard as prs:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = "対象者"
        slide.placeholders[1].text = f"山田 太郎 様 個人番号 {MY_NUMBER}"
    assert guard.outcome is not None and guard.outcome.action == "stamped"
    assert assetclass.scan_path(target).label == 3


def test_project_configuration_is_found_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "assetclass.toml").write_text('[hooks]\npresave_mode = "refuse"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SaveRefusedError):
        safe_save(secret_docx(), tmp_path / "a.docx")  # no mode, no config: the project's file decides
    assert not (tmp_path / "a.docx").exists()
