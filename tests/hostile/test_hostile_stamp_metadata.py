"""Issue 10 item 7: a stamp keeps what the file system knows about the file.

Owner, group, mode and extended attributes (Samba's NT ACL in ``security.NTACL``, DOS attributes in
``user.DOSATTRIB``) are copied to the stamped file; a hard-linked file is refused (replacing it
would split its names); a read-only file (mode or DOS attribute) is refused without ``--force``.
Tests run as root, so permissions are checked by ownership and mode, not by access denials.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

import assetclass
from assetclass.cli.main import main

from .stamp_docs import plain_docx, temps

DOSATTRIB_ARCHIVE = b"0x20\x00\x00\x00\x03\x00\x03\x00\x00\x00\x11\x00\x00\x00\x20\x00\x00\x00"
DOSATTRIB_READONLY = b"0x21\x00\x00\x00\x03\x00\x03\x00\x00\x00\x11\x00\x00\x00\x21\x00\x00\x00"
NTACL = b"\x04\x00\x04\x00\x00\x00\x02\x00\x04\x00" + bytes(range(64))  # opaque to us: kept byte for byte


def _setxattr(path: Path, name: str, value: bytes) -> None:
    try:
        os.setxattr(path, name, value)
    except OSError as exc:
        if exc.errno in (errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
            pytest.skip(f"this file system does not take {name}")
        raise


def test_owner_group_and_mode_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "課内.docx"
    path.write_bytes(plain_docx())
    os.chown(path, 1234, 2345)
    os.chmod(path, 0o640)
    assert assetclass.stamp_path(path, 2).outcome == "stamped"
    st = path.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (1234, 2345, 0o640)
    assert assetclass.scan_path(path).label == 2


def test_backup_and_output_copy_keep_owner_and_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    original = plain_docx()
    path.write_bytes(original)
    os.chown(path, 1234, 2345)
    os.chmod(path, 0o600)  # a backup readable by everyone would leak the original
    assert assetclass.stamp_path(path, 2, backup=True).outcome == "stamped"
    bak = tmp_path / "a.docx.bak"
    assert bak.read_bytes() == original
    st = bak.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (1234, 2345, 0o600)
    out = tmp_path / "out" / "a.docx"
    assert assetclass.stamp_path(bak, 3, output=out).outcome == "skipped"  # a backup is never stamped
    src = tmp_path / "b.docx"
    src.write_bytes(original)
    os.chown(src, 1234, 2345)
    os.chmod(src, 0o600)
    assert assetclass.stamp_path(src, 2, output=out).outcome == "stamped"
    st = out.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (1234, 2345, 0o600)


def test_extended_attributes_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "共有.docx"
    path.write_bytes(plain_docx())
    _setxattr(path, "user.DOSATTRIB", DOSATTRIB_ARCHIVE)
    _setxattr(path, "user.comment", "部外秘".encode())
    _setxattr(path, "security.NTACL", NTACL)
    _setxattr(path, "trusted.samba", b"\x01\x02")
    before = {n: os.getxattr(path, n) for n in os.listxattr(path)}
    assert assetclass.stamp_path(path, 2).outcome == "stamped"
    after = {n: os.getxattr(path, n) for n in os.listxattr(path)}
    for name, value in before.items():
        assert after.get(name) == value, name
    assert assetclass.scan_path(path).label == 2


def test_hard_linked_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.docx"
    original = plain_docx()
    path.write_bytes(original)
    other = tmp_path / "elsewhere.docx"
    os.link(path, other)
    assert main(["stamp", str(path), "--level", "2", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "refused" in out and "hard links" in out
    assert path.read_bytes() == original and other.read_bytes() == original
    assert path.stat().st_ino == other.stat().st_ino and path.stat().st_nlink == 2
    # a copy in an output folder is fine: the original and its links stay as they are
    out_dir = tmp_path / "out"
    assert main(["stamp", str(path), "--level", "2", "--output-dir", str(out_dir)]) == 0
    assert assetclass.scan_path(out_dir / "a.docx").label == 2
    assert path.stat().st_nlink == 2 and temps(tmp_path) == []


def test_read_only_file_is_refused_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "確定版.docx"
    original = plain_docx()
    path.write_bytes(original)
    os.chmod(path, 0o444)
    assert main(["stamp", str(path), "--level", "2", "--dry-run", "--lang", "en"]) == 1  # said up front
    assert "read-only" in capsys.readouterr().out
    assert main(["stamp", str(path), "--level", "2", "--lang", "en"]) == 1
    assert "read-only" in capsys.readouterr().out
    assert path.read_bytes() == original
    assert main(["stamp", str(path), "--level", "2", "--force"]) == 0
    assert assetclass.scan_path(path).label == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o444  # still read-only


def test_dos_read_only_attribute_is_refused_without_force(tmp_path: Path) -> None:
    path = tmp_path / "確定版.docx"
    original = plain_docx()
    path.write_bytes(original)
    _setxattr(path, "user.DOSATTRIB", DOSATTRIB_READONLY)
    result = assetclass.stamp_path(path, 2)
    assert result.outcome == "refused" and "読み取り専用" in result.message_ja
    assert path.read_bytes() == original
    assert assetclass.stamp_path(path, 2, force=True).outcome == "stamped"
    assert os.getxattr(path, "user.DOSATTRIB") == DOSATTRIB_READONLY
