"""Issue 10 item 3: stamping never follows a link planted by a share user when it writes.

A link in a walked folder is skipped (a ``skipped`` line), a link named on the command line is
refused, ``--backup`` never writes through a planted ``FILE.bak`` link, ``--output-dir`` never
writes through a planted link or a linked folder, and ``watch --stamp`` leaves links alone.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import assetclass
from assetclass import Engine
from assetclass.integrations.watch import Watcher, WatchOptions

from .stamp_docs import plain_docx, run_cli, secret_docx, temps


def _planted(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A folder the share user cannot read, holding a secret, and a share with a link to it."""
    private = tmp_path / "private"
    private.mkdir()
    secret = private / "人事評価.docx"
    data = secret_docx()
    secret.write_bytes(data)
    share = tmp_path / "share"
    share.mkdir()
    (share / "見て.docx").symlink_to(secret)
    return share, secret, data


def test_folder_stamp_skips_a_planted_file_link(tmp_path: Path) -> None:
    share, secret, data = _planted(tmp_path)
    (share / "own.docx").write_bytes(secret_docx("鈴木 花子"))
    done = run_cli("stamp", str(share))
    assert done.returncode == 0, done.stdout + done.stderr
    link = share / "見て.docx"
    assert link.is_symlink() and os.readlink(link) == str(secret)  # still the link, not a copy
    assert secret.read_bytes() == data  # the target is untouched
    assert "見て.docx: skipped" in done.stdout and "symbolic link" in done.stdout
    assert assetclass.scan_path(share / "own.docx").label == 3  # the real file is stamped
    assert temps(tmp_path) == []


def test_folder_link_inside_a_share_is_not_entered(tmp_path: Path) -> None:
    share, secret, data = _planted(tmp_path)
    (share / "dir").symlink_to(secret.parent, target_is_directory=True)
    done = run_cli("stamp", str(share))
    assert done.returncode == 0, done.stdout + done.stderr
    assert secret.read_bytes() == data
    assert "dir: skipped" in done.stdout


def test_link_named_on_the_command_line_is_refused(tmp_path: Path) -> None:
    share, secret, data = _planted(tmp_path)
    link = share / "見て.docx"
    done = run_cli("stamp", str(link), "--level", "3")
    assert done.returncode == 1
    assert "refused" in done.stdout and "symbolic link" in done.stdout
    assert link.is_symlink() and secret.read_bytes() == data
    result = assetclass.stamp_path(link, 3)
    assert result.outcome == "refused" and link.is_symlink() and secret.read_bytes() == data


def test_backup_does_not_write_through_a_dangling_bak_link(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    doc = share / "a.docx"
    original = plain_docx()
    doc.write_bytes(original)
    victim = tmp_path / "etc" / "cron.d" / "evil"  # where the share user wants root to write
    victim.parent.mkdir(parents=True)
    (share / "a.docx.bak").symlink_to(victim)
    done = run_cli("stamp", str(doc), "--level", "2", "--backup")
    assert done.returncode == 0, done.stdout + done.stderr
    assert not victim.exists()
    assert (share / "a.docx.bak").is_symlink()  # left as it was
    assert (share / "a.docx.bak1").read_bytes() == original  # the backup went to a free name
    assert not (share / "a.docx.bak1").is_symlink()
    assert assetclass.scan_path(doc).label == 2
    assert temps(tmp_path) == []


def test_output_dir_does_not_write_through_planted_links(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    labelled = assetclass.stamp_bytes(plain_docx(), "a.docx", 2)
    (src / "a.docx").write_bytes(labelled)  # unchanged by the stamp: copied as it is
    (src / "sub" / "b.docx").write_bytes(plain_docx())  # stamped into the output folder
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.conf"
    victim.write_bytes(b"precious\n")
    (out / "a.docx").symlink_to(victim)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    done = run_cli("stamp", str(src), "--level", "2", "--output-dir", str(out))
    assert victim.read_bytes() == b"precious\n"
    assert list(elsewhere.iterdir()) == []  # nothing written through the linked folder
    assert (out / "a.docx").is_symlink() and (out / "sub").is_symlink()
    assert done.returncode == 1  # both refused, with a message
    assert done.stdout.count("refused") == 2 and "symbolic link" in done.stdout
    assert temps(tmp_path) == []


def test_watch_stamp_leaves_a_planted_link_alone(tmp_path: Path) -> None:
    share, secret, data = _planted(tmp_path)
    err = io.StringIO()
    out = io.StringIO()
    watcher = Watcher(
        Engine(config=assetclass.load_config(search=False)),
        WatchOptions(folder=share, stamp=True, out=out, err=err, lang="en"),
    )
    link = share / "見て.docx"
    assert watcher.process(link) is None
    assert link.is_symlink() and secret.read_bytes() == data
    assert "symbolic link" in err.getvalue()
    assert out.getvalue() == ""  # the target's content is not reported either
    own = share / "own.docx"
    own.write_bytes(secret_docx("鈴木 花子"))
    result = watcher.process(own)
    assert result is not None and result.level == 3
    assert assetclass.scan_path(own).label == 3


def test_report_output_is_never_written_through_a_link(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.docx").write_bytes(plain_docx())
    victim = tmp_path / "victim.conf"
    victim.write_bytes(b"precious\n")
    report = share / "report.html"  # a share user planted the report's name as a link
    report.symlink_to(victim)
    done = run_cli("scan", str(share / "a.docx"), "-f", "html", "-o", str(report), "--no-progress")
    assert done.returncode == 2
    assert "symbolic link" in done.stderr and "Traceback" not in done.stderr
    assert victim.read_bytes() == b"precious\n" and report.is_symlink()
    assert temps(tmp_path) == []


def test_fifo_is_never_opened_by_stamp(tmp_path: Path) -> None:
    """A FIFO would block the open forever: in a folder it is skipped, named it is refused."""
    share = tmp_path / "share"
    share.mkdir()
    os.mkfifo(share / "pipe.docx")
    (share / "a.docx").write_bytes(plain_docx())
    done = run_cli("stamp", str(share), "--level", "2", timeout=30)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "pipe.docx: skipped" in done.stdout
    done = run_cli("stamp", str(share / "pipe.docx"), "--level", "2", timeout=30)
    assert done.returncode == 1 and "not a regular file" in done.stdout
