"""Write the labelled evaluation corpus: ``python -m corpus.eval.generate OUT [--seed N] [--per-family K]``.

Every document comes from a family of :mod:`corpus.eval.families`, rendered by :mod:`corpus.factory.writers`
to one of the family's formats, and recorded in ``OUT/manifest.jsonl`` with its truth
(``path, family, format, level, types, placement, variant``). File names are neutral numbers so
that no detector can read the answer from the name. ``OUT/corpus.json`` holds the parameters and a
fingerprint of the generator sources; :func:`is_stale` compares it to decide on regeneration.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.eval.context import Ctx
from corpus.eval.families import FAMILIES, Family, check_truth
from corpus.factory.people import Population

DEFAULT_SEED = 20260401
HELD_OUT_SEED = 77
DEFAULT_PER_FAMILY = 20
CORPUS_DIR = Path(__file__).resolve().parents[1]
#: The families (here) and the factory that renders them: a change in either makes a corpus stale.
GENERATOR_DIRS = (CORPUS_DIR / "eval", CORPUS_DIR / "factory")


@dataclass(frozen=True)
class Item:
    index: int
    family: Family
    fmt: str
    doc_seed: str


def plan(seed: int, per_family: int, variant: str, families: Sequence[Family] = FAMILIES) -> list[Item]:
    """Which documents to write: ``per_family × weight`` per family, cycling through its formats."""
    items: list[Item] = []
    for fam in families:
        count = max(len(fam.formats) if per_family >= len(fam.formats) else 1, round(per_family * fam.weight))
        for i in range(count):
            fmt = fam.formats[i % len(fam.formats)]
            items.append(Item(len(items) + 1, fam, fmt, f"{seed}:{variant}:{fam.name}:{i}"))
    return items


def source_fingerprint() -> str:
    """Hash of the generator's own sources: a changed family or writer makes a corpus stale."""
    h = hashlib.sha256()
    for folder in GENERATOR_DIRS:
        for path in sorted(folder.glob("*.py")):
            h.update(path.relative_to(CORPUS_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def params(seed: int, per_family: int, variant: str) -> dict[str, Any]:
    return {"seed": seed, "per_family": per_family, "variant": variant, "sources": source_fingerprint()}


def is_stale(out: Path, seed: int, per_family: int, variant: str) -> bool:
    meta = out / "corpus.json"
    if not meta.is_file() or not (out / "manifest.jsonl").is_file():
        return True
    try:
        return bool(json.loads(meta.read_text(encoding="utf-8")) != params(seed, per_family, variant))
    except ValueError:
        return True


def generate(
    out: Path, seed: int = DEFAULT_SEED, per_family: int = DEFAULT_PER_FAMILY, variant: str = "a"
) -> list[dict[str, Any]]:
    """Write the corpus into ``out`` (emptied first) and return the manifest rows."""
    from corpus.factory.writers import FORMATS, write  # late: the writers pull in every Office library

    # Written beside ``out`` and swapped in at the end: another process evaluating the same
    # corpus (several engineers share build/) never sees a half-written one.
    final = out
    out = final.parent / f".{final.name}.tmp-{os.getpid()}"
    if out.exists():
        shutil.rmtree(out)
    files = out / "files"
    files.mkdir(parents=True)
    manifest: list[dict[str, Any]] = []
    for item in plan(seed, per_family, variant):
        rng = random.Random(item.doc_seed)
        ctx = Ctx(rng=rng, pop=Population(rng, variant), variant=variant)
        spec, truth = item.family.build(ctx, item.fmt)
        check_truth(truth)
        rel = f"files/{item.index:04d}.{FORMATS[item.fmt]}"
        write(spec, item.fmt, out / rel)
        manifest.append(
            {
                "path": rel,
                "family": item.family.name,
                "format": item.fmt,
                **truth.to_json(),
                "variant": variant,
            }
        )
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "corpus.json").write_text(json.dumps(params(seed, per_family, variant)), encoding="utf-8")
    old = final.parent / f".{final.name}.old-{os.getpid()}"
    if final.exists():
        final.rename(old)
    try:
        out.rename(final)
    except OSError:  # another process swapped in its copy first: keep theirs
        shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    return manifest


def read_manifest(out: Path) -> list[dict[str, Any]]:
    with (out / "manifest.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m corpus.eval.generate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--per-family", type=int, default=DEFAULT_PER_FAMILY)
    parser.add_argument("--variant", choices=["a", "b"], default="a", help="b = held-out wording/name pools")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    manifest = generate(args.out, args.seed, args.per_family, args.variant)
    levels = {lv: sum(1 for m in manifest if m["level"] == lv) for lv in (1, 2, 3)}
    print(
        f"wrote {len(manifest)} files to {args.out} in {time.perf_counter() - started:.1f}s "
        f"(level 3: {levels[3]}, level 2: {levels[2]}, level 1: {levels[1]})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
