"""Writing a hand-labelled document set (the red-team sets): the document record, the writer with
its ``manifest.jsonl`` and the command line every set shares.

A set module builds a list of :class:`Doc` (or any object with the same attributes) and hands it to
:func:`write_set`; its ``main`` is ``cli(argv, "python -m corpus.redteam.setN", __doc__, generate, SEED)``.
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.factory.spec import DocSpec


@dataclass
class Doc:
    """One hand-labelled document: its true level and finding types, and why when it was doubtful."""

    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""


def write_set(docs: Iterable[Any], out: Path, variant: str) -> list[dict[str, object]]:
    """Write red-team documents into ``out`` (emptied first) with a ``manifest.jsonl``; return its rows.

    Shared by every red-team round: a document has ``spec``, ``fmt``, ``family``, ``level``, ``types``,
    ``note`` and optionally ``post`` (a function that edits the written file in place).
    """
    from corpus.factory.writers import FORMATS, write

    if out.exists():
        shutil.rmtree(out)
    (out / "files").mkdir(parents=True)
    manifest: list[dict[str, object]] = []
    for i, doc in enumerate(docs, start=1):
        rel = f"files/{i:03d}.{FORMATS[doc.fmt]}"
        write(doc.spec, doc.fmt, out / rel)
        post = getattr(doc, "post", None)
        if post is not None:
            post(out / rel)
        row: dict[str, object] = {"path": rel, "family": doc.family, "format": doc.fmt, "level": doc.level,
                                  "types": sorted(doc.types), "placement": "body", "variant": variant}  # fmt: skip
        if doc.note:
            row["note"] = doc.note
        manifest.append(row)
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return manifest


def cli(
    argv: Sequence[str] | None,
    prog: str,
    doc: str,
    generate: Callable[[Path, int], list[dict[str, object]]],
    seed: int,
) -> int:
    """The command line every red-team round shares: ``python -m corpus.redteamN OUT [--seed N]``."""
    parser = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=seed)
    args = parser.parse_args(argv)
    manifest = generate(args.out, args.seed)
    levels = {lv: sum(1 for m in manifest if m["level"] == lv) for lv in (1, 2, 3)}
    print(f"wrote {len(manifest)} files to {args.out} (levels {levels})")
    return 0
