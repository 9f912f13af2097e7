"""Weaknesses found by blind sets 47–50 (corpus/redteam/set47.py … set50.py) and fixed as classes,
as should-flag / should-not-flag pairs through the public classification. Names, numbers and
layouts are this file's own."""

from __future__ import annotations

from assetclass.model import CellValue

from .util import level_of, sheet_doc, text_doc


def _memo(*lines: str) -> int:
    return level_of(text_doc("\n".join(lines), name="memo.txt"))[0]


def test_a_print_s_selection_line_is_no_header_row() -> None:
    rows: list[list[CellValue]] = [
        ["出力条件：支給区", "分=定例 並び順=カナ氏", "名", "", ""],
        ["受給者番号", "氏名", "カナ氏名", "生年月日", "住所"],
    ]
    names = [f"{s} {g}" for s in ("四十物", "飯田", "小川", "石井", "森田", "青木", "岡本", "中島", "松尾", "杉山", "平野")
             for g in ("悠真", "亜紀", "健太", "蓮", "結衣", "陽菜", "大翔", "美咲", "湊", "葵")]  # fmt: skip
    rows += [[f"{1000 + i}", n, "カナ", f"H{1 + i % 20}.{1 + i % 12}.{1 + i % 28}", f"関市桜本町{1 + i % 5}丁目{i}番地"]
             for i, n in enumerate(names)]  # fmt: skip
    assert level_of(sheet_doc(rows, name="受給者一覧"))[0] == 3


def test_a_number_said_to_be_a_mobile_after_it() -> None:
    chat = [
        "13:51\t水野 麻衣\t未請求の加藤 麻衣さん、通知が宛先不明で戻ってきました",
        "15:55\t水野 麻衣\t電話番号わかりますか？",
        "16:03\t一尺八寸 杏\t保育所の申込時の控えに 090-3156-6452 とあります。携帯です",
    ]
    assert _memo(*chat) == 2
    nursery = [
        "13:51\t水野 麻衣\t保育所の電話番号わかりますか？",
        "16:03\t一尺八寸 杏\t保育所の番号は 0575-22-1100 です",
    ]
    assert _memo(*nursery) == 1


def test_a_form_s_name_block_with_a_row_per_party() -> None:
    form: list[list[CellValue]] = [
        ["こども医療費受給者証 交付申請書", None, None, None, None],
        ["保護者", "姓", "名", "セイ", "メイ"],
        [None, "松本", "円香", "マツモト", "マドカ"],
        ["こども", "松本", "澪", "マツモト", "ミオ"],
        ["こどもの生年月日", "令和6年10月1日", "続柄", "子", None],
        ["住所", "関市桜本町4丁目22番7号 ハイツ清流308", None, None, None],
        ["電話", "070-2405-8587", None, None, None],
    ]
    assert level_of(sheet_doc(form, name="申請書"))[0] == 2
    blank: list[list[CellValue]] = [[r[0], *([None] * 4)] if i > 1 else r for i, r in enumerate(form)]
    assert level_of(sheet_doc(blank, name="申請書"))[0] == 1


def test_the_interpreter_is_no_second_subject_of_the_report() -> None:
    report = [
        "手話通訳 派遣報告書",
        "派遣日 令和6年11月12日　通訳者 山崎 孝之",
        "利用者 村上 スエ 様",
        "派遣先 市立病院 産婦人科外来",
        "待合室で利用者と合流し、受付から会計まで通訳した。",
        "内容：妊娠24週、妊娠糖尿病と診断。食事療法とインスリン導入の説明。",
    ]
    assert level_of(text_doc(*report))[0] == 3
    # an interpreters' roster names them in their role
    roster = ["手話通訳者 派遣予定", "通訳者 山崎 孝之　担当 11月12日 午前"]
    assert level_of(text_doc(*roster))[0] == 1


def test_a_household_named_after_its_address() -> None:
    report = [
        "火災原因判定書",
        "1 火災の概要 令和6年10月9日、西条市大町5丁目26番19号 の 酒井 綾乃 方 住宅から出火した。",
        "2 出火原因 ストーブ上の衣類への着火と判定する。",
        "3 負傷 居住者は消火しようとして両手にII度の熱傷を負い、救急搬送された。",
    ]
    assert level_of(text_doc(*report))[0] == 3
    other = ["火災原因判定書", "1 火災の概要 令和6年10月9日、西条市大町5丁目26番19号 の 倉庫から出火した。"]
    assert level_of(text_doc(*other))[0] == 1


def test_a_short_remark_naming_a_condition() -> None:
    rows: list[list[CellValue]] = [
        ["No", "氏名", "電話", "配慮事項"],
        [1, "百目木 芽生", "0897-80-5222", "気管支喘息"],
        [2, "三浦 喜八郎", "070-8387-2020", "心臓ペースメーカー"],
        [3, "上遠野 美穂", "0897-83-4527", "なし"],
    ]
    assert level_of(sheet_doc(rows, name="配慮"))[0] == 3
    seats: list[list[CellValue]] = [
        [*r[:3], "配慮事項" if i == 0 else "前方の席"] for i, r in enumerate(rows)
    ]
    assert level_of(sheet_doc(seats, name="配慮"))[0] == 2


def test_money_owed_for_books_is_arrears_and_late_books_are_not() -> None:
    chat = [
        "[14:02] 纐纈 一馬: 山崎 葵さんが貸出停止の理由を聞かれています",
        "[14:04] 石川 椿: 弁償金 2,640円が未納で、督促状も2回出しています。納付されるまで貸出停止です",
        "[14:05] 纐纈 一馬: 承知しました",
    ]
    assert _memo(*chat) == 3
    late = [
        "件名: RE: 督促はがきが届いた件",
        "下記の方、返却済みの確認が取れました。お詫びの電話を入れてください。",
        "> 返却期限を過ぎているというはがきが届きましたが、先週ポストに返却しています。",
        "> 山崎 葵（電話 080-4050-6833）",
    ]
    assert _memo(*late) == 2


def test_a_reading_service_s_record_is_no_work_of_fiction() -> None:
    record = [
        "対面朗読 受付記録",
        "申込者：我妻 芽依 様　住所：筑西市大字布川2054番地",
        "希望資料：町内会の総会資料、市の広報紙。",
        "聞き取り事項：網膜色素変性症により視野が狭くなっており、文字がほとんど読めなくなったとのこと。",
    ]
    assert level_of(text_doc(*record))[0] == 3
    story = ["朗読 短編集", "我妻 芽依 様は、網膜色素変性症の主人公として描かれる。"]
    assert level_of(text_doc(*story))[0] < 3


def test_a_sentence_after_a_party_label_is_no_name() -> None:
    policy = [
        "福祉資金償還金の滞納整理に関する方針",
        "4 連帯保証人\u3000滞納が6か月を超え、借主との連絡が取れない場合に限り、連帯保証人へ請求する。",
    ]
    assert level_of(text_doc(*policy))[0] == 1
    named = ["連帯保証人 変更届", "連帯保証人\u3000中島 亮（関市桜本町4丁目22番7号）"]
    assert level_of(text_doc(*named))[0] == 2


def test_doctors_listed_by_their_clinics() -> None:
    doctors: list[list[CellValue]] = [
        ["医療機関名", "所在地", "電話番号", "指定医氏名", "診療科", "指定障害区分"],
        ["市立病院", "美濃市大字極楽寺1939番地6", "0575-80-6988", "小比類巻 忠雄", "整形外科", "肢体不自由"],
        [
            "さくら通り整形外科",
            "美濃市常盤町５丁目１４－２３",
            "0575-42-7573",
            "小川 孝之",
            "整形外科",
            "聴覚・平衡",
        ],
    ]
    assert level_of(sheet_doc(doctors, name="指定医"))[0] == 1
    patients: list[list[CellValue]] = [
        ["医療機関名", "所在地", "電話番号", "受診者氏名", "診療科", "障害区分"],
        *doctors[1:],
    ]
    assert level_of(sheet_doc(patients, name="受診者"))[0] == 3


def test_words_that_hold_a_health_word_without_being_one() -> None:
    notice = [
        "株式会社中央ビル管理",
        "代表取締役 伊藤 ウメ 様",
        "立入検査の結果、下記の不備事項がありましたので通知します。",
        "1. 屋内消火栓の使用障害",
        "2. 防火戸前の物品存置",
    ]
    assert level_of(text_doc(*notice))[0] == 1
    chat = [
        "21:16\t救急隊 村上 陽向\t通報者は隣家の 山崎 翔太 さんです",
        "21:17\t救急隊 村上 陽向\t携帯 090-6398-8277",
        "21:30\t救急隊 村上 陽向\t傷病者は西条市民病院へ収容、引継ぎ済み",
    ]
    assert _memo(*chat) == 2
    hurt = [*chat[:2], "21:30\t救急隊 村上 陽向\t山崎さん本人も右手首を骨折、西条市民病院へ収容"]
    assert _memo(*hurt) == 3


def test_a_firm_s_own_phone_and_a_desk_named_after_a_service() -> None:
    mail = [
        "件名: RE: 見積単価の改定について",
        "> 部材価格の上昇に伴い、車椅子の修理単価を改定させていただきたく存じます。",
        "> 弊社所在地：美濃市相生町２丁目２３－２１　電話 0575-73-3541",
        "> 株式会社義肢工房アルファ 営業部 山田 隆",
    ]
    assert _memo(*mail) == 1
    chat = [
        "[LINE WORKS] 障害者サービス担当のトーク履歴",
        "10:02\t後藤 雅\t協力者の柴田 椿さんが明日お休みです",
        "10:05\t百目鬼 博\t柴田さんの連絡先 0296-65-4311 に予定を確認して",
    ]
    assert _memo(*chat) == 2


def test_a_role_named_after_a_disability_scheme() -> None:
    notice = [
        "〒 501-2560 美濃市広岡町1丁目25番地4",
        "五月女 雅人 様",
        "障害支援区分認定調査員の登録について（通知）",
    ]
    assert level_of(text_doc(*notice))[0] == 2
    grade = [*notice[:2], "障害支援区分の認定について（通知）", "区分 4 と認定しました。"]
    assert level_of(text_doc(*grade))[0] == 3
