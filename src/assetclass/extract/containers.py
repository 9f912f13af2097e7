"""Archives and mail messages: what is inside them (zip members, mail attachments, the mail text).

This module only lists: :func:`sniff_container` tells a container from a document, and
:func:`open_container` yields its members one at a time (so only one inflated member is held in
memory) and, once they are listed, the mail's own text as a :class:`Document`. Classifying the
members is the pipeline's job (``pipeline.scan_source`` recursion), rolling their levels up into
the container's is the policy's (``classify.rollup``).

Zip bombs: a member whose inflated size is over 1 MiB and over ``max_compression_ratio`` times its
compressed size is skipped, and reading stops once the inflate budget is spent. The budget is one
list shared by every archive nested in one top-level file (the pipeline scans nested archives
between two members, drawing on the same list). Sizes in the zip directory can lie, so every read
is bounded by the remaining budget.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import io
import mimetypes
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage, Message

from ..exceptions import CorruptFileError, EncryptedFileError
from ..formats.sniff import OLE_MAGIC, ext_of, sniff
from ..model import Document, Limits, Region, Status, TextBlock
from ..redact import safe_message

_MAIL_HEADER = re.compile(
    rb"^(?:Received|From|To|Subject|Date|Message-ID|MIME-Version|Return-Path|Delivered-To|X-[\w-]+):",
    re.IGNORECASE,
)
_BIG_MEMBER = 1024 * 1024  # the ratio check applies to members inflating over 1 MiB
_TAG = re.compile(r"<[^>]+>")
_OFFICE_EXTS = {
    "docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx", "xltm", "pptx", "pptm", "potx",
    "ppsx", "odt", "ods", "odp", "vsdx", "xps", "oxps", "epub", "jar", "apk",
}  # fmt: skip


@dataclass(slots=True)
class Member:
    """One member of a container: its bytes, or why it was not read (``data`` is None)."""

    name: str
    data: bytes | None = None
    status: Status = Status.OK
    message: str = ""
    message_en: str = ""


@dataclass(slots=True)
class MailPart:
    """One leaf part of a mail: the message text (``body``) or an attachment, numbered from 1."""

    part: Message
    body: bool
    name: str = ""  # attachments: the file name, or ``attachmentN.ext`` told from the content
    payload: bytes | None = None
    number: int = 0


def _is_office_zip(data: bytes) -> bool:
    """OOXML and ODF packages are zips too; their extractors read them, not the container code."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist()[:2000])
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False
    return "[Content_Types].xml" in names or "mimetype" in names


def sniff_container(name: str, data: bytes) -> str | None:
    """``"zip"``, ``"eml"`` or ``"msg"`` when the file is a container, else None."""
    try:
        found = sniff(name, data)
        if found in ("zip", "eml", "msg"):
            return str(found)
        if found is not None:
            return None
    except Exception:  # a sniffer bug must not lose the file: the checks below decide
        pass
    ext = ext_of(name)
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        if ext == "zip" or (ext not in _OFFICE_EXTS and not _is_office_zip(data)):
            return "zip"
        return None
    if data[:8] == OLE_MAGIC:
        return "msg" if ext == "msg" else None
    if ext == "eml" or (ext == "" and _MAIL_HEADER.match(data[:200]) is not None):
        return "eml"
    return None


def _member_name(info: zipfile.ZipInfo) -> str:
    """Decode a member name: UTF-8 when flag bit 11 says so; without the flag UTF-8 first (Linux
    and macOS zip tools write UTF-8 without setting it; CP932 bytes are almost never valid UTF-8),
    then CP932 (Japanese Windows zips)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for codec in ("utf-8", "cp932"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return info.filename


def attachment_name(filename: str | None, content_type: str, data: bytes, number: int) -> str:
    """A mail part's file name; a part without one gets ``attachment-N`` plus an extension told
    from its content (magic bytes, then the content type, then "is it text"), so that a nameless
    ``application/octet-stream`` part is read like the file it is."""
    if filename:
        return filename
    base = f"attachment{number}"
    try:
        fmt = sniff(base, data)
    except Exception:  # a sniffer problem must not lose the part: the content type decides
        fmt = None
    if fmt and fmt.isalnum():
        return f"{base}.{fmt}"
    ext = mimetypes.guess_extension(content_type, strict=False)
    if ext and ext not in (".bin", ".a", ".o", ".exe"):
        return base + ext
    head = data[:8192]
    if b"\0" not in head:
        for codec in ("utf-8", "cp932"):
            try:
                head.decode(codec)
            except UnicodeDecodeError as exc:
                if exc.start < len(head) - 4:  # not only a character cut at the 8 KiB edge
                    continue
            return base + ".txt"
    return base


def is_body_part(part: Message) -> bool:
    """The message text: a text/plain or text/html part without file name or attachment
    disposition. Everything else is inspected as an attachment."""
    return (
        part.get_filename() is None
        and part.get_content_disposition() != "attachment"
        and part.get_content_type() in ("text/plain", "text/html")
    )


def mail_parts(msg: Message) -> Iterator[MailPart]:
    """Every leaf part of a mail, the one MIME walk of assetclass (the scan and the mail hook).

    ``walk()`` descends into ``message/rfc822`` parts, so a forwarded mail's attachments come out
    here too; a ``message/rfc822`` leaf that did not parse as a mail is passed on whole as
    ``attachmentN.eml``. An attachment whose payload cannot be decoded has ``payload`` None.
    """
    number = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        if is_body_part(part):
            yield MailPart(part, body=True)
            continue
        number += 1
        filename = part.get_filename()
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ctype == "message/rfc822" and not isinstance(payload, bytes):
            inner = part.get_payload()
            inner_msg = inner[0] if isinstance(inner, list) and inner else None
            payload = inner_msg.as_bytes() if isinstance(inner_msg, email.message.Message) else None
            filename = filename or f"attachment{number}.eml"
        if not isinstance(payload, bytes):
            name = attachment_name(filename, ctype, b"", number)
            yield MailPart(part, body=False, name=name, number=number)
            continue
        name = attachment_name(filename, ctype, payload, number)
        yield MailPart(part, body=False, name=name, payload=payload, number=number)


def _body_text(part: Message) -> str:
    """A body part's text. A mail saved from a Japanese Windows client often declares one charset
    and holds another (``charset=utf-8`` over CP932 bytes): when the declared one does not decode
    the bytes cleanly, the usual Japanese encodings are tried before replacing characters."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload() or "")
    declared = part.get_content_charset() or "us-ascii"
    for codec in (declared, "utf-8", "cp932", "euc_jp", "iso2022_jp"):
        try:
            return payload.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return payload.decode("utf-8", "replace")


def _mail_body_document(name: str, subject: str, bodies: list[str]) -> Document:
    doc = Document(name=name, format="eml")
    if subject:
        doc.blocks.append(TextBlock(text=subject, locator="subject", region=Region.HEADER))
    line_no = 0
    for body in bodies:
        for line in body.splitlines():
            line_no += 1
            if line.strip():
                doc.blocks.append(TextBlock(text=line, locator=f"body line {line_no}", region=Region.BODY))
    return doc


@dataclass(slots=True)
class Opened:
    """A container being listed. ``body`` (a mail's own text) and ``notes`` (parts that could not
    be read, for ``uninspectable``) are complete once :meth:`members` is exhausted."""

    fmt: str
    data: bytes
    path: str  # the container's path: the mail body document is named after it
    limits: Limits
    budget: list[int]  # bytes that may still be inflated, shared with nested archives
    body: Document | None = None
    notes: list[str] = field(default_factory=list)

    def members(self) -> Iterator[Member]:
        if self.fmt == "zip":
            return self._zip()
        if self.fmt == "eml":
            return self._eml()
        if self.fmt == "msg":
            return self._msg()
        raise CorruptFileError(f"unknown container format {self.fmt}", f"不明な書庫形式 {self.fmt}")

    def _zip(self) -> Iterator[Member]:
        try:
            zf = zipfile.ZipFile(io.BytesIO(self.data))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise CorruptFileError(
                f"not a readable zip archive ({safe_message(exc)})", "zip 書庫として読み取れません"
            ) from exc
        with zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield self._inflate(zf, info)

    def _inflate(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Member:
        """One member within the budget (what is left of it after every earlier member)."""
        name = _member_name(info)
        budget = self.budget
        if info.flag_bits & 0x1:
            return Member(
                name, None, Status.ENCRYPTED, "暗号化された書庫メンバーです", "encrypted archive member"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _BIG_MEMBER and ratio > self.limits.max_compression_ratio:
            return Member(
                name,
                None,
                Status.SKIPPED,
                f"圧縮率が上限を超えるため展開しませんでした (zip bomb の疑い, {ratio:.0f} 倍)",
                f"not inflated: compression ratio over the limit (possible zip bomb, {ratio:.0f}x)",
            )
        if info.file_size > budget[0]:
            budget[0] = -1
            return Member(
                name,
                None,
                Status.SKIPPED,
                "展開サイズの上限に達したため展開しませんでした (zip bomb の疑い)",
                "not inflated: the inflated-size limit of this archive is reached (possible zip bomb)",
            )
        try:
            with zf.open(info) as fh:
                content = fh.read(budget[0] + 1)  # the directory's sizes can lie: bound the read
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            return Member(
                name,
                None,
                Status.ERROR,
                f"書庫メンバーを展開できません ({safe_message(exc)})",
                f"cannot inflate archive member ({safe_message(exc)})",
            )
        except RuntimeError as exc:  # zipfile raises RuntimeError for encrypted members
            return Member(
                name,
                None,
                Status.ENCRYPTED,
                "暗号化された書庫メンバーです",
                f"encrypted archive member ({safe_message(exc)})",
            )
        if len(content) > budget[0]:
            budget[0] = -1
            return Member(
                name,
                None,
                Status.SKIPPED,
                "展開サイズの上限に達したため展開を中止しました (zip bomb の疑い)",
                "inflation stopped: the inflated-size limit of this archive is reached (possible zip bomb)",
            )
        budget[0] -= len(content)
        return Member(name, content)

    def _eml(self) -> Iterator[Member]:
        msg = email.message_from_bytes(self.data, policy=email.policy.default)
        if not isinstance(msg, EmailMessage) or not msg.keys():
            raise CorruptFileError("not a readable mail message", "メールとして読み取れません")
        subject = str(msg.get("subject", "") or "")
        plain: list[str] = []
        html: list[str] = []
        for item in mail_parts(msg):
            if item.body:
                part = item.part
                text = _body_text(part)
                (plain if part.get_content_type() == "text/plain" else html).append(str(text))
            elif item.payload is not None:
                yield Member(item.name, item.payload)
        bodies = plain or [_TAG.sub(" ", h) for h in html]
        self.body = _mail_body_document(self.path, subject, bodies)

    def _msg(self) -> Iterator[Member]:
        import extract_msg

        try:
            msg = extract_msg.openMsg(self.data, delayAttachments=False)
        except Exception as exc:
            text = str(exc).lower()
            if "encrypt" in text:
                raise EncryptedFileError("encrypted mail message", "暗号化されたメールです") from exc
            raise CorruptFileError(
                f"not a readable Outlook message ({safe_message(exc)})",
                "Outlook メッセージとして読み取れません",
            ) from exc
        try:
            subject = str(getattr(msg, "subject", "") or "")
            body = str(getattr(msg, "body", "") or "")
            for no, att in enumerate(getattr(msg, "attachments", []) or [], start=1):
                name = str(
                    getattr(att, "longFilename", None)
                    or getattr(att, "shortFilename", None)
                    or f"attachment{no}"
                )
                payload = getattr(att, "data", None)
                if payload is not None and not isinstance(payload, bytes):
                    export = getattr(payload, "exportBytes", None)
                    try:
                        payload = export() if callable(export) else None
                    except Exception:
                        payload = None
                    name = name if name.lower().endswith(".msg") else f"{name}.msg"
                if not isinstance(payload, bytes):
                    self.notes.append(f"attachment {no}: not readable")
                    continue
                yield Member(name, payload)
        finally:
            close = getattr(msg, "close", None)
            if callable(close):
                close()
        self.body = _mail_body_document(self.path, subject, [body])
