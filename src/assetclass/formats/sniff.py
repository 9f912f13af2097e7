"""What a file is: magic bytes first, the file-name extension second.

``sniff(name, data)`` returns a format id ("xlsx", "docm", "ods", "xls", "doc", "msg", "pdf", "eml",
"csv", "zip", "ooxml-encrypted", "png", "jpeg", "tiff", …) or None. A file whose bytes do not match its office extension
(garbage named ``foo.xlsx``, a truncated package) still gets that extension's id, so the extractor
of that format claims it and reports "not a valid xlsx file" instead of "unsupported".
"""

from __future__ import annotations

import io
import re
import zipfile

#: an OLE2 compound file (legacy Office, Outlook .msg, and encrypted OOXML packages)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

#: content type of the main part → format id (the macro/template variants share the folders)
_MAIN_CONTENT_TYPES = (
    (b"application/vnd.ms-excel.sheet.macroEnabled.main+xml", "xlsm"),
    (b"application/vnd.ms-excel.template.macroEnabled.main+xml", "xltm"),
    (b"spreadsheetml.template.main+xml", "xltx"),
    (b"application/vnd.ms-excel.sheet.binary.macroEnabled.main", "xlsb"),
    (b"spreadsheetml.sheet.main+xml", "xlsx"),
    (b"application/vnd.ms-word.document.macroEnabled.main+xml", "docm"),
    (b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml", "dotm"),
    (b"wordprocessingml.template.main+xml", "dotx"),
    (b"wordprocessingml.document.main+xml", "docx"),
    (b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", "pptm"),
    (b"application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml", "ppsm"),
    (b"presentationml.slideshow.main+xml", "ppsx"),
    (b"presentationml.template.main+xml", "potx"),
    (b"presentationml.presentation.main+xml", "pptx"),
)
_FOLDER_DEFAULT = {"xl/": "xlsx", "word/": "docx", "ppt/": "pptx"}
_ODF = {
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.presentation": "odp",
}
#: extensions that name a zip package: a broken one keeps its extension's id
ZIP_EXTS = frozenset(
    ["xlsx", "xlsm", "xltx", "xltm", "xlsb", "docx", "docm", "dotx", "dotm"]  # noqa: RUF005
    + ["pptx", "pptm", "ppsx", "ppsm", "potx", "ods", "odt", "odp"]
)
_BY_EXT = {
    **{e: e for e in ZIP_EXTS},
    "xls": "xls",
    "xlt": "xls",
    "doc": "doc",
    "dot": "doc",
    "ppt": "ppt",
    "pps": "ppt",
    "pot": "ppt",
    "msg": "msg",
    "pdf": "pdf",
    "eml": "eml",
    "zip": "zip",
    "csv": "csv",
    "tsv": "tsv",
    "tab": "tsv",
    "txt": "txt",
    "text": "txt",
    "log": "txt",
    "md": "txt",
    "png": "png",
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "jpe": "jpeg",
    "tif": "tiff",
    "tiff": "tiff",
}
#: magic bytes of the image formats read as scanned documents (by OCR)
_IMAGE_MAGICS = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
_MAIL_HEADERS = re.compile(
    rb"^(from|to|subject|date|message-id|mime-version|received|return-path|content-type|cc|reply-to):",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:[^\r\n]*$")


def ext_of(name: str) -> str:
    """The lower-case extension of the last path part of ``name`` ("" when it has none)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


_LAST: list[tuple[tuple[str, int, bytes, bytes], str | None]] = []


def sniff(name: str, data: bytes) -> str | None:
    """The format id of a file (see the module docstring), or None when nothing is recognised."""
    # every extractor's ``accepts`` asks for the same file in turn: remember the last answer
    # (keyed by name, length, head and tail: a zip's central directory sits in its tail)
    key = (name, len(data), data[:4096], data[-4096:])
    if _LAST and _LAST[0][0] == key:
        return _LAST[0][1]
    found = _sniff(name, data)
    _LAST[:] = [(key, found)]
    return found


def _sniff(name: str, data: bytes) -> str | None:
    ext = ext_of(name)
    if not data:
        return _BY_EXT.get(ext)
    head = data[:8]
    if head[:4] in ZIP_MAGICS:
        return _zip_kind(data, ext)
    if head == OLE_MAGIC:
        return _cfb_kind(data, ext)
    if b"%PDF" in data[:1024]:
        return "pdf"
    for magic, fmt in _IMAGE_MAGICS:
        if data.startswith(magic):
            return fmt
    if _looks_like_mail(data):
        return "eml"
    return _BY_EXT.get(ext)


def _zip_kind(data: bytes, ext: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            name_set = set(names)
            if "[Content_Types].xml" in name_set:
                types = zf.read("[Content_Types].xml") if _small(zf, "[Content_Types].xml") else b""
                for marker, fmt in _MAIN_CONTENT_TYPES:
                    if marker in types:
                        return fmt
                for folder, fmt in _FOLDER_DEFAULT.items():
                    if any(n.startswith(folder) for n in names):
                        return ext if ext in ZIP_EXTS and ext.startswith(fmt[:2]) else fmt
                return ext if ext else "ooxml"  # Visio, XPS …: a package, not an archive to open
            if "mimetype" in name_set and _small(zf, "mimetype"):
                mime = zf.read("mimetype").strip()
                for prefix, fmt in _ODF.items():
                    if mime == prefix or mime.startswith(prefix + b"-template"):
                        return fmt
                return ext if ext else "odf"
    except Exception:  # BadZipFile, zlib.error, NotImplementedError (odd compression) …
        # a truncated package keeps its extension so its own extractor reports it
        return ext if ext in ZIP_EXTS else "zip"
    return "zip"


def _small(zf: zipfile.ZipFile, member: str) -> bool:
    return zf.getinfo(member).file_size < 1 << 20


def _cfb_kind(data: bytes, ext: str) -> str | None:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # broken CFB: let the extension decide
        return _BY_EXT.get(ext)
    try:
        streams = {"/".join(parts) for parts in ole.listdir(streams=True, storages=True)}
    except Exception:
        return _BY_EXT.get(ext)
    finally:
        ole.close()
    top = {s.split("/", 1)[0] for s in streams}
    if "EncryptionInfo" in top and "EncryptedPackage" in top:
        return "ooxml-encrypted"
    if "Workbook" in top or "Book" in top:
        return "xls"
    if "WordDocument" in top:
        return "doc"
    if "PowerPoint Document" in top:
        return "ppt"
    if any(s.startswith("__substg1.0_") for s in top):
        return "msg"
    return _BY_EXT.get(ext)


def _looks_like_mail(data: bytes) -> bool:
    """RFC 822: the file starts with header lines, at least two of them well-known mail headers."""
    head = data[:8192]
    end = head.find(b"\n\n")
    if end < 0:
        end = head.find(b"\r\n\r\n")
    if end <= 0:
        return False
    lines = [ln.rstrip(b"\r") for ln in head[:end].split(b"\n")]
    if not lines or not _HEADER_LINE.match(lines[0]):
        return False
    for line in lines:
        if line and not line[:1].isspace() and not _HEADER_LINE.match(line):
            return False
    return len({m.group(1).lower() for m in _MAIL_HEADERS.finditer(head[:end])}) >= 2
