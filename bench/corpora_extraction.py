"""Status distribution and slowest files over ../shared/corpora (docs/decisions/extraction.md).

.venv/bin/python -m bench.corpora_extraction [ROOT] [--verbose]
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

import assetclass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "root", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpora")
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    root = Path(args.root)
    statuses: collections.Counter[str] = collections.Counter()
    messages: collections.Counter[tuple[str, str | None, str]] = collections.Counter()
    slow: list[tuple[float, str]] = []
    started = time.perf_counter()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")):
        t0 = time.perf_counter()
        result = assetclass.scan_path(path)
        elapsed = time.perf_counter() - t0
        statuses[str(result.status)] += 1
        slow.append((elapsed, str(path.relative_to(root))))
        if result.status != "ok":
            messages[(str(result.status), result.format, (result.message_en or "")[:90])] += 1
        if args.verbose:
            print(
                result.status,
                result.format,
                path.relative_to(root),
                result.message_en or "",
                f"{elapsed:.2f}",
            )
    print(dict(statuses), f"{time.perf_counter() - started:.1f} s")
    for (status, fmt, message), count in messages.most_common():
        print(f"{count:5d} {status:12s} {fmt or '-':6s} {message}")
    for elapsed, name in sorted(slow)[-10:]:
        print(f"{elapsed:6.2f} s {name}")


if __name__ == "__main__":
    main()
