"""The built-in file formats as plugins, one entry point per format family (pyproject.toml).

A family is a set of related formats: its readers (``extract/``) and, where the format carries
labels, its label codec (``labels/``). Both stages stay what they were, sets of modules that import
no other stage; only this module, one layer above them, knows which reader goes with which codec.

The order of the entry-point names is the order the readers are asked and the codecs read
(pluggy asks the plugin registered last first; built-ins register in name order). Formats do not
overlap, except that the empty-file reader answers for every format whose reader is asked after
it, and the file-name codec (``*``) reads between the pdf and the documents codecs; the names
keep the order of the per-module entry points this replaced (docs/decisions.md, "One entry point
per format family"), and ``tests/test_plugin_manager.py`` pins it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .extract import docx as docx_reader
from .extract import images as image_reader
from .extract import pdf as pdf_reader
from .extract import pptx as pptx_reader
from .extract import sheets as sheet_reader
from .extract import text as text_reader
from .extract import xlsx as xlsx_reader
from .hookspecs import hookimpl
from .labels import docx as docx_labels
from .labels import generic as generic_labels
from .labels import pdf as pdf_labels
from .labels import pptx as pptx_labels
from .labels import xlsx as xlsx_labels

Register = Callable[[], Sequence[Any]]


class FormatFamily:
    """One entry point's readers and label codecs, registered together."""

    def __init__(self, name: str, readers: Sequence[Register] = (), codecs: Sequence[Register] = ()) -> None:
        self.__name__ = f"{__name__}:{name}"  # what `assetclass plugins` shows as its module
        self._readers = tuple(readers)
        self._codecs = tuple(codecs)

    @hookimpl
    def assetclass_register_extractors(self) -> list[Any]:
        return [reader for register in self._readers for reader in register()]

    @hookimpl
    def assetclass_register_label_codecs(self) -> list[Any]:
        return [codec for register in self._codecs for codec in register()]


# In the order they are asked (the reverse of their entry-point names' order).
workbooks = FormatFamily(
    "workbooks",  # xlsx, xlsm, xltx, xltm, xlsb, and OOXML files of any kind under a password
    readers=[xlsx_reader.assetclass_register_extractors],
    codecs=[xlsx_labels.assetclass_register_label_codecs],
)
text = FormatFamily("text", readers=[text_reader.assetclass_register_extractors])  # txt, csv, tsv, empty
presentations = FormatFamily(
    "presentations",  # pptx, pptm, ppsx, ppsm, potx, and PowerPoint 97 (ppt)
    readers=[pptx_reader.assetclass_register_extractors],
    codecs=[pptx_labels.assetclass_register_label_codecs],
)
pdf = FormatFamily(
    "pdf",
    readers=[pdf_reader.assetclass_register_extractors],
    codecs=[pdf_labels.assetclass_register_label_codecs],
)
legacy_sheets = FormatFamily(
    "legacy_sheets", readers=[sheet_reader.assetclass_register_extractors]
)  # xls, ods
# labels in file names and document text, for every format (its own entry point: no format family)
labels_generic = FormatFamily("labels_generic", codecs=[generic_labels.assetclass_register_label_codecs])
images = FormatFamily("images", readers=[image_reader.assetclass_register_extractors])  # png, jpeg, tiff
documents = FormatFamily(
    "documents",  # docx, docm, dotx, dotm, Word 97 (doc), and OpenDocument odt/odp (one reader)
    readers=[docx_reader.assetclass_register_extractors],
    codecs=[docx_labels.assetclass_register_label_codecs],
)

#: Every family, in the order of their entry-point names (tests check pyproject.toml lists each one).
FAMILIES = (documents, images, labels_generic, legacy_sheets, pdf, presentations, text, workbooks)
