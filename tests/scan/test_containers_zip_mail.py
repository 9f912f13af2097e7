"""Containers: zip (UTF-8 and CP932 member names), .eml, .msg; nesting; the highest level wins."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

from .conftest import ScanRunner


def _zip(members: dict[str, bytes], *, cp932: bool = False) -> bytes:
    """A zip; with ``cp932`` the member names are CP932 bytes with flag bit 11 clear, as old
    Windows Explorer writes them (zipfile itself would write UTF-8, so placeholders are patched)."""
    buf = io.BytesIO()
    raw_names: dict[bytes, bytes] = {}
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, (name, data) in enumerate(members.items()):
            if cp932:
                raw = name.encode("cp932")
                placeholder = (f"@{i}@" + "Q" * len(raw))[: len(raw)].encode("ascii")
                raw_names[placeholder] = raw
                zf.writestr(placeholder.decode("ascii"), data)
            else:
                zf.writestr(name, data)
    data = buf.getvalue()
    for placeholder, raw in raw_names.items():
        assert data.count(placeholder) == 2  # local header + central directory
        data = data.replace(placeholder, raw)
    if cp932:
        assert not zipfile.ZipFile(io.BytesIO(data)).infolist()[0].flag_bits & 0x800
    return data


def test_zip_members_classified_and_container_takes_highest_level(
    tmp_path: Path, scan_jsonl: ScanRunner
) -> None:
    inner = _zip({"deep/x.txt": b"LEVEL3 here\n"})
    (tmp_path / "a.zip").write_bytes(
        _zip({"folder/plain.txt": b"nothing\n", "folder/two.csv": b"a,LEVEL2\n", "inner.zip": inner})
    )
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    assert len(lines) == 1
    top = lines[0]
    assert top["format"] == "zip" and top["level"] == 3
    members = {m["path"]: m for m in top["members"]}
    base = str(tmp_path / "a.zip")
    assert members[f"{base}!/folder/plain.txt"]["level"] == 1
    assert members[f"{base}!/folder/two.csv"]["level"] == 2
    nested = members[f"{base}!/inner.zip"]
    assert nested["level"] == 3
    assert nested["members"][0]["path"] == f"{base}!/inner.zip!/deep/x.txt"
    assert nested["members"][0]["container"] == f"{base}!/inner.zip"


def test_cp932_member_names(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    (tmp_path / "sjis.zip").write_bytes(_zip({"住民票/名簿.txt": b"LEVEL2\n"}, cp932=True))
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    member = lines[0]["members"][0]
    assert member["path"].endswith("sjis.zip!/住民票/名簿.txt")
    assert member["level"] == 2


def test_eml_body_and_attachments(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    msg = EmailMessage()
    msg["From"] = "a@example.invalid"
    msg["To"] = "b@example.invalid"
    msg["Subject"] = "送付"
    msg.set_content("本文です LEVEL2\n")
    msg.add_attachment(b"LEVEL3\n", maintype="text", subtype="plain", filename="名簿.txt")
    msg.add_attachment(_zip({"x.txt": b"plain\n"}), maintype="application", subtype="zip", filename="a.zip")
    (tmp_path / "m.eml").write_bytes(msg.as_bytes())
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    top = lines[0]
    assert top["format"] == "eml" and top["level"] == 3
    names = sorted(m["path"].rsplit("!/", 1)[-1] for m in top["members"])
    assert names == ["a.zip", "名簿.txt"]
    assert any(r["rule"] == "test_marker" and r["level"] == 2 for r in top["reasons"])  # the body itself


def test_eml_body_alone_sets_level(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    msg = EmailMessage()
    msg["From"] = "a@example.invalid"
    msg["Subject"] = "x"
    msg.set_content("LEVEL3 in the body\n")
    (tmp_path / "m.eml").write_bytes(msg.as_bytes())
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    assert lines[0]["level"] == 3
    assert "members" not in lines[0]


def test_corrupt_msg_is_an_error_line(tmp_path: Path, scan_jsonl: ScanRunner) -> None:
    (tmp_path / "bad.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _, lines = scan_jsonl(tmp_path, "--jobs", "1")
    assert len(lines) == 1 and lines[0]["status"] == "error"
    assert lines[0]["format"] == "msg"


def test_office_zip_is_not_a_container(tmp_path: Path) -> None:
    from assetclass.extract.containers import sniff_container

    docx_like = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    assert sniff_container("a.docx", docx_like) is None
    assert sniff_container("a.bin", docx_like) is None
    assert sniff_container("a.zip", _zip({"x.txt": b""})) == "zip"
