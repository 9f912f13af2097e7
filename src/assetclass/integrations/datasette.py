"""Browse the SQLite results store (``scan --db``) with Datasette: metadata and canned queries.

Datasette (PyPI ``datasette``, the optional extra ``assetclass[datasette]``) serves a SQLite file as
web pages with sorting, facets and CSV/JSON export. ``assetclass browse --db FILE`` writes the
metadata below to a temporary file and starts ``datasette serve`` on it: immutable (read-only; a
running scan is not disturbed and nothing can be written), bound to 127.0.0.1 only.

The store holds masked evidence only (``Finding.value`` and fingerprints are dropped before
writing), so the pages show no raw personal data. Canned queries read the latest finished scan;
the department is the top-level folder below the scan's root, computed in SQL from
``scans.roots`` so it matches the HTML report without a schema change.
"""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path
from typing import Any

#: the latest finished scan (or the latest one when none has finished yet)
_LATEST = "coalesce((SELECT max(id) FROM scans WHERE finished IS NOT NULL), (SELECT max(id) FROM scans))"

#: results of the latest scan with root, owner, local modification time and department
_FILES = f"""WITH f AS (
  SELECT r.*,
    (SELECT rtrim(j.value, '/') FROM json_each(s.roots) AS j
      WHERE substr(r.path, 1, length(rtrim(j.value, '/')) + 1) = rtrim(j.value, '/') || '/'
      ORDER BY length(j.value) DESC LIMIT 1) AS root
  FROM results AS r JOIN scans AS s ON s.id = r.scan_id
  WHERE r.scan_id = {_LATEST}
), latest AS (
  SELECT f.*,
    json_extract(f.record, '$.owner') AS owner,
    datetime(f.mtime_ns / 1000000000, 'unixepoch', 'localtime') AS modified,
    CASE WHEN f.root IS NULL THEN f.path ELSE substr(f.path, length(f.root) + 2) END AS rel
  FROM f
), files AS (
  SELECT latest.*,
    CASE WHEN instr(rel, '/') > 0 THEN substr(rel, 1, instr(rel, '/') - 1)
         ELSE '（直下）/ (root)' END AS department
  FROM latest
)"""

UNLABELLED_LEVEL3 = f"""{_FILES}
SELECT path AS "パス / path", department AS "部署 / department", owner AS "所有者 / owner",
  modified AS "最終更新 / modified", label AS "表示 / label",
  (SELECT group_concat(json_extract(v.value, '$.code'), ' ') FROM json_each(files.violations) AS v)
    AS "違反 / violations",
  (SELECT group_concat(json_extract(x.value, '$.type') || '×' || json_extract(x.value, '$.count'), ', ')
    FROM json_each(files.findings) AS x) AS "検出 / findings"
FROM files
WHERE level = 3 AND (label IS NULL OR label < 3)
ORDER BY department, path"""

PER_DEPARTMENT = f"""{_FILES}
SELECT department AS "部署 / department", count(*) AS "ファイル / files",
  sum(level = 3) AS "機密性3", sum(level = 2) AS "機密性2", sum(level = 1) AS "機密性1",
  sum(level IS NULL) AS "判定なし / no level",
  sum(status = 'ok' AND label IS NULL) AS "表示なし / unlabelled",
  sum(level = 3 AND (label IS NULL OR label < 3)) AS "表示不足の機密性3 / level 3 under-labelled",
  sum(violations != '[]') AS "違反のあるファイル / files with violations"
FROM files
GROUP BY department
ORDER BY "機密性3" DESC, department"""

CHANGES = """WITH ids AS (SELECT id FROM scans WHERE finished IS NOT NULL ORDER BY id DESC LIMIT 2),
cur AS (SELECT max(id) AS id FROM ids),
prev AS (SELECT min(id) AS id FROM ids WHERE id < (SELECT id FROM cur)),
a AS (SELECT * FROM results WHERE scan_id = (SELECT id FROM prev)),
b AS (SELECT * FROM results WHERE scan_id = (SELECT id FROM cur)),
changes AS (
  SELECT 'new' AS kind, b.path AS path, NULL AS level_before, b.level AS level_after,
    NULL AS label_before, b.label AS label_after
    FROM b LEFT JOIN a ON a.path_key = b.path_key WHERE a.path_key IS NULL
  UNION ALL
  SELECT 'removed', a.path, a.level, NULL, a.label, NULL
    FROM a LEFT JOIN b ON a.path_key = b.path_key WHERE b.path_key IS NULL
  UNION ALL
  SELECT 'level', b.path, a.level, b.level, a.label, b.label
    FROM a JOIN b ON a.path_key = b.path_key WHERE a.level IS NOT b.level
  UNION ALL
  SELECT 'label', b.path, a.level, b.level, a.label, b.label
    FROM a JOIN b ON a.path_key = b.path_key WHERE a.label IS NOT b.label
)
SELECT kind AS "変化 / change",
  CASE kind WHEN 'new' THEN '新規' WHEN 'removed' THEN '削除' WHEN 'level' THEN '必要レベル変更'
    ELSE '表示変更' END AS "内容",
  path AS "パス / path", level_before AS "前の必要レベル / level before",
  level_after AS "今の必要レベル / level now", label_before AS "前の表示 / label before",
  label_after AS "今の表示 / label now"
FROM changes
ORDER BY path, kind"""

_RESULT_COLUMNS = {
    "scan_id": "走査番号 (scans.id) / scan id",
    "path_key": "パスのバイト列（照合用）/ exact path bytes (for matching)",
    "path": "パス / path",
    "size": "サイズ（バイト）/ size in bytes",
    "mtime_ns": "最終更新（ナノ秒 UNIX 時刻）/ last modified, ns since the epoch",
    "sha256": "内容のハッシュ / content hash",
    "status": "状態: ok, error, encrypted, unsupported, skipped / status",
    "level": "必要な機密性 (3/2/1、空は判定なし) / required level (empty: none)",
    "label": "ファイルの表示（ラベル）/ label the file carries",
    "format": "形式 / format",
    "findings": "検出の要約（伏せ字の証拠のみ）/ findings summary (masked evidence only)",
    "violations": "違反 (AC1xx) / violations",
    "record": "結果の全体（JSON、伏せ字のみ）/ the whole result (JSON, masked)",
    "reused": "1: 変更がなく前回の結果を再利用 / 1: unchanged, previous result reused",
}


def metadata(db_name: str) -> dict[str, Any]:
    """Datasette metadata for a results store served under ``db_name`` (the file's stem)."""
    return {
        "title": "assetclass 走査結果 / scan results",
        "description": (
            "ファイル共有の走査結果（必要な機密性・表示・違反）。個人情報の値は伏せ字だけが保存されています。"
            " / Results of scanning a file share (required level, label, violations). Personal"
            " values are stored masked only."
        ),
        "databases": {
            db_name: {
                "title": "走査結果 / scan results",
                "tables": {
                    "scans": {
                        "title": "走査 / scans",
                        "description": "1 行が 1 回の走査（開始・終了・対象フォルダー）/ one row per scan",
                        "columns": {
                            "started": "開始 (UTC) / started",
                            "finished": "終了 (UTC、空は中断・実行中) / finished (empty: interrupted or running)",
                            "roots": "走査したフォルダー / scanned roots",
                            "files_done": "記録したファイル数 / files recorded",
                        },
                    },
                    "results": {
                        "title": "ファイルごとの結果 / results per file",
                        "description": "1 行が 1 回の走査の 1 ファイル / one file in one scan",
                        "columns": _RESULT_COLUMNS,
                        "facets": ["level", "status", "label"],
                    },
                    "files": {"hidden": True},  # the re-scan cache: internal
                },
                "queries": {
                    "unlabelled_level3": {
                        "title": "表示のない（不足した）機密性3のファイル / level-3 files without a level-3 label",
                        "description": (
                            "最新の走査で機密性3と判定され、表示がないか低いファイル。所有者に確認してください。"
                            " / Files of the latest scan that require level 3 but carry no label or a"
                            " lower one; ask their owner."
                        ),
                        "sql": UNLABELLED_LEVEL3,
                    },
                    "per_department": {
                        "title": "部署別の件数 / counts per department",
                        "description": (
                            "部署 = 走査したフォルダー直下のフォルダー。最新の走査。"
                            " / Department = top-level folder below the scanned root; latest scan."
                        ),
                        "sql": PER_DEPARTMENT,
                    },
                    "changes": {
                        "title": "前回の走査からの変化 / changes since the last scan",
                        "description": (
                            "終了した最新 2 回の走査の比較（新規・削除・必要レベル変更・表示変更）。"
                            " / The two latest finished scans compared: new, removed, level and label"
                            " changes."
                        ),
                        "sql": CHANGES,
                    },
                },
            }
        },
    }


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def command(db: Path, metadata_file: Path, port: int, open_browser: bool = False) -> list[str]:
    """The ``datasette serve`` command line: immutable, loopback only."""
    cmd = [sys.executable, "-m", "datasette", "serve", "--immutable", str(db)]
    cmd += ["--metadata", str(metadata_file), "--host", "127.0.0.1", "--port", str(port)]
    if open_browser:
        cmd.append("--open")
    return cmd


def write_metadata(db: Path, target: Path) -> None:
    target.write_text(json.dumps(metadata(db.stem), ensure_ascii=False, indent=2), encoding="utf-8")
