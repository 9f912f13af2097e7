"""The benchmark share: a mixed folder of realistic municipal documents, generated once and cached.

Documents come from the evaluation corpus families (:mod:`corpus.eval.families`) rendered by
:mod:`corpus.factory.writers`, restricted to the formats a file share mostly holds (xlsx, docx, pdf, csv, txt),
spread over department folders. ``build/bench-share/share.json`` records the parameters; a share
with other parameters (or other generator sources) is regenerated.
"""

from __future__ import annotations

import json
import random
import shutil
from collections import Counter
from pathlib import Path

FORMATS = ("xlsx", "docx", "pdf", "csv", "txt")
_FALLBACK = {"xls": "xlsx", "ods": "xlsx", "pptx": "docx", "csv-cp932": "csv", "csv-eucjp": "csv", "tsv": "csv",
             "txt-cp932": "txt"}  # fmt: skip
_EXT = {"xlsx": "xlsx", "docx": "docx", "pdf": "pdf", "csv": "csv", "txt": "txt"}
_FOLDERS = ("総務課", "市民課/住民記録", "福祉課/児童", "税務課/収納", "健康推進課", "教育委員会/学校教育")


def _params(files: int, seed: int) -> dict[str, object]:
    from corpus.eval.generate import source_fingerprint

    return {"files": files, "seed": seed, "sources": source_fingerprint()}


def ensure_share(out: Path, files: int = 1000, seed: int = 5) -> Path:
    """Generate ``files`` documents into ``out`` unless an identical share is already there."""
    from corpus.eval.context import Ctx
    from corpus.eval.families import FAMILIES
    from corpus.factory.people import Population
    from corpus.factory.writers import write

    meta = out / "share.json"
    params = _params(files, seed)
    if meta.is_file() and json.loads(meta.read_text(encoding="utf-8")) == params:
        return out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    written = 0
    round_no = 0
    while written < files:
        for fam in FAMILIES:
            for fmt in fam.formats:
                target = fmt if fmt in FORMATS else _FALLBACK.get(fmt)
                if target is None or (target != fmt and target in fam.formats):
                    continue  # the family writes that format itself elsewhere in the loop
                rng = random.Random(f"bench:{seed}:{round_no}:{fam.name}:{fmt}")
                ctx = Ctx(rng=rng, pop=Population(rng, "a"), variant="a")
                try:
                    spec, _truth = fam.build(ctx, target)
                except (ValueError, KeyError):
                    continue
                folder = _FOLDERS[written % len(_FOLDERS)]
                write(spec, target, out / folder / f"{fam.name}_{round_no:03d}_{written:05d}.{_EXT[target]}")
                written += 1
                if written >= files:
                    break
            if written >= files:
                break
        round_no += 1
    meta.write_text(json.dumps(params), encoding="utf-8")
    return out


def describe(share: Path) -> dict[str, object]:
    counts: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    for path in share.rglob("*"):
        if path.is_file() and path.name != "share.json":
            ext = path.suffix.lstrip(".")
            counts[ext] += 1
            sizes[ext] += path.stat().st_size
    return {
        "files": sum(counts.values()),
        "bytes": sum(sizes.values()),
        "by_format": {
            k: {"files": counts[k], "mean_kib": round(sizes[k] / counts[k] / 1024, 1)} for k in sorted(counts)
        },
    }


def big_xlsx(out: Path, rows: int = 20_000, cols: int = 10) -> Path:
    """One resident-register-like sheet of ``rows`` × ``cols`` (written with openpyxl's write-only mode)."""
    import datetime as dt

    from openpyxl import Workbook

    target = out / f"register_{rows}x{cols}.xlsx"
    if target.is_file():
        return target
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20_000)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("住民記録")
    header = [
        "世帯番号",
        "氏名",
        "フリガナ",
        "生年月日",
        "性別",
        "続柄",
        "住所",
        "電話番号",
        "収入額",
        "備考",
    ][:cols]
    ws.append(header)
    surnames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
    given = ["太郎", "花子", "一郎", "美咲", "健太", "陽子", "翔", "由美", "大輔", "愛"]
    for i in range(rows):
        born = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(0, 33000))
        row = [
            100000 + i // 3,
            f"{rng.choice(surnames)} {rng.choice(given)}",
            "ヤマダ タロウ",
            born,
            rng.choice(["男", "女"]),
            rng.choice(["世帯主", "妻", "子", "父", "母"]),
            f"岩手県釜石市只越町{rng.randrange(1, 5)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号",
            f"0193-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}",
            rng.randrange(0, 9_000_000),
            "",
        ][:cols]
        ws.append(row)
    tmp = target.with_suffix(".tmp")
    wb.save(tmp)
    tmp.rename(target)
    return target
