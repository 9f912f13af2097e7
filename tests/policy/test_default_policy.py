"""The default policy: level and reason per rule, floors, overrides and schemes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetclass import ConfigError, load_config
from assetclass.cli.main import main
from assetclass.config import Config, default_config
from assetclass.content import Document
from assetclass.model import Classification, Finding
from assetclass.policy.default_policy import classify, load_policy, summarise_where
from assetclass.policy.review import review_reasons


def f(
    type_: str, record: str | None, conf: float = 0.9, locator: str | None = None, fp: str | None = None
) -> Finding:
    return Finding(
        type_, conf, locator or f"{record}", "***", record=record, fingerprint=fp or f"{type_}:{record}"
    )


def person(i: int, *types: str, table: str = "名簿") -> list[Finding]:
    rec = f"{table}#row{i}"
    out = [f("name", rec, locator=f"{table}!A{i}", fp=f"name{i}")]
    out += [f(t, rec, locator=f"{table}!{chr(66 + k)}{i}", fp=f"{t}{i}") for k, t in enumerate(types)]
    return out


@pytest.mark.parametrize(
    ("findings", "level", "rule"),
    [
        ([], 1, "default"),
        ([f("my_number", "p1")], 3, "my_number"),
        ([f("my_number", "p1", conf=0.3)], 1, "default"),  # a lone valid 12-digit number is weak
        ([f("corporate_number", "p1")], 1, "default"),  # public: never raises the level alone
        (person(2, "health"), 3, "health_of_person"),
        ([f("health", "p1")], 1, "default"),  # 障害 in general, nobody named
        (person(2, "arrears"), 3, "arrears_of_person"),
        ([f("arrears", "p1"), f("name", "p2")], 1, "default"),  # different records
        (person(2, "address"), 2, "personal_record"),
        (person(2, "birth_date"), 2, "personal_record"),
        (person(2, "phone"), 2, "personal_record"),
        (person(2, "gender", "income"), 1, "default"),  # name + attributes: not identifying by default
        ([f("name", "p1", conf=0.2), f("address", "p1")], 1, "default"),  # staff name below the floor
        ([x for i in range(2, 103) for x in person(i, "address")], 3, "bulk_personal_records"),
        ([x for i in range(2, 102) for x in person(i, "address")], 2, "personal_record"),  # exactly 100
    ],
)
def test_rules(findings: list[Finding], level: int, rule: str) -> None:
    c = classify(findings, default_config())
    assert c.level == level
    assert c.reasons[0].rule == rule and c.reasons[0].level == level
    assert c.reasons[0].message_ja and c.reasons[0].message_en


def test_bulk_counts_distinct_persons() -> None:
    # the same person in 150 rows (same name and birth date fingerprints) is one person
    rows = [
        x
        for i in range(2, 152)
        for x in (f("name", f"t#row{i}", fp="same"), f("birth_date", f"t#row{i}", fp="same-birth"))
    ]
    c = classify(rows, default_config())
    assert c.level == 2 and c.subjects == 1


def test_reason_names_rule_types_counts_and_ranges() -> None:
    c = classify([x for i in range(2, 6) for x in person(i, "address")], default_config())
    (reason,) = c.reasons
    assert reason.types == ["address", "name"] and reason.count == 8
    assert "名簿!A2:A5" in reason.where and "名簿!B2:B5" in reason.where
    assert "機密性2" in reason.message_ja and "Confidentiality 2" in reason.message_en
    assert "4 件" in reason.message_ja and "4 record(s)" in reason.message_en


def test_summarise_where_folds_grid_locators() -> None:
    found = [Finding("name", 0.9, f"a.csv (row {i}, col 2)", "*") for i in range(3, 9)]
    assert summarise_where(found) == ["a.csv (rows 3-8, col 2)"]


def test_overrides(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        "[policy]\nbulk_subjects = 3\ndisabled_rules = ['personal_record']\n"
        "[policy.confidence]\nmy_number = 0.2\n"
        "[policy.rule.health_of_person]\nlevel = '2'\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert classify([f("my_number", "p", conf=0.3)], config).level == 3
    assert classify(person(2, "health"), config).level == 2
    assert classify(person(2, "address"), config).level == 1
    assert classify([x for i in range(2, 7) for x in person(i, "address")], config).level == 3


def test_scheme_with_sublevels(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        """
[policy.scheme]
name = "自治体機密性3A/3B/3C"
[policy.scheme.levels."3A"]
rank = 3
label = "自治体機密性3A"
[policy.scheme.levels."3B"]
rank = 3
label = "自治体機密性3B"
[policy.rule.my_number]
level = "3A"
[policy.rule.arrears_of_person]
level = "3B"
""",
        encoding="utf-8",
    )
    config = load_config(path)
    c = classify([f("my_number", "p")], config)
    assert c.level == 3 and c.scheme == "自治体機密性3A/3B/3C"
    assert "自治体機密性3A" in c.reasons[0].message_ja
    assert "自治体機密性3B" in classify(person(2, "arrears"), config).reasons[0].message_ja


def test_invalid_policy_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[policy.rule.my_number]\nlevel = '9'\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_policy(load_config(path))
    path.write_text("[[policy.rules]]\nid = 'x'\nkind = 'sometimes'\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_policy(load_config(path))


def test_public_report_about_personal_data_is_level_1(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "個人情報の漏えい事案について\n"
        "本市職員がマイナンバー及び滞納情報を含む名簿を誤送付した事案について報告する。\n"
        "再発防止策として、個人番号の取扱いに関する研修を実施する。\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(report), "--format", "jsonl", "--output", str(out)]) in (0, 1)
    assert '"level": 1' in out.read_text(encoding="utf-8")


def test_cli_level_3_for_my_number_csv(tmp_path: Path) -> None:
    csv = tmp_path / "list.csv"
    csv.write_text("氏名,個人番号\n佐藤 花子,123456789018\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    main(["scan", str(csv), "--format", "jsonl", "--output", str(out)])
    text = out.read_text(encoding="utf-8")
    assert '"level": 3' in text and "123456789018" not in text


# --- when in doubt, the higher level (unlinked_personal_data, possible_sensitive_detail) ---------------


def loose(type_: str, n: int, conf: float = 0.9, where: str = "paragraph") -> Finding:
    """A finding in running text, tied to no record."""
    return f(type_, None, conf=conf, locator=f"{where} {n}", fp=f"{type_}@{n}")


def reviewed(findings: list[Finding], config: Config | None = None) -> tuple[Classification, list[str]]:
    """The classification and the review codes the built-in review hook adds to it."""
    config = config or default_config()
    c = classify(findings, config)
    return c, [r.code for r in review_reasons(Document("memo.txt", "txt"), findings, c, config)]


def test_unlinked_name_and_phone_in_a_letter_raise_to_2_for_review() -> None:
    c, codes = reviewed([loose("name", 1), loose("phone", 6)])
    assert c.level == 2 and c.reasons[0].rule == "unlinked_personal_data"
    assert c.reasons[0].message_ja.startswith("要確認")
    assert codes == ["doubt_raised"]


@pytest.mark.parametrize(
    "findings",
    [
        [loose("name", 1), loose("address", 40)],  # far apart: different matters
        [loose("name", 1)] + [loose("address", n) for n in range(2, 12)],  # a district list naming one person
        [loose("name", 1), loose("phone", 3, conf=0.2)],  # the detail is below its floor
        [loose("phone", 3)],  # nobody named
    ],
)
def test_unlinked_stays_1_without_a_plausible_person(findings: list[Finding]) -> None:
    c, codes = reviewed(findings)
    assert c.level == 1 and "doubt_raised" not in codes


def test_unlinked_does_not_stand_beside_a_firm_record() -> None:
    c, codes = reviewed([*person(2, "address"), loose("phone", 50)])
    assert c.level == 2 and [r.rule for r in c.reasons] == ["personal_record"]
    assert "doubt_raised" not in codes


def test_a_header_or_text_box_is_near_everything() -> None:
    name = f("name", None, locator="header (section 1)", fp="n")
    assert classify([name, loose("birth_date", 90)], default_config()).level == 2


def test_candidate_health_in_a_personal_document_raises_2_to_3_for_review() -> None:
    c, codes = reviewed([*person(2, "address"), loose("health", 30, conf=0.5)])
    assert c.level == 3 and c.reasons[0].rule == "possible_sensitive_detail"
    assert [r.rule for r in c.reasons] == ["possible_sensitive_detail", "personal_record"]
    assert "doubt_raised" in codes
    # an unlinked person counts as personal data too
    assert (
        classify([loose("name", 1), loose("phone", 2), loose("arrears", 4, conf=0.5)], default_config()).level
        == 3
    )


@pytest.mark.parametrize(
    "findings",
    [
        [loose("health", 3, conf=0.9)],  # 障害 in general: no person's data in the document
        [*person(2, "address"), loose("health", 30, conf=0.3)],  # too weak a candidate
        [*person(2, "gender"), loose("arrears", 5)],  # a name with attributes only is not personal data
    ],
)
def test_candidate_needs_personal_data_and_a_real_candidate(findings: list[Finding]) -> None:
    assert classify(findings, default_config()).level < 3


def test_doubt_rules_are_policy_data(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        "[policy]\ndisabled_rules = ['possible_sensitive_detail']\n"
        "[policy.rule.unlinked_personal_data]\nmax_per_name = 20\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert classify([*person(2, "address"), loose("health", 30, conf=0.5)], config).level == 2
    listing = [loose("name", 1)] + [loose("address", n) for n in range(2, 12)]
    assert classify(listing, config).level == 2  # ten places per name are now allowed
