"""One file through every stage: sniff → extract → detect → classify → labels → rules.

Every failure becomes a status and a message on the FileResult; nothing here raises for bad input.
Archives and mails are listed by ``extract.containers``; their members come back here through
:func:`scan_source` one level deeper, and ``policy.rollup`` gives the container their level.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib
import time
from dataclasses import dataclass, field

from . import isolation
from .deadline import TimeLimitExceeded, time_limit
from .engine import Engine
from .exceptions import (
    CorruptFileError,
    EncryptedFileError,
    LimitExceededError,
    ReaderCrashedError,
    UnsupportedFormatError,
)
from .extract.containers import Member, Opened, sniff_container
from .extract.ocr import ocr_hint
from .formats.package import limits_of
from .formats.sniff import ext_of
from .interfaces import DetectContext, ExtractContext, Extractor
from .masking import mask_evidence, mask_result
from .model import Classification, Document, FileResult, Finding, Limits, Region, Source, Status
from .policy.rollup import roll_up
from .redact import safe_message
from .rules.selection import rule_enabled, selection
from .safeio import read_limited
from .terms import os_error_text


@dataclass(slots=True)
class ScanOptions:
    show_values: bool = False
    limits: Limits = field(default_factory=Limits)
    read_labels: bool = True
    check_rules: bool = True
    depth: int = 0  # archive nesting depth of this source
    hash_content: bool = True
    # bytes that archives nested in one top-level file may still inflate (shared, mutable)
    inflate_budget: list[int] | None = None


def limits_from_config(engine: Engine) -> Limits:
    return limits_of(engine.config)


def _status_for(exc: BaseException) -> Status:
    if isinstance(exc, EncryptedFileError):
        return Status.ENCRYPTED
    if isinstance(exc, UnsupportedFormatError):
        return Status.UNSUPPORTED
    if isinstance(exc, LimitExceededError):
        return Status.SKIPPED
    return Status.ERROR


def _fail(result: FileResult, exc: BaseException) -> FileResult:
    result.status = _status_for(exc)
    if isinstance(exc, (EncryptedFileError, UnsupportedFormatError, LimitExceededError, CorruptFileError)):
        result.message, result.message_en = exc.message_ja, exc.message_en
    elif isinstance(exc, OSError):  # a sentence, not "IsADirectoryError: [Errno 21] …"
        ja, en = os_error_text(exc)
        result.message, result.message_en = f"読み取れません: {ja}", f"cannot read: {en}"
    else:
        detail = safe_message(exc)
        result.message = f"読み取り中にエラーが発生しました ({detail})"
        result.message_en = f"failed while reading ({detail})"
    return result


def analyse(
    document: Document, engine: Engine, options: ScanOptions, result: FileResult
) -> tuple[list[Finding], Classification]:
    """Run detectors and the policy over an extracted document; fills ``result``."""
    context = DetectContext(config=engine.config, show_values=options.show_values)
    findings: list[Finding] = []
    for detector in engine.detectors:
        try:
            found = list(detector.detect(document, context))
        except (Exception, SystemExit) as exc:  # one broken detector must not lose the others' findings
            document.warnings.append(f"detector {detector.id} failed: {safe_message(exc)}")
            continue
        for f in found:
            f.detector = f.detector or detector.id
            if not options.show_values:
                f.value = None
            # the engine masks evidence itself: a plugin's raw value never leaves (locators and
            # records are masked after classifying: masking could merge two persons' records)
            f.evidence = mask_evidence(f.type, f.evidence)
        findings.extend(found)
    if document.ocr_pages:  # evidence read by OCR is weaker in proportion to how well it was read
        # late: the OCR discount imports the detectors (~60 ms at start-up), needed only for scans
        from .detect.ocr import discount

        discount(document, findings, float(engine.config.get("scan.ocr.confidence_weight", 0.25)))
    classification = engine.hook.assetclass_classify(
        document=document, findings=findings, config=engine.config
    )
    if classification is None:  # no policy plugin at all: nothing can be asserted
        classification = Classification(level=1, reasons=[], subjects=0)
    engine.hook.assetclass_adjust_classification(
        document=document, findings=findings, classification=classification, config=engine.config
    )
    result.findings = findings
    result.level = classification.level
    result.reasons = classification.reasons
    result.subjects = classification.subjects
    result.review = list(classification.review)
    result.uninspectable = list(document.uninspectable)
    mask_result(result)
    result.ocr = list(document.ocr_pages)
    if document.uninspectable and not _has_content(document):
        # e.g. a scanned PDF: nothing was read, so no level can be asserted (never a silent 機密性1)
        result.level = None
        result.reasons = []
        result.review = []
        result.message = "文字情報がないため内容を判定できません（スキャン画像の可能性があります）"
        result.message_en = "no text could be read, so the content cannot be classified (a scanned image?)"
        hint = ocr_hint(document)
        if hint is not None:
            result.message += f"。{hint[1]}"
            result.message_en += f"; {hint[0]}"
    return findings, classification


def _has_content(document: Document) -> bool:
    if any(block.text.strip() for block in document.blocks if block.region is not Region.PROPERTIES):
        return True
    return any(any(cell not in (None, "") for cell in row) for table in document.tables for row in table.rows)


def read_labels(
    source: Source,
    document: Document | None,
    fmt: str | None,
    engine: Engine,
    result: FileResult,
    content: bool = True,
) -> None:
    """Every label codec's labels; ``content=False`` (the reader crashed on this file) asks only
    the codecs that read the file name, never a format codec that would open the content again."""
    if fmt is None and "." in source.name:
        # no extractor took the file: a format codec may still read its labels (by extension)
        fmt = ext_of(source.name)
    for codec in engine.label_codecs:
        if "*" not in codec.formats and (not content or fmt is None or fmt not in codec.formats):
            continue
        try:
            result.labels.extend(codec.read(source, document, engine.config))
        except Exception as exc:
            # a label we cannot read is reported, not fatal: the rules see no label there
            # (a file that already failed to read has its status and message; no second note)
            if result.status is Status.OK:
                result.uninspectable.append(f"labels ({codec.name}): {safe_message(exc)}")
    result.label = max((lb.level for lb in result.labels), default=None)


def check_rules(result: FileResult, engine: Engine) -> None:
    select, ignore = selection(engine.config)
    for rule in engine.rules:
        if not rule_enabled(rule.rule.code, rule.rule.name, select, ignore):
            continue
        try:
            result.violations.extend(rule.check(result, engine.config))
        except Exception as exc:
            result.uninspectable.append(f"rule {rule.rule.code}: {safe_message(exc)}")


def _extract(extractor: Extractor, source: Source, context: ExtractContext) -> Document:
    return extractor.extract(source, context)


def extract_bounded(
    extractor: Extractor, source: Source, context: ExtractContext, limits: Limits
) -> Document:
    """Extract, in an isolated child when the extractor says its native reader can kill the
    process (``isolated = True``) and this process is not already a supervised worker."""
    if not getattr(extractor, "isolated", False):
        return extractor.extract(source, context)
    if source.data is None and source.path is not None:
        source.data = source.read_bytes()  # read here: the child's answer carries no input bytes
    for module in getattr(extractor, "preload", ()):
        importlib.import_module(module)  # once in this process, instead of once per child
    return isolation.run(
        _extract,
        extractor,
        source,
        context,
        memory_bytes=limits.memory_bytes_per_worker,
        seconds=limits.seconds_per_file,
    )


def scan_source(source: Source, engine: Engine, options: ScanOptions | None = None) -> FileResult:
    """Classify one file (path or bytes). Never raises for bad input."""
    options = options or ScanOptions(limits=limits_from_config(engine))
    started = time.perf_counter()
    result = FileResult(path=source.path or source.name)
    document: Document | None = None
    fmt: str | None = None
    crashed = False
    armed = False
    try:
        with time_limit(options.limits.seconds_per_file) as armed:
            if source.data is None and source.path is not None:
                # never a FIFO or device (a hang, an endless read), never more than the limit
                source.data, _ = read_limited(source.path, options.limits.max_file_bytes)
            data = source.read_bytes()
            result.size = len(data)
            if options.hash_content:
                result.sha256 = hashlib.sha256(data).hexdigest()
            if len(data) > options.limits.max_file_bytes:
                raise LimitExceededError(
                    f"file is larger than the limit ({len(data)} bytes)",
                    f"ファイルが上限より大きいため読み取りませんでした ({len(data)} バイト)",
                )
            container_fmt = sniff_container(source.name, data)
            if container_fmt is not None:
                result.format = container_fmt
                scan_container(source, container_fmt, engine, options, result)
            else:
                chosen = engine.extractor_for(source.name, data)
                if chosen is None:
                    raise UnsupportedFormatError(
                        "no reader for this file type", "この種類のファイルは読み取りに対応していません"
                    )
                extractor, fmt = chosen
                result.format = fmt
                context = ExtractContext(limits=options.limits, config=engine.config)
                document = extract_bounded(extractor, source, context, options.limits)
                document.format = document.format or fmt
                analyse(document, engine, options, result)
    except ReaderCrashedError as exc:
        crashed = True
        _fail(result, exc)
    except TimeLimitExceeded as exc:
        if not armed:
            raise  # an outer scan_source (the container holding this member) owns the limit
        crashed = True  # no label codec opens the content again: it would take as long
        _fail(result, exc.as_error())
    except Exception as exc:
        _fail(result, exc)
    except RecursionError as exc:  # deeply nested XML/PDF structures
        _fail(result, exc)
    if options.read_labels:
        # labels are read even for failed files: the file name may still carry one
        read_labels(source, document, fmt or result.format, engine, result, content=not crashed)
    mask_result(result)  # before the rules, whose messages quote label places and messages
    if options.check_rules:
        check_rules(result, engine)
    source.data = None if source.path is not None else source.data  # free memory for path sources
    result.seconds = round(time.perf_counter() - started, 4)
    with contextlib.suppress(Exception):  # notification hooks must not change the outcome
        engine.hook.assetclass_file_scanned(result=result)
    return result


# --- archives and mails ----------------------------------------------------------------------
def rebase(member: FileResult, path: str, container: str | None) -> None:
    """Give a result (and its members, recursively) ``path``, members staying under it."""
    old = member.path
    member.path = path
    if container is not None:
        member.container = container
    for inner in member.members:
        suffix = inner.path[len(old) :] if inner.path.startswith(old) else "!/" + inner.path
        rebase(inner, path + suffix, path)


def _member_options(options: ScanOptions) -> ScanOptions:
    limits = options.limits
    if options.inflate_budget is not None:  # a package member inflates at most what is left
        left = max(0, options.inflate_budget[0])
        limits = dataclasses.replace(limits, max_inflated_bytes=min(limits.max_inflated_bytes, left))
    return dataclasses.replace(options, depth=options.depth + 1, limits=limits)


def _scan_member(
    member: Member, prefix: str, engine: Engine, options: ScanOptions, result: FileResult
) -> None:
    # mail headers can carry undecodable bytes as lone surrogates: keep reports valid UTF-8
    name = member.name.encode("utf-8", "backslashreplace").decode("utf-8")
    path = f"{prefix}!/{name}"
    if member.data is None:  # not read (encrypted, over a limit, damaged): its status says why
        result.members.append(
            FileResult(
                path=path,
                status=member.status,
                message=member.message,
                message_en=member.message_en,
                container=prefix,
            )
        )
        return
    base = name.rstrip("/").rsplit("/", 1)[-1] or name
    scanned = scan_source(Source(name=base, data=member.data), engine, _member_options(options))
    rebase(scanned, path, prefix)
    result.members.append(scanned)


def scan_container(
    source: Source, fmt: str, engine: Engine, options: ScanOptions, result: FileResult
) -> None:
    """Classify every member of a zip / eml / msg container into ``result.members``."""
    if options.depth >= options.limits.max_archive_depth:
        raise LimitExceededError(
            f"archive nesting deeper than {options.limits.max_archive_depth} levels",
            f"書庫の入れ子が上限 ({options.limits.max_archive_depth} 段) を超えています",
        )
    budget = options.inflate_budget
    if budget is None:
        # one inflate budget per top-level file, shared by every archive nested in it
        budget = [options.limits.max_inflated_bytes]
        options = dataclasses.replace(options, inflate_budget=budget)
    opened = Opened(fmt, source.read_bytes(), result.path, options.limits, budget)
    for member in opened.members():
        _scan_member(member, result.path, engine, options, result)
    result.uninspectable.extend(opened.notes)
    if opened.body is not None:
        kept = list(result.uninspectable)
        analyse(opened.body, engine, options, result)  # the mail text itself
        result.uninspectable = kept + result.uninspectable
    roll_up(result)
