"""Labels in file names, for formats that cannot carry one inside (csv, txt, …; rule AC106).

``assetclass rename`` classifies each such file and puts the visible mark before its name
(``名簿.csv`` → ``【機密性2】名簿.csv``). It is a dry run unless ``apply`` is set. Renaming happens
inside the file's folder by descriptor: a link is never followed or renamed, an existing name is
never replaced (collisions are refused), and a file changed since it was classified is left alone.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .engine import Engine
from .exceptions import AssetclassError
from .model import Source, Status
from .pipeline import ScanOptions, limits_from_config, scan_source
from .redact import safe_message
from .safeio import is_backup_name, is_own_temp, lstat_at, open_dir, read_regular, rename_no_replace
from .terms import os_error_text

Outcome = Literal["renamed", "would-rename", "unchanged", "skipped", "refused", "failed"]


@dataclass(slots=True)
class RenameResult:
    path: str
    outcome: Outcome
    new_name: str | None = None
    level: int | None = None
    message_ja: str = ""
    message_en: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome in ("renamed", "would-rename", "unchanged", "skipped")


def labelled_name(engine: Engine, name: str, level: int) -> str:
    """``名簿.csv`` → ``【機密性2】名簿.csv`` (the configured visible mark, labels.stamp.mark)."""
    mark = str(engine.config.get("labels.stamp.mark", "【機密性{level}】") or "【機密性{level}】")
    return mark.format(level=level) + name


def name_only(engine: Engine, name: str) -> bool:
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return ext in (engine.config.get("labels.name_only_formats", []) or [])


def rename_file(engine: Engine, path: Path, *, apply: bool = False) -> RenameResult:
    """Classify ``path`` and (with ``apply``) add its required level to its name. Never raises."""
    result = RenameResult(str(path), "failed")
    name = path.name
    try:
        with open_dir(path.parent if str(path.parent) else Path(".")) as dfd:
            opened = read_regular(dfd, name, limits_from_config(engine).max_file_bytes)
            options = ScanOptions(limits=limits_from_config(engine), check_rules=False, hash_content=False)
            scanned = scan_source(Source(name=name, data=opened.data, path=str(path)), engine, options)
            result.level = scanned.level
            in_name = [lb for lb in scanned.labels if lb.source == "filename"]
            if in_name and (scanned.level is None or max(lb.level for lb in in_name) >= scanned.level):
                result.outcome = "unchanged"
                result.message_ja, result.message_en = (
                    "ファイル名にラベルがあります",
                    "the name already carries a label",
                )
            elif scanned.status is not Status.OK or scanned.level is None:
                result.outcome = "refused"
                result.message_ja = "内容を判定できないため名前を変えません"
                result.message_en = "the content could not be classified; not renamed"
            elif in_name:
                result.outcome = "refused"
                result.message_ja = (
                    f"ファイル名のラベル（{in_name[0].text}）が必要な機密性より低いため、手で直してください"
                )
                result.message_en = (
                    f"the label in the name ({in_name[0].text}) is below the required level; fix it by hand"
                )
            else:
                result.new_name = labelled_name(engine, name, scanned.level)
                if not apply:
                    result.outcome = "would-rename"
                else:
                    rename_no_replace(dfd, name, result.new_name, expect=opened.identity)
                    result.outcome = "renamed"
    except FileExistsError:
        result.outcome = "refused"
        result.message_ja = f"同じ名前のファイル（{result.new_name}）が既にあるため変更しません"
        result.message_en = f"a file named {result.new_name} already exists; not renamed"
    except AssetclassError as exc:
        result.outcome = "refused"
        result.message_ja, result.message_en = exc.message_ja, exc.message_en
    except OSError as exc:
        result.message_ja, result.message_en = os_error_text(exc)
    except Exception as exc:  # a reader bug must not stop the other files
        result.message_ja = f"名前を変更できませんでした ({safe_message(exc)})"
        result.message_en = f"renaming failed ({safe_message(exc)})"
    return result


def candidates(root: Path, engine: Engine) -> Iterator[Path]:
    """Files below ``root`` (or ``root`` itself) in a name-only format; links are not entered."""
    if not root.is_dir():
        yield root
        return
    for dirpath, dirnames, filenames, dfd in os.fwalk(root, follow_symlinks=False):
        dirnames.sort()
        for fname in sorted(filenames):
            if is_own_temp(fname) or is_backup_name(fname) or not name_only(engine, fname):
                continue
            try:
                if not stat.S_ISREG(lstat_at(dfd, fname).st_mode):
                    continue  # a link or a special file: never renamed
            except OSError:
                continue
            yield Path(dirpath) / fname
