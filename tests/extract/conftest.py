"""Fixtures of the extraction tests: run a file through the registered extractors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from corpus.factory.spec import DocSpec
from corpus.factory.writers import FORMATS, render

from assetclass.engine import Engine
from assetclass.interfaces import ExtractContext
from assetclass.model import Document, Limits, Source

Extract = Callable[..., Document]


@pytest.fixture(scope="session")
def engine() -> Engine:
    # built-ins only: an installed outside plugin must not change what is read
    return Engine(outside_plugins=False)


@pytest.fixture
def extract(engine: Engine) -> Extract:
    """``extract(name, data, limits=None)`` → the Document the chosen extractor returns."""

    def run(name: str, data: bytes, limits: Limits | None = None) -> Document:
        chosen = engine.extractor_for(name, data)
        assert chosen is not None, f"no extractor claims {name}"
        extractor, _ = chosen
        return extractor.extract(Source(name=name, data=data), ExtractContext(limits=limits or Limits()))

    return run


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[[DocSpec, str], tuple[str, bytes]]:
    """Render a spec with corpus.factory.writers: returns (file name, bytes)."""

    def run(spec: DocSpec, fmt: str) -> tuple[str, bytes]:
        return f"doc.{FORMATS[fmt]}", render(spec, fmt)

    return run
