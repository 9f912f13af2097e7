"""Write the API reference (HTML) from the docstrings with pdoc: the public API of ``assetclass``
and what plugin authors implement. ``make api-docs`` runs this; the output is not kept in git."""

from __future__ import annotations

import sys
from pathlib import Path

#: The modules a library user or a plugin author works with; everything else is internal.
PUBLIC_MODULES = (
    "assetclass",
    "assetclass.api",
    "assetclass.model",
    "assetclass.config",
    "assetclass.exceptions",
    "assetclass.hookspecs",
    "assetclass.interfaces",
    "assetclass.plugin",
    "assetclass.testing",
)


def write(out: Path) -> list[Path]:
    import pdoc
    import pdoc.render

    pdoc.render.configure(docformat="restructuredtext", footer_text="assetclass API reference")
    pdoc.pdoc(*PUBLIC_MODULES, output_directory=out)
    return sorted(out.rglob("*.html"))


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/api")
    pages = write(target)
    print(f"wrote {len(pages)} pages to {target}/ (open {target}/assetclass.html)")
