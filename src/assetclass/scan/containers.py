"""Archives and mail messages: their members are classified, the container takes the highest level.

``pipeline.scan_source`` asks :func:`sniff_container` first; for a zip archive, an ``.eml`` or an
Outlook ``.msg`` it calls :func:`scan_container`, which runs every member through ``scan_source``
again with ``depth + 1``. Members end up in ``FileResult.members`` with paths like
``share/a.zip!/folder/member.xlsx``; the container's own findings are the members' findings with
the member name in front of each locator, and its level is the highest level inside.

Zip bombs: a member whose inflated size is over 1 MiB and over ``max_compression_ratio`` times its
compressed size is skipped, and reading stops once ``max_inflated_bytes`` have been inflated from
one file. Sizes in the zip directory can lie, so every read is bounded by the remaining budget.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import io
import re
import zipfile
from email.message import EmailMessage
from typing import TYPE_CHECKING

from ..exceptions import CorruptFileError, EncryptedFileError, LimitExceededError
from ..model import Document, Finding, Reason, Region, Source, Status, TextBlock
from ..redact import safe_message

if TYPE_CHECKING:
    from ..engine import Engine
    from ..model import FileResult
    from ..pipeline import ScanOptions

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIL_HEADER = re.compile(
    rb"^(?:Received|From|To|Subject|Date|Message-ID|MIME-Version|Return-Path|Delivered-To|X-[\w-]+):",
    re.IGNORECASE,
)
_BIG_MEMBER = 1024 * 1024  # the ratio check applies to members inflating over 1 MiB
_TAG = re.compile(r"<[^>]+>")


def _ext(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


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
    try:  # the extraction work's sniffer knows the formats best once it exists
        from ..extract import sniff as _sniff  # type: ignore[attr-defined,unused-ignore]

        found = _sniff.sniff(name, data)
        if found in ("zip", "eml", "msg"):
            return str(found)
        if found is not None:
            return None
    except (ImportError, AttributeError):
        pass
    except Exception:  # a sniffer bug must not lose the file: fall back to ours
        pass
    ext = _ext(name)
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        if ext == "zip" or (ext not in _OFFICE_EXTS and not _is_office_zip(data)):
            return "zip"
        return None
    if data[:8] == _OLE_MAGIC:
        return "msg" if ext == "msg" else None
    if ext == "eml" or (ext == "" and _MAIL_HEADER.match(data[:200]) is not None):
        return "eml"
    return None


_OFFICE_EXTS = {
    "docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx", "xltm", "pptx", "pptm", "potx",
    "ppsx", "odt", "ods", "odp", "vsdx", "xps", "oxps", "epub", "jar", "apk",
}  # fmt: skip


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
    import mimetypes

    base = f"attachment{number}"
    try:
        from ..extract.sniff import sniff

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


def _member_options(options: ScanOptions) -> ScanOptions:
    limits = options.limits
    if options.inflate_budget is not None:  # a package member inflates at most what is left
        left = max(0, options.inflate_budget[0])
        limits = dataclasses.replace(limits, max_inflated_bytes=min(limits.max_inflated_bytes, left))
    return dataclasses.replace(options, depth=options.depth + 1, limits=limits)


def rebase(member: FileResult, path: str, container: str | None) -> None:
    """Give a result (and its members, recursively) ``path``, members staying under it."""
    old = member.path
    member.path = path
    if container is not None:
        member.container = container
    for inner in member.members:
        suffix = inner.path[len(old) :] if inner.path.startswith(old) else "!/" + inner.path
        rebase(inner, path + suffix, path)


def _skipped(path: str, container: str, ja: str, en: str, status: Status = Status.SKIPPED) -> FileResult:
    from ..model import FileResult

    return FileResult(path=path, status=status, message=ja, message_en=en, container=container)


def _scan_member(
    name: str, data: bytes, prefix: str, engine: Engine, options: ScanOptions, result: FileResult
) -> None:
    from ..pipeline import scan_source

    # mail headers can carry undecodable bytes as lone surrogates: keep reports valid UTF-8
    name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    base = name.rstrip("/").rsplit("/", 1)[-1] or name
    member = scan_source(Source(name=base, data=data), engine, _member_options(options))
    rebase(member, f"{prefix}!/{name}", prefix)
    result.members.append(member)


def _scan_zip(data: bytes, prefix: str, engine: Engine, options: ScanOptions, result: FileResult) -> None:
    limits = options.limits
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFileError(
            f"not a readable zip archive ({safe_message(exc)})", "zip 書庫として読み取れません"
        ) from exc
    shared = options.inflate_budget
    budget = shared[0] if shared is not None else limits.max_inflated_bytes
    try:
        budget = _inflate_members(zf, prefix, engine, options, result, budget)
    finally:
        if shared is not None:
            shared[0] = budget


def _inflate_members(
    zf: zipfile.ZipFile, prefix: str, engine: Engine, options: ScanOptions, result: FileResult, budget: int
) -> int:
    """Inflate and scan every member within ``budget`` bytes; returns what is left of it."""
    limits = options.limits
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            name = _member_name(info)
            path = f"{prefix}!/{name}"
            if info.flag_bits & 0x1:
                result.members.append(
                    _skipped(
                        path,
                        prefix,
                        "暗号化された書庫メンバーです",
                        "encrypted archive member",
                        Status.ENCRYPTED,
                    )
                )
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > _BIG_MEMBER and ratio > limits.max_compression_ratio:
                result.members.append(
                    _skipped(
                        path,
                        prefix,
                        f"圧縮率が上限を超えるため展開しませんでした (zip bomb の疑い, {ratio:.0f} 倍)",
                        f"not inflated: compression ratio over the limit (possible zip bomb, {ratio:.0f}x)",
                    )
                )
                continue
            if info.file_size > budget:
                result.members.append(
                    _skipped(
                        path,
                        prefix,
                        "展開サイズの上限に達したため展開しませんでした (zip bomb の疑い)",
                        "not inflated: the inflated-size limit of this archive is reached (possible zip bomb)",
                    )
                )
                budget = -1
                continue
            try:
                with zf.open(info) as fh:
                    content = fh.read(budget + 1)  # the directory's sizes can lie: bound the read
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
                result.members.append(
                    _skipped(
                        path,
                        prefix,
                        f"書庫メンバーを展開できません ({safe_message(exc)})",
                        f"cannot inflate archive member ({safe_message(exc)})",
                        Status.ERROR,
                    )
                )
                continue
            except RuntimeError as exc:  # zipfile raises RuntimeError for encrypted members
                result.members.append(
                    _skipped(
                        path,
                        prefix,
                        "暗号化された書庫メンバーです",
                        f"encrypted archive member ({safe_message(exc)})",
                        Status.ENCRYPTED,
                    )
                )
                continue
            if len(content) > budget:
                result.members.append(
                    _skipped(
                        path,
                        prefix,
                        "展開サイズの上限に達したため展開を中止しました (zip bomb の疑い)",
                        "inflation stopped: the inflated-size limit of this archive is reached (possible zip bomb)",
                    )
                )
                budget = -1
                continue
            budget -= len(content)
            if options.inflate_budget is not None:
                options.inflate_budget[0] = budget  # nested archives draw on what is left
            _scan_member(name, content, prefix, engine, options, result)
            if options.inflate_budget is not None:
                budget = options.inflate_budget[0]
            del content
    return budget


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


def _scan_eml(data: bytes, prefix: str, engine: Engine, options: ScanOptions, result: FileResult) -> Document:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise CorruptFileError("not a readable mail message", "メールとして読み取れません")
    subject = str(msg.get("subject", "") or "")
    plain: list[str] = []
    html: list[str] = []
    attach_no = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        if filename is None and disposition != "attachment" and ctype in ("text/plain", "text/html"):
            try:
                text = part.get_content()
            except (LookupError, ValueError, AssertionError):
                payload = part.get_payload(decode=True)
                text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
            (plain if ctype == "text/plain" else html).append(str(text))
            continue
        attach_no += 1
        payload = part.get_payload(decode=True)
        if ctype == "message/rfc822" and not isinstance(payload, bytes):
            inner = part.get_payload()
            inner_msg = inner[0] if isinstance(inner, list) and inner else None
            payload = inner_msg.as_bytes() if isinstance(inner_msg, email.message.Message) else None
            filename = filename or f"attachment{attach_no}.eml"
        if not isinstance(payload, bytes):
            continue
        name = attachment_name(filename, ctype, payload, attach_no)
        _scan_member(name, payload, prefix, engine, options, result)
    bodies = plain or [_TAG.sub(" ", h) for h in html]
    return _mail_body_document(result.path, subject, bodies)


def _scan_msg(data: bytes, prefix: str, engine: Engine, options: ScanOptions, result: FileResult) -> Document:
    import extract_msg

    try:
        msg = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:
        text = str(exc).lower()
        if "encrypt" in text:
            raise EncryptedFileError("encrypted mail message", "暗号化されたメールです") from exc
        raise CorruptFileError(
            f"not a readable Outlook message ({safe_message(exc)})", "Outlook メッセージとして読み取れません"
        ) from exc
    try:
        subject = str(getattr(msg, "subject", "") or "")
        body = str(getattr(msg, "body", "") or "")
        for no, att in enumerate(getattr(msg, "attachments", []) or [], start=1):
            name = str(
                getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) or f"attachment{no}"
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
                result.uninspectable.append(f"attachment {no}: not readable")
                continue
            _scan_member(name, payload, prefix, engine, options, result)
    finally:
        close = getattr(msg, "close", None)
        if callable(close):
            close()
    return _mail_body_document(result.path, subject, [body])


def _roll_up(result: FileResult) -> None:
    """The container's level, findings and reasons from its members (and its own body)."""
    levels = [result.level or 0]
    for member in result.members:
        if member.level is not None:
            levels.append(member.level)
        label = member.path.rsplit("!/", 1)[-1]
        for f in member.findings:
            result.findings.append(
                Finding(
                    type=f.type,
                    confidence=f.confidence,
                    locator=f"{label}: {f.locator}",
                    evidence=f.evidence,
                    record=f"{label}: {f.record}" if f.record else None,
                    fingerprint=f.fingerprint,
                    count=f.count,
                    detector=f.detector,
                    value=f.value,
                )
            )
        result.subjects = max(result.subjects, member.subjects)
        if member.level is not None and member.level >= 2:
            result.reasons.append(
                Reason(
                    rule="container_member",
                    level=member.level,
                    message_ja=f"書庫・メールの中の {label} が機密性{member.level}です",
                    message_en=f"{label} inside this archive/mail requires level {member.level}",
                    types=sorted({f.type for f in member.findings}),
                    count=1,
                    where=[label],
                )
            )
        if member.status is not Status.OK:
            result.uninspectable.append(f"{label}: {member.status}")
        # what a member could not inspect (a zip inside a zip inside …) is not inspected here either
        result.uninspectable.extend(f"{label}: {part}" for part in member.uninspectable)
    result.level = max(levels) or 1
    result.reasons.sort(key=lambda r: -r.level)


def scan_container(
    source: Source, fmt: str, engine: Engine, options: ScanOptions, result: FileResult
) -> None:
    """Classify every member of a zip / eml / msg container into ``result.members``."""
    from ..pipeline import analyse

    if options.depth >= options.limits.max_archive_depth:
        raise LimitExceededError(
            f"archive nesting deeper than {options.limits.max_archive_depth} levels",
            f"書庫の入れ子が上限 ({options.limits.max_archive_depth} 段) を超えています",
        )
    if options.inflate_budget is None:
        # one inflate budget per top-level file, shared by every archive nested in it
        options = dataclasses.replace(options, inflate_budget=[options.limits.max_inflated_bytes])
    data = source.read_bytes()
    prefix = result.path
    body: Document | None = None
    if fmt == "zip":
        _scan_zip(data, prefix, engine, options, result)
    elif fmt == "eml":
        body = _scan_eml(data, prefix, engine, options, result)
    elif fmt == "msg":
        body = _scan_msg(data, prefix, engine, options, result)
    else:
        raise CorruptFileError(f"unknown container format {fmt}", f"不明な書庫形式 {fmt}")
    if body is not None:
        kept = list(result.uninspectable)
        analyse(body, engine, options, result)  # the mail text itself
        result.uninspectable = kept + result.uninspectable
    _roll_up(result)
