"""PDF labels: read the text at the top and bottom of pages (pypdfium2) and the Info/XMP metadata
(pikepdf); stamp the mark at the top of every page and write Info + XMP.

The mark uses a standard, non-embedded Adobe-Japan1 CID font (HeiseiKakuGo-W5, UniJIS-UCS2-H),
which every conforming reader substitutes with a CJK font; a ToUnicode map keeps it extractable.
It is placed in the visible top-right corner of the CropBox whatever the page's /Rotate, in a
content stream appended after the original content, which is itself wrapped in q/Q so the
original graphics state cannot leak into the mark (or the mark into the page).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..exceptions import CorruptFileError, EncryptedFileError, SignedFileError, StampError
from ..formats.pdf_bands import band_texts, visual_matrix
from ..hookspecs import hookimpl
from ..interfaces import StampOptions
from ..isolation import run as run_isolated
from ..model import DeclaredLabel, Document, Limits, Source
from .parse import Grammar, dedupe, grammar, mark_text, stamp_settings

if TYPE_CHECKING:  # pikepdf costs ~200 ms to import: loaded when a PDF is met, not at plugin load
    import pikepdf

FORMATS = ("pdf",)
FONT = "HeiseiKakuGo-W5"


def page_labels(data: bytes, g: Grammar, max_pages: int | None = None) -> dict[int, list[DeclaredLabel]]:
    """Labels in the top and bottom bands of each page (1-based page → labels)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFileError(
                "the PDF is password protected", "PDF がパスワードで保護されています"
            ) from exc
        raise CorruptFileError("the PDF cannot be read", "PDF を読み取れません") from exc
    out: dict[int, list[DeclaredLabel]] = {}
    try:
        return _bands(doc, g, max_pages, out)
    except pdfium.PdfiumError as exc:
        raise CorruptFileError("a PDF page cannot be read", "PDF のページを読み取れません") from exc
    finally:
        doc.close()


def _band_labels(g: Grammar, number: int, bands: tuple[str, str]) -> list[DeclaredLabel]:
    found: list[DeclaredLabel] = []
    for where, text in zip(("top", "bottom"), bands, strict=True):
        for line in text.splitlines():
            found.extend(g.labels(line, f"page {number} {where}"))
    return found


def _bands(
    doc: Any, g: Grammar, max_pages: int | None, out: dict[int, list[DeclaredLabel]]
) -> dict[int, list[DeclaredLabel]]:
    count = len(doc) if max_pages is None else min(len(doc), max_pages)
    for i in range(count):
        page = doc[i]
        textpage = page.get_textpage()
        try:
            out[i + 1] = _band_labels(g, i + 1, band_texts(page, textpage))
        finally:
            textpage.close()
            page.close()
    return out


def _shared_bands(document: Document | None, max_pages: int) -> list[tuple[str, str]] | None:
    """The bands the PDF extractor recorded (pages 1…n), when they cover every page read here."""
    if document is None or document.format != "pdf" or document.pages is None:
        return None
    bands = document.page_bands
    wanted = range(1, min(document.pages, max_pages) + 1)
    if all(number in bands for number in wanted):
        return [bands[number] for number in wanted]
    return None  # a page the extractor could not read: reopen, so the failure is reported here


def _open(data: bytes) -> pikepdf.Pdf:
    import pikepdf

    try:
        return pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as exc:
        raise EncryptedFileError(
            "the PDF is password protected", "PDF がパスワードで保護されています"
        ) from exc
    except pikepdf.PdfError as exc:
        raise CorruptFileError("the PDF cannot be read", "PDF を読み取れません") from exc


def metadata_labels(pdf: pikepdf.Pdf, g: Grammar, config: Config) -> list[DeclaredLabel]:
    import pikepdf

    out: list[DeclaredLabel] = []
    key = str(stamp_settings(config)["pdf_info_key"])
    names = {key, *(str(n) for n in config.get("labels.property_names", []) or [])}
    info = pdf.trailer.get("/Info")
    if isinstance(info, pikepdf.Dictionary):
        for k, v in info.items():
            name = k.lstrip("/")
            value = str(v) if isinstance(v, pikepdf.String) else ""
            if not value:
                continue
            if name in names:
                level = g.value_level(value)
                if level is not None:
                    out.append(DeclaredLabel(level, value, f"Info {name}", "metadata"))
            elif name in ("Title", "Subject", "Keywords"):
                out.extend(g.labels(value, f"Info {name}", strict=True, source="metadata"))
    xmp: object = None
    try:
        xmp = pdf.open_metadata().get(f"pdfx:{key}")
    except Exception:  # broken XMP is not a reason to lose the other labels
        xmp = None
    if xmp:
        value = str(xmp)
        level = g.value_level(value)
        if level is not None:
            out.append(DeclaredLabel(level, value, f"XMP pdfx:{key}", "metadata"))
    return out


def signed(pdf: pikepdf.Pdf) -> bool:
    """A signature field with a value, or DocMDP/UR permissions: a change would break a signature.

    /FT and /V are inheritable (a widget or child field takes them from its /Parent), so the
    field tree is walked from /AcroForm /Fields down through /Kids carrying the inherited values,
    and every page's widget annotations are followed up their /Parent chain.
    """
    import pikepdf

    perms = pdf.Root.get("/Perms")
    if isinstance(perms, pikepdf.Dictionary) and any(k in perms for k in ("/DocMDP", "/UR3", "/UR")):
        return True
    budget = 10_000

    def effective(node: object) -> tuple[object, object]:
        ft: object = None
        v: object = None
        hops = 0
        while isinstance(node, pikepdf.Dictionary) and hops < 64:
            ft = node.get("/FT") if ft is None else ft
            v = node.get("/V") if v is None else v
            node = node.get("/Parent")
            hops += 1
        return ft, v

    acro = pdf.Root.get("/AcroForm")
    if isinstance(acro, pikepdf.Dictionary):
        stack: list[tuple[pikepdf.Object, object, object]] = [
            (f, None, None) for f in acro.get("/Fields", pikepdf.Array())
        ]
        while stack and budget > 0:
            field, ft, v = stack.pop()
            budget -= 1
            if not isinstance(field, pikepdf.Dictionary):
                continue
            ft = field.get("/FT", ft)
            v = field.get("/V", v)
            if ft == pikepdf.Name.Sig and v is not None:
                return True
            stack.extend((kid, ft, v) for kid in field.get("/Kids", pikepdf.Array()))
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            budget -= 1
            if budget <= 0:
                return False
            if isinstance(annot, pikepdf.Dictionary) and annot.get("/Subtype") == pikepdf.Name.Widget:
                ft, v = effective(annot)
                if ft == pikepdf.Name.Sig and v is not None:
                    return True
    return False


class PdfLabels:
    name = "pdf"
    formats = FORMATS

    def read(self, source: Source, document: Document | None, config: Config) -> list[DeclaredLabel]:
        g = grammar(config)
        data = source.read_bytes()
        labels: list[DeclaredLabel] = []
        max_pages = int(config.get("labels.pdf_pages", 50))
        shared = _shared_bands(document, max_pages)
        if shared is not None:  # opening the PDF again costs as much as extracting it
            for number, bands in enumerate(shared, start=1):
                labels.extend(_band_labels(g, number, bands))
        else:
            # the extractor did not read every page (a page PDFium could not load under the memory
            # limit, a page cap, an extractor error): opening it again here must not be the way
            # around the limits, so PDFium reads the bands in an isolated child under the same ones
            limits = Limits.of(config.get("scan.limits", {}))
            found_pages = run_isolated(
                page_labels,
                data,
                g,
                max_pages,
                memory_bytes=limits.memory_bytes_per_worker,
                seconds=limits.seconds_per_file,
            )
            for found in found_pages.values():
                labels.extend(found)
        with _open(data) as pdf:
            labels.extend(metadata_labels(pdf, g, config))
        return dedupe(labels)

    def can_stamp(self, fmt: str) -> bool:
        return fmt in FORMATS

    def stamp(self, source: Source, options: StampOptions) -> bytes:
        import pikepdf

        config = options.config or Config()
        g = grammar(config)
        settings = stamp_settings(config)
        data = source.read_bytes()
        level = options.level
        mark = mark_text(config, level, options.restrictions)
        key = str(settings["pdf_info_key"])
        value = str(settings["property_value"]).format(level=level)
        with _open(data) as pdf:
            if pdf.is_encrypted:
                raise EncryptedFileError(
                    "the PDF is encrypted; stamping would remove or alter its protection",
                    "PDF が暗号化されているため、ラベルを付けると保護が変わります。付与しません",
                )
            if signed(pdf):
                raise SignedFileError(
                    "the PDF is digitally signed; stamping would break the signature",
                    "PDF にデジタル署名があるため、ラベルを付けると署名が無効になります。付与しません",
                )
            bands = page_labels(data, g)
            todo = [
                i for i in range(len(pdf.pages)) if not any(lb.level == level for lb in bands.get(i + 1, []))
            ]
            meta_ok = any(lb.level == level for lb in metadata_labels(pdf, g, config))
            if options.restrictions:
                held = str(pdf.docinfo.get("/" + str(settings["pdf_restriction_key"]), ""))
                meta_ok = meta_ok and all(r in held for r in options.restrictions)
            if not todo and meta_ok:
                return data
            if todo:
                font = _font(pdf, mark)
                size = float(str(settings["pdf_font_size"]))
                margin = float(str(settings["pdf_margin"]))
                for i in todo:
                    _stamp_page(pdf, pdf.pages[i], font, mark, size, margin)
            pdf.docinfo[pikepdf.Name("/" + key)] = value
            if options.restrictions:
                rkey = str(settings["pdf_restriction_key"])
                pdf.docinfo[pikepdf.Name("/" + rkey)] = " ".join(options.restrictions)
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta[f"pdfx:{key}"] = value
            out = io.BytesIO()
            try:
                pdf.save(out, deterministic_id=True)
            except pikepdf.PdfError as exc:
                raise StampError(
                    "the stamped PDF could not be written", "ラベル付きの PDF を書き出せません"
                ) from exc
            return out.getvalue()


def _to_unicode(text: str) -> bytes:
    chars = sorted({c for c in text if ord(c) < 0x10000})
    lines = [
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange",
    ]
    for start in range(0, len(chars), 100):
        chunk = chars[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar".encode())
        lines += [f"<{ord(c):04X}> <{ord(c):04X}>".encode() for c in chunk]
        lines.append(b"endbfchar")
    lines.append(b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return b"\n".join(lines)


def _font(pdf: pikepdf.Pdf, text: str) -> pikepdf.Object:
    import pikepdf

    descriptor = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.FontDescriptor,
            FontName=pikepdf.Name("/" + FONT),
            Flags=4,
            FontBBox=pikepdf.Array([-92, -250, 1010, 922]),
            ItalicAngle=0,
            Ascent=880,
            Descent=-120,
            CapHeight=737,
            StemV=114,
        )
    )
    cid = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.CIDFontType0,
        BaseFont=pikepdf.Name("/" + FONT),
        CIDSystemInfo=pikepdf.Dictionary(
            Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("Japan1"), Supplement=2
        ),
        FontDescriptor=descriptor,
        DW=1000,
        W=pikepdf.Array([1, 95, 500]),  # proportional Latin glyphs are about half an em
    )
    return pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type0,
            BaseFont=pikepdf.Name("/" + FONT),
            Encoding=pikepdf.Name("/UniJIS-UCS2-H"),
            DescendantFonts=pikepdf.Array([cid]),
            ToUnicode=pdf.make_stream(_to_unicode(text)),
        )
    )


def _font_name(page: pikepdf.Page, font: pikepdf.Object) -> pikepdf.Name:
    """The resource name of ``font`` on this page; pages often share one Resources dictionary."""
    import pikepdf

    fonts = page.resources.get("/Font")
    if isinstance(fonts, pikepdf.Dictionary):
        for key, value in fonts.items():
            if value.is_indirect and value.objgen == font.objgen:
                return pikepdf.Name(key)
    return page.add_resource(font, pikepdf.Name.Font, prefix="AcLbl")


def _stamp_page(
    pdf: pikepdf.Pdf, page: pikepdf.Page, font: pikepdf.Object, mark: str, size: float, margin: float
) -> None:
    box = tuple(float(v) for v in page.cropbox)
    rotate = int(page.rotation)
    m, w, h = visual_matrix((box[0], box[1], box[2], box[3]), rotate)
    width = sum(0.5 if ord(c) < 128 else 1.0 for c in mark) * size
    x, y = max(margin, w - margin - width), h - margin - size
    name = _font_name(page, font)
    hexed = "".join(f"{ord(c):04X}" for c in mark if ord(c) < 0x10000)
    ops = (
        f"q {m[0]:g} {m[1]:g} {m[2]:g} {m[3]:g} {m[4]:.3f} {m[5]:.3f} cm "
        f"BT 0 g {name} {size:g} Tf {x:.3f} {y:.3f} Td <{hexed}> Tj ET Q\n"
    ).encode()
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(b"Q\n" + ops))


@hookimpl
def assetclass_register_label_codecs() -> list[PdfLabels]:
    return [PdfLabels()]
