"""Print assetclass's import graph between its top-level parts and every import cycle.

Run: ``.venv/bin/python scripts/import_graph.py``. It uses grimp (the graph library import-linter
is built on), so it sees the same imports the contracts in pyproject.toml check: module-level,
function-level and ``TYPE_CHECKING`` imports alike. docs/architecture.md's diagram is checked
against this output by hand when the layers change.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator

import grimp


def part(module: str) -> str:
    """``assetclass.extract.pdf`` → ``extract``; the root package stays ``assetclass``."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else pieces[0]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def main() -> int:
    graph = grimp.build_graph("assetclass", include_external_packages=False)
    modules: dict[str, set[str]] = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    parts: dict[str, set[str]] = defaultdict(set)
    for module, imported in modules.items():
        for other in imported:
            if part(module) != part(other):
                parts[part(module)].add(part(other))
    print("imports between top-level parts of assetclass:")
    for name in sorted(parts):
        print(f"  {name:12} -> {', '.join(sorted(parts[name]))}")
    part_cycles, module_cycles = cycles(parts), cycles(modules)
    print("package-level cycles:", part_cycles or "none")
    print("module-level cycles:", module_cycles or "none")
    return 1 if part_cycles else 0


if __name__ == "__main__":
    sys.exit(main())
