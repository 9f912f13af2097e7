"""The bundled demo share: ``python -m corpus.demo OUT [--manifest FILE]``.

A small municipal file share (市民課/, 保育課/, 収納課/, 税務課/, 総務課/, 総務課/公開資料/) of about
30 made-up files: a mix of levels, some already labelled correctly (【機密性3】 in the header, a
``機密性2_…`` file name), some unlabelled, one labelled lower than it requires, a password-protected
workbook, a corrupt file and a scanned PDF without a text layer. ``make demo`` writes it and runs
``assetclass scan`` over it. ``--manifest`` writes what each file should get (outside the share).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from corpus.eval import personal, placement, public
from corpus.eval.context import Ctx, Truth
from corpus.factory.people import Population
from corpus.factory.spec import DocSpec

DEMO_SEED = 4649
DEMO_PASSWORD = "demo-pass"  # a made-up password for the encrypted demo workbook


@dataclass(frozen=True)
class DemoFile:
    path: str  # relative to the share root
    build: Callable[[Ctx, str], tuple[DocSpec, Truth]]
    label: str | None = None  # visible mark put into the header / first cell, e.g. "【機密性3】"
    kind: str = "normal"  # normal, encrypted, corrupt, scanned
    expect: str = ""  # what the demo shows with this file
    properties: tuple[tuple[str, str], ...] = ()  # document properties, e.g. a label as custom property

    @property
    def fmt(self) -> str:
        return Path(self.path).suffix.lstrip(".")


def _bulk(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    return personal.register_extract(ctx, fmt, bulk=True)


def _small(ctx: Ctx, fmt: str) -> tuple[DocSpec, Truth]:
    return personal.register_extract(ctx, fmt, bulk=False)


FILES: list[DemoFile] = [
    DemoFile("市民課/住基抽出_令和7年度.xlsx", _bulk, expect="bulk register, no label → needs 機密性3"),
    DemoFile("市民課/機密性2_転入者名簿.xlsx", _small, expect="labelled 2 by file name, correct"),
    DemoFile(
        "市民課/窓口対応メモ.docx",
        personal.my_number_form,
        "【機密性3】",
        expect="My Number, labelled 3 in header",
    ),
    DemoFile(
        "市民課/住民票の写しの交付について（回答）.docx",
        personal.letter,
        expect="letter to a resident → 2, no label",
    ),
    DemoFile(
        "市民課/個人番号一覧.xlsx",
        personal.my_number_list,
        "【機密性2】",
        expect="My Numbers but labelled 2: mislabelled",
    ),
    DemoFile(
        "市民課/住基_作業用.xlsx", _small, kind="encrypted", expect="password-protected: cannot be inspected"
    ),
    DemoFile("市民課/相談事例の共有.pptx", placement.in_notes, expect="resident only in speaker notes → 2"),
    DemoFile(
        "市民課/介護保険被保険者証の送付について.docx",
        personal.letter,
        expect="letter → 2, labelled 2 only in a custom document property",
        properties=(("custom:機密性", "機密性2"),),
    ),
    DemoFile(
        "保育課/緊急連絡先一覧.xlsx",
        personal.contact_list,
        "取扱注意",
        expect="older mark 取扱注意 (= 2), correct",
    ),
    DemoFile("保育課/保育料滞納者一覧.xlsx", personal.arrears_list, expect="arrears list → 3, no label"),
    DemoFile(
        "保育課/チャット履歴_0612.txt", personal.arrears_memo, expect="chat about a resident's arrears → 3"
    ),
    DemoFile("保育課/見守り連絡先.csv", personal.contact_list, expect="names + phones → 2"),
    DemoFile(
        "保育課/診断書_写し.pdf",
        personal.medical_certificate,
        "【機密性3】",
        expect="medical certificate, labelled 3",
    ),
    DemoFile("保育課/申請状況.xlsx", placement.hidden_sheet, expect="My Numbers on a hidden sheet → 3"),
    DemoFile("保育課/事務連絡.docx", placement.in_comment, expect="arrears only in a comment → 3"),
    DemoFile(
        "保育課/スキャン_申請書.pdf",
        personal.letter,
        kind="scanned",
        expect="image-only PDF: read by OCR → 2 (not inspectable without Tesseract)",
    ),
    DemoFile("収納課/水道料金_未納者リスト.ods", personal.arrears_list, expect="arrears list (ods) → 3"),
    DemoFile("収納課/住民税_滞納状況.xls", personal.arrears_list, expect="arrears list (xls) → 3"),
    DemoFile("収納課/収納対策報告書.pdf", placement.late_page, expect="arrears case on page 3 → 3"),
    DemoFile(
        "収納課/滞納整理事務の基本方針.docx",
        public.arrears_policy,
        "【機密性1】",
        expect="policy text → 1, labelled 1",
    ),
    DemoFile("収納課/物品発注一覧.xlsx", public.order_list, expect="12-digit order numbers → 1"),
    DemoFile(
        "収納課/引継ぎ資料.docx",
        personal.my_number_form,
        kind="corrupt",
        expect="truncated file: error status",
    ),
    DemoFile(
        "税務課/機密性3_扶養控除_個人番号.xlsx",
        personal.my_number_list,
        "【機密性3】",
        expect="labelled 3 in name and header",
    ),
    DemoFile("税務課/個人番号届出書.pdf", personal.my_number_form, expect="My Number → 3, no label"),
    DemoFile("税務課/事務処理報告.docx", placement.in_second_section, expect="My Numbers in section 2 → 3"),
    DemoFile("総務課/当番表.xlsx", public.duty_roster, expect="staff names only → 1"),
    DemoFile("総務課/会議録_情報セキュリティ委員会.docx", public.minutes, expect="dates and staff names → 1"),
    DemoFile("総務課/講座申込チラシ.docx", placement.in_textbox, expect="applicant only in a text box → 2"),
    DemoFile(
        "総務課/公開資料/個人情報の不適切な取扱いについて.pdf",
        public.incident_report,
        "（機密性1）",
        expect="published report → 1",
    ),
    DemoFile("総務課/公開資料/公民館一覧.xlsx", public.facility_list, expect="facility addresses → 1"),
    DemoFile("総務課/公開資料/年齢別人口.csv", public.population_stats, expect="statistics → 1"),
    DemoFile("総務課/公開資料/入札参加資格者名簿.xlsx", public.corporate_list, expect="法人番号 → 1"),
    DemoFile("総務課/公開資料/一般会計歳出予算.xls", public.budget_table, expect="budget → 1"),
    DemoFile("総務課/公開資料/郵便番号一覧.csv", public.postal_table, expect="postal codes → 1"),
]


def _with_label(spec: DocSpec, label: str) -> DocSpec:
    """Put a visible mark where an officer would: the page header, or each sheet's header."""
    if spec.sheets:
        return replace(spec, sheets=[replace(s, header=label) for s in spec.sheets])
    return replace(spec, header=label if spec.header is None else f"{label}　{spec.header}")


def _scanned_pdf(lines: Sequence[str]) -> bytes:
    """A 'scan': the page is one raster image of the text, with no text layer at all."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font: Any
    try:
        font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 30, index=0)
    except OSError:
        font = None  # no CJK font: grey bars stand in for the text lines
    for i, line in enumerate(lines[:30]):
        y = 120 + i * 52
        if font is not None:
            draw.text((100, y), line, fill=0, font=font)
        else:
            draw.rectangle((100, y, 100 + 24 * len(line), y + 26), fill=90)
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=True)
    width, height = A4
    pdf.drawImage(ImageReader(image), 0, 0, width=width, height=height)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _encrypt_ooxml(data: bytes, password: str) -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def build(out: Path, seed: int = DEMO_SEED) -> list[dict[str, Any]]:
    """Write the demo share into ``out`` (emptied first); return one expectation row per file."""
    from corpus.factory.writers import render

    if out.exists():
        shutil.rmtree(out)
    rows: list[dict[str, Any]] = []
    for i, item in enumerate(FILES):
        rng = random.Random(f"demo:{seed}:{i}")
        ctx = Ctx(rng=rng, pop=Population(rng, "a"))
        spec, truth = item.build(ctx, item.fmt)
        if item.label:
            spec = _with_label(spec, item.label)
        if item.properties:
            spec = replace(spec, properties={**spec.properties, **dict(item.properties)})
        target = out / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if item.kind == "scanned":
            lines = [spec.title, *spec.paragraphs]
            data = _scanned_pdf([line for line in lines if line])
        else:
            data = render(spec, item.fmt)
            if item.kind == "encrypted":
                data = _encrypt_ooxml(data, DEMO_PASSWORD)
            elif item.kind == "corrupt":
                data = data[: len(data) // 3]  # a copy interrupted mid-transfer
        target.write_bytes(data)
        rows.append(
            {
                "path": item.path,
                "kind": item.kind,
                "level": truth.level if item.kind == "normal" else None,
                "label": item.label or dict(item.properties).get("custom:機密性"),
                "expect": item.expect,
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.demo", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=DEMO_SEED)
    parser.add_argument("--manifest", type=Path, help="write the expected result per file (JSON Lines)")
    args = parser.parse_args(argv)
    rows = build(args.out, args.seed)
    if args.manifest:
        args.manifest.parent.mkdir(parents=True, exist_ok=True)
        args.manifest.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    print(f"demo share: {len(rows)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
