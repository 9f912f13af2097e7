"""Chat exports: a message names a resident, a reply gives their phone, address or arrears."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import assetclass
from assetclass.cli.main import main

TEAMS = """\
[09:15] 佐藤 花子: おはようございます
[09:16] 佐藤 花子: 昨日の件ですが、高橋健一さんから再度問い合わせがありました
[09:18] 鈴木 一郎: 了解です、確認します
[09:19] 鈴木 一郎: {reply}
[09:20] 佐藤 花子: ありがとうございます
[09:21] 鈴木 一郎: 午後に折り返します
[09:25] 佐藤 花子: お願いします
[09:30] 佐藤 花子: 以上です
"""


def _level(text: str, name: str = "chat.txt") -> assetclass.FileResult:
    return assetclass.scan_bytes(text.encode("utf-8"), name)


@pytest.mark.parametrize(
    ("reply", "level"),
    [
        ("連絡先は090-1234-5678です", 2),
        ("住所は釜石市只越町3-9-13です", 2),
        ("保育料を3か月滞納しています", 3),
        ("特に問題ありません", 1),
    ],
)
def test_teams_reply_is_about_the_named_resident(reply: str, level: int) -> None:
    result = _level(TEAMS.format(reply=reply))
    assert result.level == level


def test_without_the_link_the_reply_alone_is_not_personal() -> None:
    """The same reply with no resident named before it: nobody is identified."""
    text = TEAMS.format(reply="連絡先は090-1234-5678です").replace("高橋健一さんから", "窓口に")
    assert _level(text).level == 1


def test_dated_lines_arrows_and_line_works_tabs() -> None:
    dated = (
        "2024/05/01 10:02 佐藤: 只越町の田中一郎さんから保育料の相談がありました\n"
        "2024/05/01 10:05 鈴木: 了解です。先月から未納が3か月続いています\n"
        "2024/05/01 10:07 佐藤: ありがとうございます\n"
        "2024/05/01 10:08 鈴木: 督促は来週です\n"
        "2024/05/01 10:09 佐藤: 了解\n"
        "2024/05/01 10:10 鈴木: はい\n"
        "2024/05/01 10:11 佐藤: 以上\n"
    )
    assert _level(dated).level == 3
    arrow = (
        "佐藤 → 今日窓口に来た中村美咲さんの件、どうなりました？\n"
        "鈴木 → 電話番号は 080-2345-6789 でした\n"
        "佐藤 → 了解です\n鈴木 → 後で回します\n佐藤 → よろしく\n鈴木 → はい\n佐藤 → 戻ります\n"
    )
    assert _level(arrow).level == 2
    line_works = (
        "2024/05/01(水)\n10:02\t佐藤\t山本さくらさんの給食費の件です\n10:03\t鈴木\t半年分の滞納があります\n"
        "10:04\t佐藤\t了解しました\n10:05\t鈴木\t督促状を送ります\n10:06\t佐藤\tお願いします\n"
        "10:07\t鈴木\tはい\n10:08\t佐藤\t以上\n"
    )
    assert _level(line_works).level == 3


def test_speaker_line_then_message_lines() -> None:
    text = (
        "[9:19] 佐藤 花子\n小林大輔さんの件で連絡です\n\n[9:20] 鈴木 一郎\n携帯は090-8765-4321とのことです\n\n"
        "[9:21] 佐藤 花子\nありがとう\n\n[9:22] 鈴木 一郎\nはい\n\n[9:23] 佐藤 花子\n以上です\n\n"
        "[9:24] 鈴木 一郎\n了解\n\n[9:25] 佐藤 花子\nお疲れさまです\n"
    )
    assert _level(text).level == 2


def test_csv_export() -> None:
    rows = [
        "日時,発言者,内容",
        "2024-05-01 10:00,佐藤,おはようございます",
        "2024-05-01 10:01,佐藤,加藤翔太さんの件です",
        "2024-05-01 10:02,鈴木,連絡先は 0193-22-1234 です",
        "2024-05-01 10:03,佐藤,了解",
        "2024-05-01 10:04,鈴木,はい",
    ]
    assert _level("\n".join(rows) + "\n", "export.csv").level == 2
    arrears = [*rows[:3], "2024-05-01 10:02,鈴木,水道料金を半年分滞納しています", *rows[4:]]
    assert _level("\n".join(arrears) + "\n", "export.csv").level == 3


def test_xlsx_export() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["timestamp", "user", "message"])
    ws.append(["10:00", "sato", "今朝の件です"])
    ws.append(["10:01", "sato", "伊藤美穂さんから連絡がありました"])
    ws.append(["10:02", "suzuki", "電話は 090-3333-4444 です"])
    ws.append(["10:03", "sato", "了解です"])
    buf = io.BytesIO()
    wb.save(buf)
    assert assetclass.scan_bytes(buf.getvalue(), "slack.xlsx").level == 2


def test_docx_chat_copy() -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in TEAMS.format(reply="携帯 080-1111-2222 に連絡済みです").splitlines():
        document.add_paragraph(line)
    assert assetclass.scan_document(document).level == 2


def test_staff_addressed_by_name_are_not_the_subject(tmp_path: Path) -> None:
    """佐藤さん、… addresses the other speaker; a phone in the reply is then nobody's private one."""
    text = (
        "[09:15] 佐藤 花子: 鈴木さん、おはようございます\n"
        "[09:16] 鈴木 一郎: 佐藤さん、おはようございます\n"
        "[09:17] 佐藤 花子: 代表番号は0193-22-1111です\n"
        "[09:18] 鈴木 一郎: 了解です\n"
    )
    path = tmp_path / "chat.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    main(["scan", str(path), "--format", "jsonl", "--output", str(out), "--jobs", "1"])
    assert '"level": 1' in out.read_text(encoding="utf-8")


# --- a chat exported to a sheet whose reply gives the resident's health (blind set 4, issue 9) -----
from tests.detect.util import level_of, sheet_doc  # noqa: E402


def _export(
    reply: str, first: str = "明日の訪問、及川 みどりさん（西町の）も回りますか"
) -> list[list[object]]:
    return [
        ["日付", "ルーム", "投稿者", "本文"],
        ["2024/06/03 10:02", "包括連絡", "菊池 拓也", first],
        ["2024/06/03 10:05", "包括連絡", "熊谷 瞳", reply],
        ["2024/06/03 10:07", "包括連絡", "菊池 拓也", "承知しました"],
    ]


@pytest.mark.parametrize(
    ("rows", "level"),
    [
        # should flag: the reply about the resident named above gives their health or arrears
        (_export("先週から入院しています。心不全で透析も始めたそうです"), 3),
        (_export("介護保険料が半年分未納になっています"), 3),
        # should not flag 3: the reply says nothing about health; or nobody was named before it
        (_export("了解です、午後に回ります"), 1),
        (
            _export(
                "先週から入院しています。心不全で透析も始めたそうです",
                first="明日の訪問ルート確認お願いします",
            ),
            1,
        ),
    ],
)
def test_exported_chat_with_health_in_a_reply(rows: list[list[object]], level: int) -> None:
    assert level_of(sheet_doc(rows, name="トーク履歴"))[0] == level  # type: ignore[arg-type]
