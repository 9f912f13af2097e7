"""Issue 10 item 8: signed files are refused however the signature is recorded.

OOXML packages signed the System.IO.Packaging way (a digital-signature origin relationship in
``_rels/.rels``, signature parts under ``package/services/``, no ``_xmlsignatures/`` folder) and
PDFs whose signature field type ``/FT /Sig`` (or value ``/V``) is inherited from a parent field.
"""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path

import pikepdf
import pytest

import assetclass
from assetclass.exceptions import SignedFileError
from tests.labels.label_docs import pdf_bytes, xlsx_bytes

from .stamp_docs import plain_docx, rewrite_zip

ORIGIN_TYPE = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin"
SIG_TYPE = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature"
ORIGIN_CT = "application/vnd.openxmlformats-package.digital-signature-origin"
SIG_CT = "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"
BASE = "package/services/digital-signature"


def _packaging_signed(data: bytes, *, rels: bool = True, types: bool = True) -> bytes:
    """What System.IO.Packaging.PackageDigitalSignatureManager writes (signature value elided)."""
    import zipfile

    z = zipfile.ZipFile(io.BytesIO(data))
    root_rels = z.read("_rels/.rels").decode()
    content_types = z.read("[Content_Types].xml").decode()
    if rels:
        root_rels = root_rels.replace(
            "</Relationships>",
            f'<Relationship Id="R7f3" Type="{ORIGIN_TYPE}" Target="/{BASE}/origin.psdor"/></Relationships>',
        )
    if types:
        content_types = content_types.replace(
            "</Types>",
            f'<Default Extension="psdor" ContentType="{ORIGIN_CT}"/>'
            f'<Override PartName="/{BASE}/xml-signature/9b1.psdsxs" ContentType="{SIG_CT}"/></Types>',
        )
    origin_rels = (
        '<?xml version="1.0" encoding="utf-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Type="{SIG_TYPE}" Target="/{BASE}/xml-signature/9b1.psdsxs" Id="R1"/></Relationships>'
    )
    signature = (
        '<Signature Id="SignatureIdValue" xmlns="http://www.w3.org/2000/09/xmldsig#">'
        "<SignedInfo/><SignatureValue>AAAA</SignatureValue></Signature>"
    )
    return rewrite_zip(
        data,
        {
            "_rels/.rels": root_rels.encode(),
            "[Content_Types].xml": content_types.encode(),
            f"{BASE}/origin.psdor": b"",
            f"{BASE}/_rels/origin.psdor.rels": origin_rels.encode(),
            f"{BASE}/xml-signature/9b1.psdsxs": signature.encode(),
        },
    )


@pytest.mark.parametrize(
    ("fmt", "rels", "types"),
    [("docx", True, True), ("xlsx", True, True), ("docx", True, False), ("docx", False, True)],
)
def test_system_io_packaging_signature_is_refused(tmp_path: Path, fmt: str, rels: bool, types: bool) -> None:
    base = plain_docx() if fmt == "docx" else xlsx_bytes()
    signed = _packaging_signed(base, rels=rels, types=types)
    with pytest.raises(SignedFileError):
        assetclass.stamp_bytes(signed, f"契約.{fmt}", 2)
    path = tmp_path / f"契約.{fmt}"
    path.write_bytes(signed)
    result = assetclass.stamp_path(path, 2)
    assert result.outcome == "refused" and "署名" in result.message_ja
    assert path.read_bytes() == signed


def test_unsigned_package_with_unrelated_parts_is_still_stamped() -> None:
    data = rewrite_zip(plain_docx(), {"customXml/item9.xml": b"<signatureNote>none</signatureNote>"})
    assert assetclass.scan_bytes(assetclass.stamp_bytes(data, "a.docx", 2), "a.docx").label == 2


def _pdf_with(build: str) -> bytes:
    pdf = pikepdf.open(io.BytesIO(pdf_bytes()))
    sig = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Sig, Filter=pikepdf.Name("/Adobe.PPKLite"), Contents=pikepdf.String(b"\0" * 16)
        )
    )
    page = pdf.pages[0]
    parent = pdf.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Sig, T=pikepdf.String("Signatures")))
    kid = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, Rect=[0, 0, 0, 0], Parent=parent, P=page.obj
        )
    )
    if build == "value-on-kid":  # /FT only on the parent, /V on the terminal field
        kid.T = pikepdf.String("Signature1")
        kid.V = sig
    elif build == "value-on-parent":  # /FT and /V on the parent, the kid is a bare widget
        parent.V = sig
    elif build == "grandparent":  # /FT two levels up
        mid = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String("Group"), Parent=parent))
        parent.Kids = pikepdf.Array([mid])
        mid.Kids = pikepdf.Array([kid])
        kid.Parent = mid
        kid.T = pikepdf.String("Signature1")
        kid.V = sig
    if "Kids" not in parent:
        parent.Kids = pikepdf.Array([kid])
    page.obj.Annots = pikepdf.Array([kid])
    if build != "widget-only":
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([parent]), SigFlags=3)
    else:  # not listed in /AcroForm /Fields: found through the page's widget and its /Parent
        parent.V = sig
    out = io.BytesIO()
    with warnings.catch_warnings():  # pikepdf warns about the unreachable widget: that is the point
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
        pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("build", ["value-on-kid", "value-on-parent", "grandparent", "widget-only"])
def test_pdf_signature_inherited_from_a_parent_field_is_refused(tmp_path: Path, build: str) -> None:
    data = _pdf_with(build)
    with pytest.raises(SignedFileError):
        assetclass.stamp_bytes(data, "決裁.pdf", 2)
    path = tmp_path / "決裁.pdf"
    path.write_bytes(data)
    assert assetclass.stamp_path(path, 2).outcome == "refused"
    assert path.read_bytes() == data


def test_pdf_with_an_empty_signature_field_is_stamped() -> None:
    pdf = pikepdf.open(io.BytesIO(pdf_bytes()))
    field = pdf.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Sig, T=pikepdf.String("Sign here")))
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]))
    out = io.BytesIO()
    pdf.save(out)
    stamped = assetclass.stamp_bytes(out.getvalue(), "申請書.pdf", 2)  # nothing signed yet
    assert assetclass.scan_bytes(stamped, "申請書.pdf").label == 2


def test_apache_poi_signed_samples(corpora: Path) -> None:
    """Real Office signatures: refused as they are and when moved to the Packaging layout."""
    folder = corpora / "apache-poi" / "xmldsign"
    if not folder.is_dir():
        pytest.skip("apache-poi xmldsign samples are absent")
    import zipfile

    signed = [
        p
        for p in sorted(folder.iterdir())
        if p.suffix in (".docx", ".xlsx", ".pptx") and "unsigned" not in p.name
    ]
    signed = [
        p for p in signed if any(n.startswith("_xmlsignatures/") for n in zipfile.ZipFile(p).namelist())
    ]
    assert signed
    for path in signed:
        data = path.read_bytes()
        with pytest.raises(SignedFileError):
            assetclass.stamp_bytes(data, path.name, 3, force=True)
        z = zipfile.ZipFile(io.BytesIO(data))
        names = {
            n: BASE + "/" + n[len("_xmlsignatures/") :]
            for n in z.namelist()
            if n.startswith("_xmlsignatures/")
        }
        moved = rewrite_zip(
            data,
            {
                "_rels/.rels": re.sub(
                    rb"/?_xmlsignatures/", b"/" + BASE.encode() + b"/", z.read("_rels/.rels")
                )
            },
            renames=names,
        )
        assert not any(n.startswith("_xmlsignatures/") for n in zipfile.ZipFile(io.BytesIO(moved)).namelist())
        with pytest.raises(SignedFileError):
            assetclass.stamp_bytes(moved, path.name, 3, force=True)
    for path in sorted(folder.glob("*unsigned*.docx")):
        assert assetclass.stamp_bytes(path.read_bytes(), path.name, 3, force=True)
