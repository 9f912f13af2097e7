"""Mail checks: stdlib-built messages with python-docx/openpyxl attachments."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

import assetclass
from assetclass import Engine
from assetclass.cli.main import main
from assetclass.integrations.mail import MailPolicy, check_message, describe, verdict_from_result

from .sample_docs import MY_NUMBER, docx_bytes, xlsx_bytes

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def message(
    body: str = "資料を送付します。", attachments: dict[str, tuple[bytes, str]] | None = None
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "kakari@city.example.lg.jp"
    msg["To"] = "someone@example.com"
    msg["Subject"] = "資料送付"
    msg.set_content(body)
    for filename, (data, mime) in (attachments or {}).items():
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def secret_list() -> bytes:
    return xlsx_bytes([["氏名", "個人番号"], ["山田 太郎", MY_NUMBER]])


def test_level3_attachment_is_held() -> None:
    msg = message(
        attachments={
            "名簿.xlsx": (secret_list(), XLSX),
            "お知らせ.docx": (docx_bytes("会議のお知らせ"), DOCX),
        }
    )
    verdict = check_message(msg)
    assert not verdict.allowed and verdict.level == 3
    by_name = {a.filename: a for a in verdict.attachments}
    assert by_name["名簿.xlsx"].level == 3 and not by_name["名簿.xlsx"].allowed
    assert by_name["お知らせ.docx"].allowed
    assert by_name["<body>"].allowed
    assert any("機密性3" in p for p in verdict.problems("ja"))
    dumped = json.dumps(verdict.to_json(), ensure_ascii=False)
    assert MY_NUMBER[4:] not in dumped and "山田" not in dumped
    assert describe(verdict, "en").startswith("held: ")


def test_clean_message_is_allowed_from_raw_bytes() -> None:
    msg = message(attachments={"お知らせ.docx": (docx_bytes("会議のお知らせ"), DOCX)})
    verdict = check_message(msg.as_bytes())
    assert verdict.allowed
    assert [a.filename for a in verdict.attachments] == ["<body>", "お知らせ.docx"]
    assert describe(verdict) == "送信可"


def test_label_required_from_level_2_when_level_3_may_be_mailed() -> None:
    policy = MailPolicy(max_level=3, require_label_from=2)
    unlabelled = docx_bytes(f"個人番号 {MY_NUMBER}")
    labelled = docx_bytes(f"個人番号 {MY_NUMBER}", header="【機密性3】")
    assert not check_message(message(attachments={"a.docx": (unlabelled, DOCX)}), policy=policy).allowed
    verdict = check_message(message(attachments={"a.docx": (labelled, DOCX)}), policy=policy)
    assert verdict.allowed, verdict.problems("en")
    assert verdict.attachments[-1].label == 3


def test_body_is_checked_unless_disabled() -> None:
    msg = message(body=f"山田様の個人番号は {MY_NUMBER} です")
    assert not check_message(msg).allowed
    assert check_message(msg, policy=MailPolicy(check_body=False)).allowed


def test_nested_forwarded_mail_attachments_are_found() -> None:
    inner = message(attachments={"名簿.xlsx": (secret_list(), XLSX)})
    outer = EmailMessage()
    outer["Subject"] = "Fwd: 資料送付"
    outer.set_content("転送します")
    outer.add_attachment(inner)
    verdict = check_message(outer, policy=MailPolicy(check_body=False))
    assert [a.filename for a in verdict.attachments] == ["名簿.xlsx"]
    assert not verdict.allowed


def test_unsupported_attachment_passes_and_policy_comes_from_config() -> None:
    gif = b"GIF89a" + b"\x00" * 32  # not a document format (png/jpeg/tiff are read by OCR)
    msg = message(attachments={"photo.gif": (gif, "image/gif"), "名簿.xlsx": (secret_list(), XLSX)})
    config = assetclass.load_config(search=False).with_overrides({"hooks": {"mail": {"max_level": 3}}})
    verdict = check_message(msg, engine=Engine(config=config))
    by_name = {a.filename: a for a in verdict.attachments}
    assert by_name["photo.gif"].status == "unsupported" and by_name["photo.gif"].allowed
    # level 3 allowed by configuration, but only with a label
    assert not by_name["名簿.xlsx"].allowed
    assert any("label" in p for p in by_name["名簿.xlsx"].problems_en)


@pytest.mark.parametrize("block", [True, False])
def test_unreadable_attachment(block: bool) -> None:
    broken = b"PK\x03\x04" + b"\x00" * 20  # claims to be a zip/docx, is not
    verdict = check_message(
        message(attachments={"broken.docx": (broken, DOCX)}),
        policy=MailPolicy(block_unreadable=block, check_body=False),
    )
    assert verdict.attachments[0].status == "error"
    assert verdict.allowed is not block


def test_eml_file_through_the_cli_and_the_container_result(tmp_path: Path) -> None:
    msg = message(
        attachments={
            "名簿.xlsx": (secret_list(), XLSX),
            "お知らせ.docx": (docx_bytes("会議のお知らせ"), DOCX),
        }
    )
    eml = tmp_path / "outgoing.eml"
    eml.write_bytes(msg.as_bytes())
    out = tmp_path / "check.jsonl"
    assert main(["check", str(eml), "--format", "jsonl", "--output", str(out), "--jobs", "1"]) == 1
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    members = {m["path"].rsplit("!/", 1)[-1]: m for m in record["members"]}
    assert members["名簿.xlsx"]["level"] == 3 and record["level"] == 3
    # the same decision from the container result as from parsing the message here
    from_result = verdict_from_result(assetclass.scan_path(eml))
    direct = check_message(eml.read_bytes(), policy=MailPolicy(check_body=False))
    assert not from_result.allowed and not direct.allowed
    assert {a.filename: a.allowed for a in from_result.attachments} == {
        a.filename: a.allowed for a in direct.attachments
    }


def test_command_line_filter(tmp_path: Path) -> None:
    import subprocess
    import sys

    held = message(attachments={"名簿.xlsx": (secret_list(), XLSX)}).as_bytes()
    clean = message(attachments={"お知らせ.docx": (docx_bytes("会議のお知らせ"), DOCX)}).as_bytes()
    (tmp_path / "held.eml").write_bytes(held)
    cmd = [sys.executable, "-m", "assetclass.integrations.mail", "--lang", "en"]
    done = subprocess.run([*cmd, str(tmp_path / "held.eml")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert json.loads(done.stdout)["allowed"] is False and "held: 名簿.xlsx" in done.stderr
    piped = subprocess.run([*cmd, "-"], input=clean, capture_output=True, timeout=120)
    assert piped.returncode == 0 and json.loads(piped.stdout)["allowed"] is True
    policy = tmp_path / "mail.toml"
    policy.write_text("[hooks.mail]\nmax_level = 3\nrequire_label_from = 4\n", encoding="utf-8")
    relaxed = subprocess.run(
        [*cmd, "--policy", str(policy), str(tmp_path / "held.eml")], capture_output=True, timeout=120
    )
    assert relaxed.returncode == 0
    missing = subprocess.run([*cmd, str(tmp_path / "nope.eml")], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "cannot read" in missing.stderr


@pytest.mark.parametrize("allow", [True, False])
def test_password_protected_attachment(allow: bool) -> None:
    import io

    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(docx_bytes(f"個人番号 {MY_NUMBER}"))).encrypt("test-password", encrypted)
    msg = message(attachments={"名簿.docx": (encrypted.getvalue(), DOCX)})
    verdict = check_message(msg, policy=MailPolicy(allow_encrypted=allow, check_body=False))
    (attachment,) = verdict.attachments
    assert attachment.status == "encrypted"
    assert verdict.allowed is allow
