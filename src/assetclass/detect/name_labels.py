"""The labels that say a name follows: 氏名, 申請者, 差出人, 訪問先 … (a label word, then the name), and
the parties of a case named by their role (審査請求人, 被害者, 請求人代表) before a known name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import checks, vocab

LABEL_WORDS = sorted(
    {w for w, f in vocab.HEADER_RULES if f == "name" and not w.isascii()}
    | {"お名前", "本人", "受取人", "児童名", "差出人", "送信者", "申出人", "依頼者", "通報者", "来庁者"}
    # owners and occupants of a property named in an inspection or report
    | {"所有者", "居住者", "入居者", "占有者", "管理者氏名"}
    # a form in plain Japanese for foreign residents (なまえ（Name）)
    | {"なまえ", "おなまえ"}
    # the resident a case note or a complaint record is about (訪問先：山田 太郎 方, 申出者 山田 花子)
    | {"申出者", "申立人", "訪問先", "面談者", "来所者", "来訪者", "相手方", "氏名又は名称"}
    # the injured, the patient, the petitioner of an emergency, fire or council record
    | {"負傷者", "傷病者", "被災者", "要救助者", "患者", "搬送者", "陳情者", "請願者", "請願人", "陳情人"}
    # a case record titled with its subject (訪問記録 長友 聡, 相談記録：…)
    | {"訪問記録", "相談記録", "面談記録", "面接記録", "対応記録", "支援記録", "経過記録", "ケース記録"}
    # the employee a personnel record is about (対象職員 子育て支援課 主事 西村 雫)
    | {"対象職員", "当該職員", "被災職員", "被処分者", "休職者", "申出職員"},
    key=len,
    reverse=True,
)
# 氏　名 / 名　前: forms space the two characters of a label apart
# 氏名（通称）: a qualifier in brackets may follow the label
LABEL = re.compile(
    "(?:氏[ 　]名|名[ 　]前|"
    + "|".join(LABEL_WORDS)
    + ")(?:氏名|名)?(?:[（(][^）)]{1,6}[）)])?\\s*[:：]?\\s*"
)
# A party named by its role in a case (審査請求人, 被害者, 請求人代表, 相手方の…者): any label word that
# ends in 人 or 者, before a name; not staff, the heads of organisations, speakers or the public
# lists of candidates and award winners (their own rules decide those)
PARTY_LABEL = re.compile(
    r"(?:^|(?<=[\s　、。（()）:：]))([\u4e00-\u9fff]{0,6}(?:人|者|対象|児童|生徒))(?:代表)?[ 　]*[:：]?[ 　]*"
)
# a pupil's grade and class between the label and the name (被害児童：6年1組 竹内　航)
_CLASS = re.compile(rf"{vocab.PUPIL_CLASS}[ 　]+")


def name_start(s: str, end: int) -> int:
    """Where the name after a label ending at ``end`` starts: past a pupil's grade and class."""
    m = _CLASS.match(s, end)
    return m.end() if m else end


NOT_PARTIES = (
    "担当者", "作成者", "記入者", "起案者", "決裁者", "承認者", "運転者", "受付者", "発表者", "説明者",
    "報告者", "司会者", "講演者", "出席者", "欠席者", "参加者", "候補者", "受賞者", "表彰者", "当選者",
    "代表者", "管理者", "責任者", "設置者", "開設者", "営業者", "経営者", "事業者", "業者", "関係者",
    "利用者", "申請者", "保護者",
    # who presents or writes a paper, a report or an abstract (演者：堀 葵（…病院 リハビリテーション科）)
    "演者", "著者", "筆者",
    # who provides a service to the person a record is about (通訳者 山崎 孝之 / 利用者 村上 スエ 様)
    "通訳者", "支援者", "介助者",
    # staff doing the work a record is about (訪問者：黒田 匠 visits 訪問先：錦織 和夫)
    "訪問者", "同行者", "面接者", "調査者", "対応者", "聴取者", "確認者", "点検者", "検査者", "指導者",
    "監督者", "入力者", "応対者", "処理者", "従事者", "立会者",
)  # fmt: skip


def party_labels(s: str) -> Iterator[re.Match[str]]:
    """Matches of PARTY_LABEL whose word names a party of a case (not one of NOT_PARTIES)."""
    if "人" not in s and "者" not in s and "対象" not in s and "児童" not in s and "生徒" not in s:
        return  # cheap test first: this runs on every line
    for m in PARTY_LABEL.finditer(s):
        word = m.group(1)
        if len(word) >= 2 and not word.endswith(NOT_PARTIES) and not LABEL.match(word):
            yield m


_PAIR = re.compile(vocab.SPACED_NAME)


def party_names(s: str) -> list[str]:
    """Known names after a party's label (被害児童：6年1組 竹内　航 → 竹内　航)."""
    out = []
    for m in party_labels(s):
        cut = _PAIR.match(s, name_start(s, m.end()))
        if cut is not None and checks.looks_like_name(cut.group(0)):
            out.append(cut.group(0))
    return out


# the first characters of the labels: a cell that starts with none of them needs no regex
_LABEL_STARTS = frozenset(w[0] for w in LABEL_WORDS) | {"氏", "名"}


def labelled_name(s: str) -> str | None:
    """A known name right after a name label that opens ``s`` (a cell of a list's total row:
    滞納者 榎本 源太郎 滞納額合計（延滞金除く） → 榎本 源太郎)."""
    if s[:1] not in _LABEL_STARTS or (m := LABEL.match(s)) is None:
        return None
    cut = _PAIR.match(s, name_start(s, m.end()))
    return cut.group(0) if cut is not None and checks.looks_like_name(cut.group(0)) else None


_LATIN_HONORIFIC = re.compile(
    r"\b(?:Mr|Ms|Mrs|Miss|Mx)\.?[ ]+([A-Z][A-Za-z'\-]+(?:[ ][A-Z][A-Za-z'\-]+){0,3})"
)
# TRAN VAN HUNG（チャン ヴァン フン）さん: a Latin name, its katakana reading, a Japanese honorific
_LATIN_THEN_HONORIFIC = re.compile(
    r"\b([A-Z][A-Za-z'\-]+(?:[ ][A-Z][A-Za-z'\-]+){1,3})[ 　]?(?:[（(][\u30a0-\u30ff 　・]+[）)])?[ 　]?(?:さん|様|氏|殿)"
)


# ホアン・ミン・アンさん（HOANG MINH AN）, オリベイラ・ハファエル様: a foreign resident's name in katakana,
# its parts set apart by a middle dot, with an honorific (one katakana word alone is a title: サポーターさん)
_KATAKANA_THEN_HONORIFIC = re.compile(
    r"(?<![\u30a1-\u30fa\u30fc・])([\u30a1-\u30fa\u30fc]{2,}(?:[・＝][\u30a1-\u30fa\u30fc]{2,}){1,3})"
    r"(?:[ 　]?(?:さん|様|氏|殿)|[ 　]?[（(][A-Z][A-Za-z' \-]{2,40}[）)])"  # or its Latin spelling in brackets
)


def latin_names(s: str) -> Iterator[str]:
    """Names in Latin letters with an honorific (Mr. John Smith, TRAN VAN HUNG さん), and foreign
    names in katakana with their parts dotted apart (ホアン・ミン・アンさん)."""
    for pattern in (_LATIN_HONORIFIC, _LATIN_THEN_HONORIFIC, _KATAKANA_THEN_HONORIFIC):
        for m in pattern.finditer(s):
            yield m[1]
