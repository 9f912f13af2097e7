"""``scripts/install-system-deps.sh`` checks each component the tests use (issue 10, item 19).

A machine with LibreOffice Writer and Calc but no Impress has ``soffice`` and used to get nothing
installed. The script runs here against stub programs: a stub ``soffice`` with the Writer and Calc
libraries beside it but not Impress's, and a stub ``apt-get`` that records what it is asked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import REPO

SCRIPT = REPO / "scripts" / "install-system-deps.sh"


def _stub(folder: Path, name: str, body: str = "exit 0") -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path: Path) -> tuple[Path, Path]:
    """A PATH where everything the tests use exists, except LibreOffice Impress."""
    bin_dir, log = tmp_path / "bin", tmp_path / "apt.log"
    program = tmp_path / "libreoffice" / "program"
    bin_dir.mkdir()
    program.mkdir(parents=True)
    _stub(program, "soffice")
    (bin_dir / "soffice").symlink_to(program / "soffice")  # like /usr/bin/soffice on Debian
    for lib in ("libswlo.so", "libsclo.so"):  # Writer and Calc, no Impress (libsdlo.so)
        (program / lib).write_bytes(b"")
    for tool in ("pdftotext", "pdftoppm", "chromium", "git"):
        _stub(bin_dir, tool)
    _stub(bin_dir, "fc-list", 'echo "/f/NotoSansCJK-Regular.ttc: Noto Sans CJK JP:style=Regular"')
    _stub(bin_dir, "apt-get", f'echo "$@" >> "{log}"')
    return bin_dir, log


def _run(bin_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # only the stubs and the few basic tools the script itself needs, not the machine's programs
    basics = bin_dir.parent / "basics"
    basics.mkdir(exist_ok=True)
    for tool in ("dirname", "readlink", "grep", "id"):
        real = shutil.which(tool)
        assert real is not None
        if not (basics / tool).exists():
            (basics / tool).symlink_to(real)
    env = {**os.environ, "PATH": f"{bin_dir}:{basics}"}
    bash = shutil.which("bash") or "/bin/bash"
    return subprocess.run([bash, str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=30)


def test_missing_impress_is_installed_although_soffice_exists(machine: tuple[Path, Path]) -> None:
    bin_dir, log = machine
    proc = _run(bin_dir)
    if os.geteuid() == 0:
        assert proc.returncode == 0, proc.stderr
        installed = log.read_text(encoding="utf-8")
        assert "install" in installed and "libreoffice-impress-nogui" in installed
        assert "libreoffice-writer-nogui" not in installed and "libreoffice-calc-nogui" not in installed
    else:
        assert proc.returncode == 1 and "libreoffice-impress-nogui" in proc.stderr


def test_check_mode_lists_each_missing_component_and_installs_nothing(machine: tuple[Path, Path]) -> None:
    bin_dir, log = machine
    (bin_dir / "pdftoppm").unlink()  # poppler-utils half there
    proc = _run(bin_dir, "--check")
    assert proc.returncode == 1
    assert "libreoffice-impress-nogui" in proc.stderr and "poppler-utils" in proc.stderr
    assert "libreoffice-writer-nogui" not in proc.stderr
    assert not log.exists()
    (bin_dir.parent / "libreoffice" / "program" / "libsdlo.so").write_bytes(b"")
    _stub(bin_dir, "pdftoppm")
    complete = _run(bin_dir, "--check")
    assert "libreoffice" not in complete.stderr and "poppler-utils" not in complete.stderr
