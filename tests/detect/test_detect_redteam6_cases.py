"""Weaknesses found by the sixth red-team set (corpus/redteam6.py), as should-flag /
should-not-flag tables through the public classification: each fix is paired with the near misses
it must leave alone. Names, numbers and layouts are this file's own."""

from __future__ import annotations

import pytest

from assetclass.model import CellValue

from .util import detect, level_of, of_type, sheet_doc, text_doc


# --- a phone number right after a person's name and honorific ----------------------------------
@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("市民の大槻 沙織様（TEL 0463-55-2190）より、街灯が切れているとの連絡。", True),
        ("自治会長の宮坂さん 電話:0955-31-7742 へ折り返すこと。", True),
        ("窓口に来られた篠塚 透 様(携帯 080-4417-2296)の件、課内で共有します。", True),
        # an office addressed with 様, and an office's own number: not a person's contact
        ("道路管理課様（TEL 0463-55-2100）へ照会済み。", False),
        ("問い合わせは市役所 市民課（電話 0955-31-7700）まで。", False),
    ],
)
def test_phone_after_honorific_is_the_persons(line: str, flagged: bool) -> None:
    found = of_type(detect(text_doc("メール転送", line), "phone"), "phone", 0.5)
    assert bool(found) is flagged


# --- 所見 in a header: a doctor's finding, or an evaluator's remarks ------------------------------
def _list(header: str, values: list[str]) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = [["職員番号", "氏名", "生年月日", header]]
    names = ["岩永 拓真", "小野寺 恵", "土肥 亮介"]
    births = ["1984-03-12", "1990-11-02", "1979-07-25"]
    for i, (n, b, v) in enumerate(zip(names, births, values, strict=True), start=1):
        rows.append([f"E{i:04d}", n, b, v])
    return rows


@pytest.mark.parametrize(
    ("header", "values", "health"),
    [
        ("健診所見", ["高血圧の疑い", "異常なし", "要精密検査"], True),
        ("医師所見", ["経過観察", "要再検査", "特記なし"], True),
        ("評価者所見", ["主体的に業務改善に取り組んだ", "後輩指導に課題", "対外調整が的確"], False),
        ("所属長所見", ["企画力が高い", "期限管理を徹底のこと", "意欲的"], False),
        ("面談所見", ["異動希望あり", "現職継続を希望", "資格取得予定"], False),
    ],
)
def test_remarks_headers_are_not_health(header: str, values: list[str], health: bool) -> None:
    level, _reasons = level_of(sheet_doc(_list(header, values), name="一覧"))
    assert level == (3 if health else 2)
