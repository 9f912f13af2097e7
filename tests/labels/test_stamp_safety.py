"""Stamping never loses data: raw-identical members, no-op restamp, atomic replace, refusals."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pikepdf
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

import assetclass
from assetclass.cli.main import main
from assetclass.exceptions import EncryptedFileError, SignedFileError, StampError
from assetclass.labels import docx as docx_codec

from .label_docs import add_parts, docx_bytes, members, pdf_bytes, pptx_bytes, xlsx_bytes

BUILDERS = {
    "docx": lambda: docx_bytes(header="総務課", body=["会議録"]),
    "xlsx": lambda: xlsx_bytes(header="総務課", chart=True),
    "pptx": lambda: pptx_bytes(),
}


def _raw(data: bytes, info: zipfile.ZipInfo) -> bytes:
    z = zipfile.ZipFile(io.BytesIO(data))
    with z.open(info) as fh:  # decompressed
        plain = fh.read()
    start = info.header_offset
    name_len = int.from_bytes(data[start + 26 : start + 28], "little")
    extra_len = int.from_bytes(data[start + 28 : start + 30], "little")
    body = start + 30 + name_len + extra_len
    return plain + data[body : body + info.compress_size]


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_untouched_members_are_byte_identical(fmt: str) -> None:
    original = BUILDERS[fmt]()
    stamped = assetclass.stamp_bytes(original, f"x.{fmt}", level=3)
    before, after = members(original), members(stamped)
    edited = {n for n in before if before[n].CRC != after[n].CRC}
    # only the parts a stamp must touch change
    allowed = {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"}
    allowed |= {
        n for n in before if n.startswith(("word/header", "xl/worksheets/sheet", "ppt/slideMasters/"))
    }
    assert edited <= allowed
    untouched = [n for n in before if n not in edited]
    assert untouched, "some members must stay untouched"
    for name in untouched:
        a, b = before[name], after[name]
        assert (a.CRC, a.compress_size, a.file_size, a.compress_type) == (
            b.CRC,
            b.compress_size,
            b.file_size,
            b.compress_type,
        )
        assert _raw(original, a) == _raw(stamped, b)
    assert assetclass.scan_bytes(stamped, f"x.{fmt}").label == 3


@pytest.mark.parametrize("fmt", [*sorted(BUILDERS), "pdf"])
def test_second_stamp_is_a_noop(tmp_path: Path, fmt: str) -> None:
    data = pdf_bytes() if fmt == "pdf" else BUILDERS[fmt]()
    path = tmp_path / f"doc.{fmt}"
    path.write_bytes(data)
    first = assetclass.stamp_path(path, 2)
    assert first.outcome == "stamped", first.message_en
    stamped = path.read_bytes()
    os.utime(path, (1_000_000_000, 1_000_000_000))
    second = assetclass.stamp_path(path, 2)
    assert second.outcome == "unchanged"
    assert path.read_bytes() == stamped
    assert path.stat().st_mtime == 1_000_000_000
    assert assetclass.scan_path(path).label == 2


def test_higher_label_is_not_lowered_without_force(tmp_path: Path) -> None:
    path = tmp_path / "high.docx"
    path.write_bytes(docx_bytes(header="機密性3"))
    before = path.read_bytes()
    result = assetclass.stamp_path(path, 1)
    assert result.outcome == "refused"
    assert "--force" in result.message_en
    assert path.read_bytes() == before
    forced = assetclass.stamp_path(path, 1, force=True)
    assert forced.outcome == "stamped"
    assert assetclass.scan_path(path).label == 1


def test_lower_label_is_raised_in_place() -> None:
    stamped = assetclass.stamp_bytes(docx_bytes(header="【機密性1】 総務課"), "low.docx", 3)
    result = assetclass.scan_bytes(stamped, "low.docx")
    assert result.label == 3
    assert {lb.level for lb in result.labels} == {3}
    assert "AC104" not in [v.code for v in result.violations]


def test_signed_ooxml_is_refused() -> None:
    data = add_parts(docx_bytes(), {"_xmlsignatures/sig1.xml": b"<Signature/>"})
    with pytest.raises(SignedFileError):
        assetclass.stamp_bytes(data, "signed.docx", 2)


def test_signed_pdf_is_refused() -> None:
    pdf = pikepdf.open(io.BytesIO(pdf_bytes()))
    sig = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Sig, Contents=pikepdf.String(b"\0" * 16)))
    field = pdf.make_indirect(
        pikepdf.Dictionary(FT=pikepdf.Name.Sig, T=pikepdf.String("Signature1"), V=sig, Rect=[0, 0, 0, 0])
    )
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]), SigFlags=3)
    out = io.BytesIO()
    pdf.save(out)
    with pytest.raises(SignedFileError):
        assetclass.stamp_bytes(out.getvalue(), "signed.pdf", 2)


def test_encrypted_files_are_refused(tmp_path: Path) -> None:
    plain = io.BytesIO(docx_bytes())
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt("pw", encrypted)
    with pytest.raises(EncryptedFileError):
        assetclass.stamp_bytes(encrypted.getvalue(), "secret.docx", 2)
    pdf = pikepdf.open(io.BytesIO(pdf_bytes()))
    out = io.BytesIO()
    pdf.save(out, encryption=pikepdf.Encryption(owner="o", user="u"))
    path = tmp_path / "secret.pdf"
    path.write_bytes(out.getvalue())
    result = assetclass.stamp_path(path, 2)
    assert result.outcome == "refused"
    assert path.read_bytes() == out.getvalue()


def test_failed_verification_leaves_original_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "keep.docx"
    original = docx_bytes(header="総務課")
    path.write_bytes(original)

    def broken(self: object, source: object, options: object) -> bytes:
        return original[: len(original) // 2]  # a truncated package: cannot verify

    monkeypatch.setattr(docx_codec.DocxLabels, "stamp", broken)
    result = assetclass.stamp_path(path, 3)
    assert result.outcome == "refused"
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.docx"]  # no temp file left behind


def test_backup_output_dir_and_dry_run(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.docx").write_bytes(docx_bytes())
    (src / "sub").mkdir()
    (src / "sub" / "b.xlsx").write_bytes(xlsx_bytes())
    before = (src / "a.docx").read_bytes()
    assert main(["stamp", str(src), "--level", "2", "--dry-run"]) == 0
    assert (src / "a.docx").read_bytes() == before
    out = tmp_path / "out"
    assert main(["stamp", str(src), "--level", "2", "--output-dir", str(out)]) == 0
    assert (src / "a.docx").read_bytes() == before
    assert assetclass.scan_path(out / "a.docx").label == 2
    assert assetclass.scan_path(out / "sub" / "b.xlsx").label == 2
    assert main(["stamp", str(src / "a.docx"), "--level", "2", "--backup"]) == 0
    assert (src / "a.docx.bak").read_bytes() == before
    assert assetclass.scan_path(src / "a.docx").label == 2


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "ok.docx"
    good.write_bytes(docx_bytes())
    csv = tmp_path / "list.csv"
    csv.write_text("a,b\n", encoding="utf-8")
    assert main(["stamp", str(good), "--level", "3"]) == 0
    assert main(["stamp", str(csv), "--level", "3", "--lang", "en"]) == 1
    assert "file name" in capsys.readouterr().out
    assert main(["stamp", str(tmp_path / "missing.docx")]) == 2
    with pytest.raises(StampError):
        assetclass.stamp_bytes(docx_bytes(header="機密性3"), "x.docx", 2)


def test_temp_file_is_written_beside_the_target_and_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "doc.docx"
    path.write_bytes(docx_bytes())
    calls: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def spy(src: str | os.PathLike[str], dst: str | os.PathLike[str], **kwargs: int) -> None:
        # names are relative to the destination's open folder (src_dir_fd == dst_dir_fd)
        assert kwargs["src_dir_fd"] == kwargs["dst_dir_fd"]
        calls.append((Path(os.readlink(f"/proc/self/fd/{kwargs['dst_dir_fd']}")) / src, tmp_path / dst))
        real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", spy)
    assert assetclass.stamp_path(path, 2).outcome == "stamped"
    ((src, dst),) = calls
    assert src.parent == dst.parent == tmp_path and dst == path and src != path
    assert src.name.startswith(".~assetclass-") and src.suffix == ".tmp"
    assert not src.exists()


def test_folder_walk_skips_non_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.docx").write_bytes(docx_bytes())
    # not a document format (png/jpeg/tiff are: scans read by OCR, labelled by file name like csv)
    (tmp_path / "photo.gif").write_bytes(b"GIF89a" + b"\0" * 32)
    assert main(["stamp", str(tmp_path), "--level", "2", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "photo.gif: skipped" in out
    assert main(["stamp", str(tmp_path / "photo.gif"), "--level", "2"]) == 1  # named explicitly: refused
