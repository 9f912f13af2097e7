"""Weaknesses found by blind sets 39–42 (corpus/redteam/set39.py … set42.py) and fixed as classes,
as should-flag / should-not-flag pairs through the public classification. Names, numbers and
layouts are this file's own."""

from __future__ import annotations

import datetime as dt

from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc, word_doc


def _memo(*lines: str, name: str = "memo.txt") -> int:
    return level_of(text_doc("\n".join(lines), name=name))[0]


def _word_table(rows: list[list[CellValue]], *paragraphs: str) -> int:
    return level_of(word_doc(rows, *paragraphs))[0]


def _day(d: int) -> dt.date:
    return dt.date(2024, 11, d)


def _daily(*values: str) -> list[list[CellValue]]:
    """One row a day (3rd to 8th of November): the date, then ``values``."""
    return [[_day(d), *values] for d in range(3, 9)]


def test_a_one_person_form_above_a_log_owns_the_log() -> None:
    watch: list[list[CellValue]] = [
        ["健康観察票（14日間）", None, None, None],
        [None, None, None, None],
        ["氏名", "舟久保 裕子", "電話", "080-3269-1985"],
        ["住所", "裾野市葛山2963番地", "最終接触日", "2024/11/02"],
        [None, None, None, None],
        ["日付", "朝の体温", "夕の体温", "症状"],
        *_daily("36.6", "36.8", "なし"),
        [_day(9), "38.4", "38.9", "発熱・咳"],
    ]
    assert level_of(sheet_doc(watch, name="健康観察票"))[0] == 3
    # the log alone names no one: its readings are nobody's record
    alone: list[list[CellValue]] = watch[5:]
    assert level_of(sheet_doc(alone, name="健康観察票"))[0] == 1


def test_a_log_titled_with_the_one_person_it_is_about() -> None:
    care: list[list[CellValue]] = [
        ["医療的ケア実施記録（11月）　児童：舟久保 律（小4）", None, None, None],
        [None, None, None, None],
        ["日付", "時刻", "ケア", "実施者"],
        *_daily("10:15", "口腔内吸引", "看護師"),
    ]
    assert level_of(sheet_doc(care, name="11月"))[0] == 3
    # the same log of a training session names nobody
    training: list[list[CellValue]] = [["医療的ケア 研修 実施記録（11月）", None, None, None], *care[1:]]
    assert level_of(sheet_doc(training, name="11月"))[0] == 1


def test_symptoms_and_infections_are_health() -> None:
    chat = [
        "2024/11/15(金)",
        "08:55\t下平 寛治\t舟久保 智也さん、今朝の報告がまだです",
        "09:12\t渡辺 貴之\tさっき電話がつながりました。38.9度の発熱と咳があるそうです",
        "09:13\t下平 寛治\tPCR の手配をします",
    ]
    assert _memo(*chat) == 3
    mail = [
        "件名: 発生届の訂正について",
        "昨日届け出た 舟久保 十和子（昭和52年5月11日生）の梅毒発生届ですが、訂正させてください。",
    ]
    assert _memo(*mail) == 3
    notice = ["保健所からのお知らせ", "発熱や咳のある方は、受診前に電話でご相談ください。"]
    assert _memo(*notice) == 1


def test_welfare_in_a_body_s_name_is_no_general_talk() -> None:
    chat = [
        "[11:05] 長谷川 善次郎: 小山町の 舟久保 甚八ちゃん、その後どうですか",
        "[11:08] 市川 千代: 社会福祉法人 済生会病院に入院中。溶血性尿毒症症候群で透析が始まったそうです",
        "[11:09] 長谷川 善次郎: 菌株は衛研に送りました",
    ]
    assert _memo(*chat) == 3
    plan = ["社会福祉協議会の事業について", "透析患者の送迎支援事業を社会福祉法人に委託する。"]
    assert _memo(*plan) == 1


def test_a_lecturer_named_by_role_whose_home_is_given() -> None:
    chat = [
        "[14:02] 竹内 乃愛: 市民講座の講師をお願いした 舟久保 美穂さん（元保健師）の謝金、どこへ送りますか",
        "[14:05] 北村 甚八: ご自宅です。静岡県御殿場市東田中３丁目７－１１",
        "[14:06] 竹内 乃愛: 了解です",
    ]
    assert _memo(*chat) == 2
    venue = [
        "[14:02] 竹内 乃愛: 市民講座の講師をお願いした 舟久保 美穂さん（元保健師）の会場、どこですか",
        "[14:05] 北村 甚八: 公民館です。静岡県御殿場市東田中３丁目７－１１ 東田中公民館",
        "[14:06] 竹内 乃愛: 了解です",
    ]
    assert _memo(*venue) == 1


def test_a_column_of_a_test_s_results() -> None:
    stool: list[list[CellValue]] = [
        ["氏名", "生年月日", "採取日", "ノロウイルスGII"],
        ["舟久保 敬介", "1995/09/08", "2024/10/23", "陽性"],
        ["鍛冶 麻衣", "1970/09/12", "2024/10/23", "陰性"],
        ["藤田 十和子", "1973/02/11", "2024/10/23", "陰性"],
    ]
    assert level_of(sheet_doc(stool, name="検便結果"))[0] == 3
    samples: list[list[CellValue]] = [
        [r[0], r[1], r[2], "検体番号" if i == 0 else f"K-{i:03d}"] for i, r in enumerate(stool)
    ]
    assert level_of(sheet_doc(samples, name="検体受付"))[0] == 2


def test_representatives_listed_with_their_own_contact() -> None:
    reps: list[list[CellValue]] = [
        ["法人名", "代表者", "代表者住所", "代表者電話"],
        ["株式会社若葉モータース", "舟久保 俊介", "大垣市林町1丁目2番9号", "090-3346-7148"],
        ["明星食品合同会社", "四十物 キヨ", "大垣市郭町３丁目２０－２", "090-2511-7172"],
        ["合同会社北辰建設", "橋本 鶴松", "大垣市禾森町三丁目5番地11", "0584-78-7343"],
    ]
    assert level_of(sheet_doc(reps, name="代表者一覧"))[0] == 2
    firms: list[list[CellValue]] = [
        ["法人名", "代表者", "所在地", "代表電話"],
        *[[r[0], r[1], r[2], f"0584-7{i}-1000"] for i, r in enumerate(reps[1:])],
    ]
    assert level_of(sheet_doc(firms, name="法人一覧"))[0] == 1


def test_a_form_s_party_named_by_what_they_do() -> None:
    pledge: list[list[CellValue]] = [
        ["誓約者", "舟久保 佳奈"],
        ["住所", "大垣市林町１丁目３０－１２"],
        ["滞納額", "360,000 円（市県民税 令和4・5年度）"],
    ]
    assert _word_table(pledge, "分納誓約書") == 3
    # the staff who took it is no party of the form
    taken: list[list[CellValue]] = [
        ["受付者", "舟久保 佳奈"],
        ["受付日", "令和6年10月28日"],
        ["件名", "分納の相談"],
    ]
    assert _word_table(taken, "相談受付票") == 1


def test_a_pupil_named_before_their_grade() -> None:
    plan = [
        "個別の指導計画（2学期）",
        "百目鬼 葵　中2　特別支援学級（自閉症・情緒障害）",
        "長期目標：身の回りのことを自分で行う。",
    ]
    assert level_of(text_doc(*plan))[0] == 3
    overview = [
        "特別支援学級の概要",
        "中2　特別支援学級（自閉症・情緒障害）　2学級",
        "長期目標：身の回りのことを自分で行う。",
    ]
    assert level_of(text_doc(*overview))[0] == 1


def test_a_given_name_that_ends_as_a_place_does() -> None:
    letter = [
        "西条市教育委員会 学校教育課 御中",
        "任用辞退届",
        "家族の転勤により西条市を離れることとなったため、辞退いたします。",
        "住所　西条市神拝4丁目16番19号",
        "氏名　一尺八寸 都",
        "電話　070-4527-9771",
    ]
    assert level_of(text_doc(*letter))[0] == 2
    office = ["送付先", "住所　西条市神拝4丁目16番19号", "宛先　東京 都", "電話　0897-52-1100"]
    assert level_of(text_doc(*office))[0] == 1


def test_two_common_nouns_are_no_name_whatever_surname_they_start_with() -> None:
    rules = [
        "積極的疫学調査 実施要領",
        "4 関係機関 管内 御殿場市・裾野市 の保健担当課と情報を共有する。電話 0550-82-1224",
    ]
    assert level_of(text_doc(*rules))[0] == 1


def test_a_statute_s_name_is_no_condition_of_the_addressee() -> None:
    head = ["〒 410-5461", "裾野市富士見台3丁目23番14号", "舟久保 キヨ 様", "接触者健康診断のお知らせ"]
    law = "感染症の予防及び感染症の患者に対する医療に関する法律第17条に基づき、健康診断を実施します。"
    assert level_of(text_doc(*head, law))[0] == 2
    assert level_of(text_doc(*head, "先日の検査で結核と診断されたため、治療を開始します。"))[0] == 3


def test_a_course_or_a_role_named_after_a_disease() -> None:
    form = [
        "感染症予防 市民講座 受講申込書",
        "氏名 舟久保 美穂",
        "受講希望 第 3 回 ノロウイルスと家庭の消毒",
        "住所 静岡県裾野市平松56番地",
    ]
    assert level_of(text_doc(*form))[0] == 2
    roster: list[list[CellValue]] = [
        ["氏名", "住所", "電話"],
        ["舟久保 乃愛", "小山町藤曲3350番地", "0550-80-4938"],
    ]
    assert _word_table(roster, "服薬支援協力員 委嘱名簿") == 2
    # a course attended for one's own condition is health
    own = [
        "結核 服薬支援 面談記録",
        "氏名 舟久保 美穂",
        "内容 結核の治療で服薬中。飲み忘れなし。",
        "住所 静岡県裾野市平松56番地",
    ]
    assert level_of(text_doc(*own))[0] == 3


def test_a_sample_form_s_name_made_of_a_form_word() -> None:
    sample = [
        "就業制限通知書【記入例】",
        "届出 良子 様（記入例）",
        "住所 ○○市△△町9丁目9番9号",
        "1 病名 腸管出血性大腸菌感染症",
    ]
    assert level_of(text_doc(*sample))[0] == 1
    real = ["就業制限通知書", "舟久保 良子 様", "住所 裾野市平松56番地", "1 病名 腸管出血性大腸菌感染症"]
    assert level_of(text_doc(*real))[0] == 3


def test_a_disease_in_a_committee_s_name() -> None:
    request = [
        "件名: 議事概要の送付",
        "感染症診査協議会の議事概要を郵送でいただけますか。",
        "〒412-5257 静岡県御殿場市東田中3丁目25番1号 コーポ中央208",
        "舟久保 恵子（電話 0550-60-8859）",
    ]
    assert _memo(*request) == 2


def test_nothing_owed_is_no_arrears() -> None:
    head = ["〒 503-3591", "大垣市禾森町1丁目23番18号", "舟久保 蒼真 様", "納税証明書（その1）"]
    assert level_of(text_doc(*head, "税目 市県民税 令和5年度 税額 210,000円 未納税額 0円"))[0] == 2
    assert level_of(text_doc(*head, "税目 市県民税 令和5年度 税額 210,000円 未納税額 52,000円"))[0] == 3


def test_school_staff_listed_at_their_schools() -> None:
    staff: list[list[CellValue]] = [
        ["No.", "学校名", "職名", "氏名", "学校電話"],
        [1, "飯岡小学校", "養護教諭", "四十物 亜希子", "0897-52-1601"],
        [2, "氷見小学校", "教諭", "竹内 昌平", "0897-53-1614"],
        [3, "朔日市小学校", "養護教諭", "中山 綾", "0897-54-1627"],
    ]
    assert level_of(sheet_doc(staff, name="受講者"))[0] == 1
    mobiles: list[list[CellValue]] = [
        ["No.", "学校名", "職名", "氏名", "携帯電話"],
        [1, "飯岡小学校", "養護教諭", "四十物 亜希子", "090-5211-1601"],
        [2, "氷見小学校", "教諭", "竹内 昌平", "080-5311-1614"],
        [3, "朔日市小学校", "養護教諭", "中山 綾", "070-5411-1627"],
    ]
    assert level_of(sheet_doc(mobiles, name="緊急連絡網"))[0] == 2


def test_the_injured_employee_a_report_is_about() -> None:
    report = [
        "公務災害 発生報告",
        "被災職員：舟久保 恵（特別支援教育支援員・船屋小学校）",
        "発生状況：体育館で児童の移動を介助中、足を滑らせて転倒した。",
        "傷病名：右橈骨遠位端骨折。全治6週間の見込み。",
    ]
    assert level_of(text_doc(*report))[0] == 3
