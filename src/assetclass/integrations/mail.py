"""Before a mail goes out: classify every attachment and say whether the message may be sent.

For mail-sending code and gateways (a milter, a Postfix content filter, an Outlook add-in's
backend)::

    verdict = check_message(msg)            # email.message.EmailMessage or raw bytes (.eml)
    if not verdict.allowed:
        hold(msg, verdict.reasons("ja"))

Attachments are found with the stdlib ``email`` package (nested ``message/rfc822`` mails too)
and each is classified with :func:`assetclass.scan_bytes`. The policy (:class:`MailPolicy`, or
``[hooks.mail]`` in the configuration) says which levels may leave:

* ``max_level`` (default 2): a file whose required level is above it never goes by mail
  (機密性3 — 特定個人情報, 滞納, 健康 — is not mailed);
* ``require_label_from`` (default 2): from this level on the file must carry a label at least
  as high as its content requires;
* ``allow_encrypted`` (default true): a password-protected attachment cannot be inspected and is
  taken as protected (the usual rule for 機密性2 by mail); false holds it;
* ``block_unreadable`` (default true): an attachment that claims a format but cannot be read is
  held, because nothing can be said about it, and so is one with parts that were not inspected
  (a zip member skipped as a bomb or nested too deep: rule AC105); unsupported formats (images,
  …) pass;
* ``check_body`` (default true): the text of the message itself is classified like an attachment.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from typing import Any

from ..api import scan_bytes
from ..config import Config, load_config
from ..engine import Engine
from ..exceptions import AssetclassError
from ..extract.containers import mail_parts
from ..i18n import pick
from ..model import FileResult, Status
from ._engine import hook_engine


@dataclass(slots=True)
class MailPolicy:
    max_level: int = 2
    require_label_from: int = 2
    allow_encrypted: bool = True
    block_unreadable: bool = True
    check_body: bool = True

    @classmethod
    def from_config(cls, config: Config) -> MailPolicy:
        raw = config.get("hooks.mail", {}) or {}
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(slots=True)
class AttachmentVerdict:
    """One attachment (or the body) of a message. No raw values: levels, labels and reasons only."""

    filename: str
    content_type: str
    size: int
    status: str
    level: int | None
    label: int | None
    allowed: bool
    problems_ja: list[str] = field(default_factory=list)
    problems_en: list[str] = field(default_factory=list)
    reasons: list[dict[str, Any]] = field(default_factory=list)  # the classification's reasons
    result: FileResult | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "status": self.status,
            "level": self.level,
            "label": self.label,
            "allowed": self.allowed,
            "problems": self.problems_ja,
            "problems_en": self.problems_en,
            "reasons": self.reasons,
        }


@dataclass(slots=True)
class MailVerdict:
    allowed: bool
    attachments: list[AttachmentVerdict]
    level: int | None  # the highest required level of the parts

    def problems(self, lang: str = "ja") -> list[str]:
        out: list[str] = []
        for a in self.attachments:
            out.extend(a.problems_ja if lang == "ja" else a.problems_en)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "allowed": self.allowed,
            "level": self.level,
            "attachments": [a.to_json() for a in self.attachments],
        }


def _parse(msg: EmailMessage | Message | bytes | str) -> Message:
    if isinstance(msg, bytes):
        return email.message_from_bytes(msg, policy=email.policy.default)
    if isinstance(msg, str):
        return email.message_from_string(msg, policy=email.policy.default)
    return msg


def iter_parts(msg: Message, prefix: str = "") -> list[tuple[str, str, bytes]]:
    """(file name, content type, payload) of every attachment, nested mails unpacked.

    Everything but the message text is an attachment: inline parts with a file name (mail clients
    show them as such) and parts without any name (an ``application/octet-stream`` part with no
    Content-Disposition is still a file a mail client can save); those are named
    ``attachment-N`` and their format is told from their content.
    """
    return [
        (prefix + item.name, item.part.get_content_type(), item.payload or b"")
        for item in mail_parts(msg)
        if not item.body
    ]


def _body_text(msg: Message) -> str:
    texts: list[str] = []
    for item in mail_parts(msg):
        if not item.body:
            continue
        part = item.part
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = part.get_content_charset() or "utf-8"
        try:
            text = payload.decode(charset, errors="replace")
        except LookupError:
            text = payload.decode("utf-8", errors="replace")
        if part.get_content_subtype() == "html":
            text = _strip_html(text)
        texts.append(text)
    subject = msg.get("Subject")
    if subject:
        texts.insert(0, str(subject))
    return "\n".join(texts)


def _strip_html(text: str) -> str:
    from html.parser import HTMLParser

    chunks: list[str] = []

    class _Text(HTMLParser):
        def handle_data(self, data: str) -> None:
            chunks.append(data)

    parser = _Text()
    parser.feed(text)
    return "\n".join(c for c in chunks if c.strip())


def judge(
    result: FileResult, policy: MailPolicy, *, filename: str, content_type: str, size: int
) -> AttachmentVerdict:
    """Apply the mail policy to one classified part."""
    ja: list[str] = []
    en: list[str] = []
    status = str(result.status)
    if result.status == Status.ENCRYPTED:
        if not policy.allow_encrypted:
            ja.append(f"{filename}: 暗号化されていて内容を確認できません")
            en.append(f"{filename}: encrypted, its content cannot be checked")
    elif result.status in (Status.ERROR, Status.SKIPPED):
        if policy.block_unreadable:
            ja.append(f"{filename}: 読み取れないため確認できません ({result.message or status})")
            en.append(f"{filename}: cannot be read, so it cannot be checked ({result.message_en or status})")
    elif result.status == Status.OK and result.uninspectable and policy.block_unreadable:
        # a member skipped as a zip bomb, nested too deep, or a part a reader could not open:
        # nothing can be said about what it holds (rule AC105), so the mail is held
        ja.append(f"{filename}: 内容の一部を確認できません（{len(result.uninspectable)} 件）")
        en.append(f"{filename}: parts of it cannot be checked ({len(result.uninspectable)})")
    if result.status == Status.OK and result.level is not None:
        level, label = result.level, result.label
        if level > policy.max_level:
            ja.append(f"{filename}: 機密性{level}の情報はメールで送信できません")
            en.append(f"{filename}: confidentiality level {level} must not be sent by mail")
        elif level >= policy.require_label_from and (label is None or label < level):
            shown_ja = f"機密性{label}" if label else "ラベルなし"
            ja.append(f"{filename}: 機密性{level}のラベルが必要です（現在: {shown_ja}）")
            en.append(f"{filename}: needs a level {level} label to be mailed (has {label or 'none'})")
    return AttachmentVerdict(
        filename=filename,
        content_type=content_type,
        size=size,
        status=status,
        level=result.level,
        label=result.label,
        allowed=not ja,
        problems_ja=ja,
        problems_en=en,
        reasons=[r.to_json() for r in result.reasons],
        result=result,
    )


def check_message(
    msg: EmailMessage | Message | bytes | str,
    *,
    policy: MailPolicy | None = None,
    config: Config | None = None,
    engine: Engine | None = None,
) -> MailVerdict:
    """Classify every attachment of ``msg`` (and its body) and decide whether it may be sent."""
    eng = hook_engine(config, engine)
    pol = policy or MailPolicy.from_config(eng.config)
    message = _parse(msg)
    verdicts: list[AttachmentVerdict] = []
    if pol.check_body:
        body = _body_text(message).encode("utf-8")
        if body.strip():
            result = scan_bytes(body, "本文.txt", engine=eng)
            verdicts.append(judge(result, pol, filename="<body>", content_type="text/plain", size=len(body)))
    for filename, content_type, data in iter_parts(message):
        result = scan_bytes(data, filename, engine=eng)
        verdicts.append(judge(result, pol, filename=filename, content_type=content_type, size=len(data)))
    levels = [v.level for v in verdicts if v.level is not None]
    return MailVerdict(
        allowed=all(v.allowed for v in verdicts), attachments=verdicts, level=max(levels, default=None)
    )


def verdict_from_result(
    result: FileResult, policy: MailPolicy | None = None, config: Config | None = None
) -> MailVerdict:
    """The verdict for an ``.eml`` already scanned as a container (``scan_path``, ``assetclass scan``).

    Its attachments are ``result.members`` (paths ``mail.eml!/名簿.xlsx``); the body is not
    judged separately here (use :func:`check_message` for that).
    """
    pol = policy or MailPolicy.from_config(config or hook_engine().config)
    verdicts = [
        judge(m, pol, filename=m.path.rsplit("!/", 1)[-1], content_type="", size=m.size or 0)
        for m in result.members
    ]
    levels = [v.level for v in verdicts if v.level is not None]
    return MailVerdict(
        allowed=all(v.allowed for v in verdicts), attachments=verdicts, level=max(levels, default=None)
    )


def _unreadable_json(why: str) -> dict[str, Any]:
    return {
        "allowed": False,
        "level": None,
        "attachments": [],
        "error": f"the message cannot be read ({why})",
    }


def describe(verdict: MailVerdict, lang: str = "ja") -> str:
    """A short human summary for a hold notice or a log line (no raw values)."""
    if verdict.allowed:
        return pick(lang, "送信可", "may be sent")
    return pick(lang, "送信保留: ", "held: ") + "; ".join(verdict.problems(lang))


def main(argv: list[str] | None = None) -> int:
    """``python -m assetclass.integrations.mail [--lang en] FILE.eml|-``: the verdict as JSON on stdout.

    Exit 0 when the message may be sent, 1 when it should be held, 2 when it cannot be read;
    a gateway's pipe filter can act on the code and log the JSON (no raw values in it).
    """
    import argparse
    import json
    import sys
    from pathlib import Path

    from ..i18n import default_lang

    parser = argparse.ArgumentParser(prog="python -m assetclass.integrations.mail")
    parser.add_argument("message", help="an .eml file, or - for standard input")
    parser.add_argument("--lang", choices=("ja", "en"), default=default_lang())
    parser.add_argument("--policy", help="policy/configuration TOML (default: built-in + assetclass.toml)")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.policy)
    except AssetclassError as exc:
        print(pick(args.lang, exc.message_ja, exc.message_en), file=sys.stderr)
        return 2
    try:
        raw = sys.stdin.buffer.read() if args.message == "-" else Path(args.message).read_bytes()
    except OSError as exc:
        print(
            pick(args.lang, f"読み込めません: {exc.strerror}", f"cannot read: {exc.strerror}"),
            file=sys.stderr,
        )
        return 2
    try:
        verdict = check_message(raw, config=config)
    except RecursionError:  # e.g. a multipart nested thousands deep: held, never a traceback
        print(json.dumps(_unreadable_json("nested too deeply"), ensure_ascii=False))
        print(pick(args.lang, "メールを読み取れません（入れ子が深すぎます）", "cannot read the mail (nested too deeply)"),
              file=sys.stderr)  # fmt: skip
        return 2
    except Exception as exc:
        from ..redact import safe_message

        print(json.dumps(_unreadable_json(safe_message(exc)), ensure_ascii=False))
        print(pick(args.lang, "メールを読み取れません", "cannot read the mail") + f" ({safe_message(exc)})",
              file=sys.stderr)  # fmt: skip
        return 2
    print(json.dumps(verdict.to_json(), ensure_ascii=False))
    if not verdict.allowed:
        print(describe(verdict, args.lang), file=sys.stderr)
    return 0 if verdict.allowed else 1


__all__ = [
    "AttachmentVerdict",
    "MailPolicy",
    "MailVerdict",
    "check_message",
    "describe",
    "iter_parts",
    "judge",
    "main",
    "verdict_from_result",
]


if __name__ == "__main__":
    raise SystemExit(main())
