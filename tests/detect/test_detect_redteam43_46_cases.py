"""Weaknesses found by blind sets 43–46 (corpus/redteam/set43.py … set46.py) and fixed as classes,
as should-flag / should-not-flag pairs through the public classification. Names, numbers and
layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc, word_doc


def _memo(*lines: str) -> int:
    return level_of(text_doc("\n".join(lines), name="memo.txt"))[0]


def test_a_labelled_line_s_label_is_no_general_talk() -> None:
    record = [
        "支援経過記録（家計改善支援）",
        "相談者：松本 心春（初回面談 令和6年10月7日）",
        "来所の経緯：社会福祉協議会の貸付窓口から紹介。緊張した様子だったが、話し始めると丁寧に状況を説明された。"
        "本人と子2人の3人世帯で、パート勤務。シフトが減った月は収入が大きく落ち込む。",
        "支払いの状況：電気料金2か月分とガス料金3か月分を滞納しており、ガス会社から停止予告が届いている。",
    ]
    assert level_of(text_doc(*record))[0] == 3
    policy = [
        "家計改善支援事業の状況",
        "支払いの状況：電気料金やガス料金を滞納している世帯の相談が増えている。",
    ]
    assert level_of(text_doc(*policy))[0] == 1


def test_a_list_led_by_a_long_row_number_and_the_sex() -> None:
    names = [f"{sur} {given}" for sur in ("横田", "佐々木", "中山", "竹内", "石田", "桑原", "高橋", "宮田", "坂口", "青木", "酒井")
             for given in ("小梅", "義雄", "乙女", "勘助", "ハル", "陽翔", "隼人", "智也", "淑子", "秀明")]  # fmt: skip
    rows = [f"{i:04d} {name}     {'女' if i % 2 else '男'} 筑西市大字関本下{100 + i}番地{i % 9 + 1}"
            for i, name in enumerate(names, start=1)]  # fmt: skip
    assert _memo("後援会 閲覧転記（関本下）", "-" * 40, *rows) == 3
    # the same rows without the addresses list names and sexes only
    bare = [r.split(" 筑西市")[0] for r in rows[:4]]
    assert _memo("後援会 名簿", *bare) == 1


def test_a_decision_on_one_case_is_no_notice_to_an_audience() -> None:
    chat = [
        "[13:05] 鈴木 健一: 舟久保 健太さんから郵便等投票証明書の申請が郵送で来ています",
        "[13:12] 毒島 美穂: 手帳の写しを見ました。下肢機能障害3級なので対象外ですね",
        "[13:13] 鈴木 健一: ご家族に電話して案内します",
    ]
    assert _memo(*chat) == 3
    notice = ["郵便等投票のご案内", "下肢機能障害1級・2級の方が対象です。3級の方は対象外です。"]
    assert _memo(*notice) == 1


def test_an_era_year_and_month_under_a_birth_header() -> None:
    census: list[list[CellValue]] = [
        ["氏名", "続柄", "男女", "出生の年月"],
        ["舟久保 清", "世帯主", "男", "昭和39年9月"],
        ["舟久保 房江", "世帯主の配偶者", "女", "昭和59年11月"],
        ["舟久保 左近", "子", "男", "平成23年10月"],
    ]
    assert level_of(sheet_doc(census, name="調査票"))[0] == 2
    terms: list[list[CellValue]] = [
        [r[0], r[1], r[2], "就任の年月" if i == 0 else r[3]] for i, r in enumerate(census)
    ]
    assert level_of(sheet_doc(terms, name="役員"))[0] == 1


def test_a_tenant_s_dwelling_column() -> None:
    rows: list[list[CellValue]] = [
        ["管理番号", "氏名", "住戸", "区分"],
        ["6097", "舟久保 哲也", "大虫町東団地2号棟203号室", "収入超過"],
        ["3760", "小鳥遊 孝", "高瀬西住宅3号棟202号室", "高額所得"],
    ]
    assert level_of(sheet_doc(rows, name="認定"))[0] == 2
    vacancies: list[list[CellValue]] = [
        ["管理番号", "住戸", "区分"],
        ["6097", "大虫町東団地2号棟203号室", "空き"],
    ]
    assert level_of(sheet_doc(vacancies, name="空家"))[0] == 1


def test_a_number_in_a_message_from_an_office_speaker() -> None:
    log = [
        "■緊急修繕（2024/10/03 電話・窓口 転記）",
        "(09:10)",
        "管理センター 受付 → 塚町第二団地2号棟8号 舟久保 裕子様 トイレの詰まり",
        "(09:11)",
        "管理センター 受付 → 連絡先 0778-78-9510　在宅中",
        "(09:40)",
        "三和給排水 担当 → 了解、10時半に訪問します",
    ]
    assert _memo(*log) == 2
    own = ["■お知らせ", "管理センター 受付 → 夜間の緊急修繕は管理センター 0778-78-1000 へ"]
    assert _memo(*own) == 1


def test_a_health_word_s_own_sentence_decides_general_talk() -> None:
    visit = [
        "見守り訪問記録",
        "対象者　舟久保 乃愛　住戸　越前市塚町2235番地 塚町第二団地2号棟6号",
        "室内の様子　整理されている。",
        "気づき　糖尿病でインスリン自己注射をしているが、打ち忘れが増えているとのこと。"
        "訪問看護の利用について地域包括支援センターに相談する。",
    ]
    assert level_of(text_doc(*visit))[0] == 3
    plan = [
        "見守り事業の方針",
        "糖尿病など持病のある高齢者の訪問看護の利用について、地域包括支援センターと連携する。",
    ]
    assert level_of(text_doc(*plan))[0] == 1


def test_staff_reached_at_their_offices_lines() -> None:
    staff: list[list[CellValue]] = [
        ["区分", "所属", "職名", "氏名", "連絡先"],
        ["直営", "介護保険課", "認定調査員", "佐々木 陽介", "0572-23-1124"],
        ["直営", "介護保険課", "認定調査員", "北村 栄子", "0572-23-1124"],
        ["委託", "ハートフル株式会社 居宅介護支援事業所", "介護支援専門員", "中野 辰巳", "0572-98-1138"],
        ["委託", "医療法人緑風会 居宅介護支援事業所", "介護支援専門員", "松井 孝子", "0572-75-5137"],
    ]
    assert word_doc_level(staff) == 1
    own: list[list[CellValue]] = [
        [*r[:4], "連絡先" if i == 0 else f"0572-4{i}-11{i}0"] for i, r in enumerate(staff)
    ]
    assert word_doc_level(own) == 2


def word_doc_level(rows: list[list[CellValue]]) -> int:
    return level_of(word_doc(rows, "認定調査員 名簿"))[0]


def test_a_professional_named_with_their_profession() -> None:
    doctors: list[list[CellValue]] = [
        ["日程", "嘱託医", "所属", "連絡先"],
        ["2024/11/04", "市川 心春 医師", "松寿園クリニック", "0948-52-7012"],
        ["2024/11/18", "蓼沼 京子 医師", "きりわ歯科医院", "0948-65-4189"],
        ["2024/12/02", "前田 芽依 医師", "みどりクリニック", "0948-84-1855"],
        ["2024/12/16", "大野 芽依 医師", "きりわ歯科医院", "0948-58-2586"],
    ]
    assert level_of(word_doc(doctors, "嘱託医協議 日程表"))[0] == 1
    residents: list[list[CellValue]] = [
        ["日程", "相談者", "地区", "連絡先"],
        ["2024/11/04", "市川 心春", "飯塚", "0948-52-7012"],
        ["2024/11/18", "蓼沼 京子", "幸袋", "0948-65-4189"],
    ]
    assert level_of(word_doc(residents, "相談 日程表"))[0] == 2


def test_a_visit_to_a_doctor_alone_is_no_health_detail() -> None:
    chat = [
        "09:31\t左右田 俊夫\t舟久保 弥太郎さんの意見書、依頼から3週間経ってもまだ届いていません",
        "09:35\t鴇田 ウメ\t医院に確認したら、本人がまだ受診していないそうです",
        "09:40\t左右田 俊夫\t申請書の連絡先は長男の舟久保 巌さん 090-9272-4069",
    ]
    assert _memo(*chat) == 2
    # what the visit found is
    found = [
        *chat[:2],
        "09:40\t左右田 俊夫\t受診の結果、要精密検査とのこと。連絡先は長男の舟久保 巌さん 090-9272-4069",
    ]
    assert _memo(*found) == 3
    # and a mother's low mood after birth is health
    note = [
        "新生児訪問指導 記録票",
        "訪問先：舟久保 芽衣 様宅（亘理町逢隈中泉764番地6）",
        "産後うつの疑いとして、保健師に引き継いだ。",
    ]
    assert level_of(text_doc(*note))[0] == 3
