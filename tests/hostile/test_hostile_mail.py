"""Items 2 and 18: nothing leaves the mail gate uninspected; a hostile structure is exit 2, JSON."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

import assetclass
from assetclass.config import load_config
from assetclass.integrations.mail import check_message

from .build import my_number_csv, run_cli, run_py, zip_of

HEAD = b'From: a@example.jp\nTo: b@example.jp\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B"\n\n'


def _mail(*parts: bytes) -> bytes:
    body = HEAD + b"--B\nContent-Type: text/plain; charset=utf-8\n\nplease see\n"
    for part in parts:
        body += b"--B\n" + part
    return body + b"--B--\n"


def _octet(data: bytes, headers: bytes = b"") -> bytes:
    return (
        b"Content-Type: application/octet-stream\n" + headers + b"Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(data)
    )  # fmt: skip


def _nested(data: bytes, depth: int) -> bytes:
    for level in range(depth):
        data = zip_of({f"l{level}.zip" if level else "名簿.csv": data})
    return data


def _padded_zip() -> bytes:
    # the register followed by 4 MiB of spaces: a ratio far past the limit, on a real payload
    return zip_of({"名簿.csv": my_number_csv() + b" " * (4 << 20)})


def test_a_nameless_octet_stream_part_is_inspected() -> None:
    verdict = check_message(_mail(_octet(my_number_csv())))
    assert not verdict.allowed
    assert any(a.level == 3 for a in verdict.attachments)


def test_a_register_nested_past_the_depth_limit_holds_the_mail() -> None:
    data = _nested(my_number_csv(), 5)
    verdict = check_message(_mail(_octet(data, b'Content-Disposition: attachment; filename="a.zip"\n')))
    assert not verdict.allowed
    result = assetclass.scan_bytes(data, "a.zip")
    assert result.uninspectable and any(v.code == "AC105" for v in result.violations)


def test_a_register_padded_past_the_ratio_limit_holds_the_mail() -> None:
    inner = zip_of({"inner.zip": _padded_zip()})
    verdict = check_message(_mail(_octet(inner, b'Content-Disposition: attachment; filename="a.zip"\n')))
    assert not verdict.allowed
    result = assetclass.scan_bytes(inner, "a.zip")
    assert any(v.code == "AC105" for v in result.violations)


def test_check_reports_the_nested_zip_as_not_inspected(tmp_path: Path) -> None:
    (tmp_path / "deep.zip").write_bytes(_nested(my_number_csv(), 5))
    proc = run_cli("check", "--format", "jsonl", str(tmp_path))
    assert proc.returncode == 1
    line = json.loads(proc.stdout.decode().splitlines()[0])
    assert any(v["code"] == "AC105" for v in line["violations"])


def test_one_inflate_budget_per_top_level_file(tmp_path: Path) -> None:
    """Nested zips draw on one budget: four inner zips, each inflating its 1 MiB member from about
    a quarter of that, against a 2.5 MiB budget cannot all be inflated (each inner zip used to
    start with a full budget of its own, so the file inflated 4 MiB)."""
    (tmp_path / "policy.toml").write_text("[scan.limits]\nmax_inflated_bytes = 2621440\n", encoding="utf-8")
    config = load_config(tmp_path / "policy.toml")
    member = b"".join(b"%d,%d\n" % (n, n * 7919 % 100003) for n in range(120_000))[: 1 << 20]
    inner = {f"i{n}.zip": zip_of({"d.csv": member}) for n in range(4)}
    result = assetclass.scan_bytes(zip_of(inner, zipfile.ZIP_STORED), "outer.zip", config=config)
    assert any("limit" in str(m.message_en) for m in _all_members(result))
    assert any(v.code == "AC105" for v in result.violations)


def _all_members(result: assetclass.FileResult) -> list[assetclass.FileResult]:
    out = []
    for member in result.members:
        out.append(member)
        out.extend(_all_members(member))
    return out


def test_zip_member_names_try_utf8_before_cp932(tmp_path: Path) -> None:
    import io

    class RawName(zipfile.ZipInfo):  # write the name's bytes as they are, flag bit 11 unset
        def _encodeFilenameFlags(self) -> tuple[bytes, int]:
            return self.filename.encode("cp437"), self.flag_bits

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(RawName("住所録.csv".encode().decode("cp437")), b"a,b\n")  # Linux/macOS zip
        zf.writestr(RawName("名簿.csv".encode("cp932").decode("cp437")), b"a,b\n")  # Japanese Windows
    result = assetclass.scan_bytes(buf.getvalue(), "names.zip")
    names = sorted(m.path.rsplit("!/", 1)[-1] for m in result.members)
    assert names == ["住所録.csv", "名簿.csv"]


def test_a_3000_deep_multipart_is_exit_2_with_json() -> None:
    body = b'From: a@example.jp\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n\n'
    for n in range(3000):
        body += b'--b%d\nContent-Type: multipart/mixed; boundary="b%d"\n\n' % (n, n + 1)
    body += b"--b3000\nContent-Type: text/plain\n\nx\n"
    code = "import sys; from assetclass.integrations.mail import main; sys.exit(main(['-']))"
    proc = run_py(code, stdin=body, timeout=120)
    assert proc.returncode == 2, proc.stderr[-300:]
    verdict = json.loads(proc.stdout)
    assert verdict["allowed"] is False and b"Traceback" not in proc.stderr
