"""Health and disability data (要配慮個人情報): 診断書, 病名, 傷病名, 障害, 障害者手帳, 病歴, 通院, 服薬.

Tables: a 病名/傷病名/障害/手帳/要介護度 column with a value in a person's row (0.9). Text: a health
word in a line that names a person (0.85) or in a letter to a person (0.8); 0.1 in general talk
(障害福祉計画, 制度, 事業). The policy only counts health data in the same record as a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from ..normalize import cell_text, compact
from . import letters, tables, text, text_headers, vocab, words
from .confidence import (
    AUDIENCE_NOTICE,
    DISMISSED,
    MODERATE_CONTEXT,
    NAMED_CONTEXT,
    RECORD_CONTEXT,
    STRONG_CONTEXT,
    WEAK_CANDIDATE,
    WEAK_CONTEXT,
)
from .findings import ColumnHits, finding
from .table_info import FREE_TEXT_MAX

TYPE = "health"
_PLAIN = re.compile("|".join(sorted(vocab.HEALTH_WORDS, key=len, reverse=True)))
_WORDS = re.compile(f"{_PLAIN.pattern}|{vocab.HEALTH_TEST_RESULT}|{vocab.HEALTH_CONDITION}")
# the last characters of HEALTH_CONDITION's endings: a line without one needs no slow search
_CONDITION_ENDS = frozenset("病症炎塞全瘍血")


def _maybe_health(s: str) -> bool:
    """Cheap gate run on every line: a health word, a test's result, or an ending a condition may have."""
    return (
        bool(_PLAIN.search(s))
        or ("陽性" in s or "陰性" in s)
        or (not _CONDITION_ENDS.isdisjoint(s) and bool(_WORDS.search(s)))
    )


# a screening's or check-up's name (がん検診, 就学時健康診断): the service or the event, not a
# condition; its result (要精密) is health data, and a 健康診断書 is a certificate of one
_SCREENING = re.compile(
    r"[胃肺乳大腸子宮頸前立腺]{0,4}がん(?:検診|健診)|(?:就学時|定期|特定|職場)?健康診断(?!書)"
    r"|受診(?:券|票|案内|日|会場|方法|期間|予約)"  # a voucher, a date, a place: logistics of a check-up
    # a disease naming its vaccine (日本脳炎 第 2 期の予防接種, 肺炎球菌ワクチン): the shot offered
    r"|[^\s、。（(]{1,10}(?:[ 　]*第[ 　]*[0-9０-９一二三]+[ 　]*期)?[ 　]*の?(?:予防接種|ワクチン)"
)


# a place or a body named after its purpose (福祉避難所, 障害福祉施設, 社会福祉法人, 社会福祉協議会):
# its 福祉 is no general talk about welfare
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}(?:避難所|施設|事業所|会館|作業所|法人|協議会)")


def _without_screenings(s: str) -> str:
    """``s`` with screenings' names blanked out (特定健診・がん検診 予約受付票: the screening booked,
    not anyone's cancer), and words that hold a health word without being one (中小企業診断士,
    傷病者, 使用障害: vocab.NOT_HEALTH)."""
    if "傷病者" in s or "障害" in s or "診断" in s:
        s = vocab.blank(vocab.NOT_HEALTH, s)
    if "診" not in s and "予防接種" not in s and "ワクチン" not in s:
        return s
    return vocab.blank(_SCREENING, s)


# a list of papers to bring or attach (提出書類 承諾書、健康診断書、免許証の写し): 診断書 there is a
# form the person will hand in, not a finding about them
_PAPERS_LINE = re.compile(r"^[\s　・]*(?:提出書類|添付書類|必要書類|必要なもの|持ち物|持参するもの|持参物)")
_PAPER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:診断書|受診票|証明書)")


# a law's name (感染症の予防及び感染症の患者に対する医療に関する法律第17条, 障害者総合支援法): the
# statute a letter cites, not the addressee's condition
_LAW = re.compile(
    r"[^\s、。「」（）()]{2,40}に関する法律|[\u4e00-\u9fff]{2,12}法(?=第[0-9０-９一二三四五六七八九十]+条|に基づ|の規定)"
)


def _without_laws(s: str) -> str:
    if "法" not in s:
        return s
    return vocab.blank(_LAW, s)


def _without_papers(s: str) -> str:
    """``s`` with the names of papers blanked out when the line lists papers to hand in."""
    if not _PAPERS_LINE.match(s):
        return s
    return vocab.blank(_PAPER, s)


# a bracket opened right after a surname and given name, still open where the health word is
_IN_NAMES_PARENS = re.compile(
    r"[\u4e00-\u9fff々]{1,4}[ 　][\u4e00-\u9fff々\u3040-\u30ff]{1,5}[（(][^）)]{0,20}$"
)
_AFTER_HONORIFIC_PARENS = re.compile(
    r"(?<!お)[\u4e00-\u9fff々\u30a0-\u30ff][ 　]?(?:様|さん|氏|殿)[（(][^）)]{0,20}$"
)
_PERSON = re.compile(
    r"(?<!お)[\u4e00-\u9fff々\u30a0-\u30ff][ 　]?(?:様|さん|氏|殿|君|ちゃん)"
)  # not お子さん
# a label cell (障害の有無, 障害者手帳) rather than a value (有（自閉スペクトラム症　療育手帳B）, 2級)
_LABEL_LIKE = re.compile(r"^[^\d０-９（）()、。：:]{1,10}$")
_EMPTY = {"", "-", "なし", "無", "無し", "該当なし", "－", "ー", "―"}


def _absent(value: str) -> bool:
    """なし, 該当なし, or a category ruled out (死因 | 「一類感染症等」以外 on a cremation permit)."""
    v = compact(value)
    return v in _EMPTY or v.endswith("以外")


# a document about a registered dog or a pet (犬種, 狂犬病予防注射, 動物病院): its illnesses are the
# animal's; a bite (咬傷, かまれ) or an injury in it is a person's again
_ANIMAL_WORDS = ("犬種", "犬の名前", "登録犬", "飼い犬", "飼犬", "畜犬", "狂犬病", "ペット", "動物病院")
_PERSON_HURT_WORDS = ("咬", "噛", "かまれ", "縫合", "負傷", "けが", "ケガ")


def _about_an_animal(document: Document, context: DetectContext) -> bool:
    found = context.cache.get("about_an_animal")
    if found is None:

        def texts() -> Iterator[str]:
            yield from (line.text for line in text.lines(document, context))
            yield from (
                cell_text(v) for t in document.tables for row in t.rows[:40] for v in row if v is not None
            )

        found = any(vocab.has_any(t, _ANIMAL_WORDS) for t in texts()) and not any(
            vocab.has_any(t, _PERSON_HURT_WORDS) for t in texts()
        )
        context.cache["about_an_animal"] = found
    return bool(found)


def scan_text(
    s: str,
    locator: str,
    record: str,
    context: DetectContext,
    letter: str | None,
    person: bool = False,
) -> Iterator[Finding]:
    """``person``: the line is a row of a person table in text, or sits in a record naming someone."""
    s = _without_laws(_without_papers(_without_screenings(s)))
    m = vocab.first_word_outside_offices(_WORDS, s)
    if m is None:
        return  # がんばる, しゃがむ, 障害なし, 障害福祉課: no health word after all
    # the health word's own sentence says what it is about (…インスリン自己注射をしているとのこと。
    # 訪問看護の利用について…: the next sentence's general words are another matter)
    end = s.find("。", m.end())
    sentence = s[s.rfind("。", 0, m.start()) + 1 : len(s) if end < 0 else end + 1]
    # general words inside the health terms themselves do not count (保健福祉手帳 holds 福祉)
    rest = _PLACE_NAME.sub("", vocab.OFFICE_NAME.sub("", _WORDS.sub("", sentence)))
    first_person = vocab.has_any(s, vocab.FIRST_PERSON)  # 私は…で通院: the writer's own health
    # a labelled line in a record that names its person (相談者：… / 相談内容：手帳の等級変更について):
    # "…について" is the subject of that person's case, as in a letter (not 議題1　…について)
    case_line = person and vocab.LABELLED_LINE.match(s) is not None
    general = (
        not first_person
        and vocab.has_any(rest, vocab.LETTER_GENERAL_HEALTH if case_line else vocab.HEALTH_GENERAL_WORDS)
        and not vocab.has_any(s, vocab.POINTING_WORDS)  # その方、障害福祉の…: about a person named before
    )
    if _AFTER_HONORIFIC_PARENS.search(s[: m.start()]):
        conf = NAMED_CONTEXT  # 汲田 実花 さん（ALS、人工呼吸器使用）について: the brackets are about them
    elif (_PERSON.search(s) or _IN_NAMES_PARENS.search(s[: m.start()])) and not general:
        conf = NAMED_CONTEXT  # 野口 達也（インフルエンザで通院中）: in brackets after the name
    elif (
        letter is not None
        and not vocab.has_any(rest, vocab.LETTER_GENERAL_HEALTH)
        and not vocab.has_any(s, vocab.CLASS_OF_PEOPLE)  # 障害のある方は…: a notice inside the letter
    ):
        conf, record = RECORD_CONTEXT, letter
    elif general:
        conf = DISMISSED
    else:
        # the health word's own sentence says whom it is about (…治療中だそうです。…外してください:
        # the request to staff after it addresses no audience about the illness)
        conf = WEAK_CONTEXT if text.is_form_line(s) or first_person else vocab.about_someone(sentence)
        if person and conf != AUDIENCE_NOTICE:  # not a notice to an audience (…の方はご相談ください)
            conf = max(conf, MODERATE_CONTEXT)
    start = max(0, m.start() - 4)
    yield finding(TYPE, conf, locator, s[start : m.end() + 4], compact(s[start : m.end() + 12]), context,
                  record=record, keep=0)  # fmt: skip


# a column of a test's results (ノロウイルスGII | 陽性 / 陰性, PCR | (+)): each row's examination
_TEST_HEADER = re.compile(r"ウイルス|ウィルス|菌|PCR|抗原|抗体|検査")
_RESULTS = frozenset({"陽性", "陰性", "+", "-", "(+)", "(-)", "（+）", "（-）", "＋", "－", "判定保留"})


def _test_result_column(col: tables.Column) -> bool:
    if col.kind is not None or not _TEST_HEADER.search(col.header) or len(col.cells) < 2:
        return False
    return sum(1 for _, t in col.cells if compact(t) in _RESULTS) >= 0.8 * len(col.cells)


def _table(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    persons = info.person_rows
    flagged: set[int] = set()
    for col in info.columns.values():
        if col.kind != TYPE and not _test_result_column(col):
            continue
        hits = ColumnHits(info, col.index, TYPE, context, keep=0)
        for r, t in col.cells:
            if not _absent(t):
                flagged.add(r)
                hits.add(
                    r, f"{col.header}: {t}", f"{r}:{t}", STRONG_CONTEXT if r in persons else WEAK_CANDIDATE
                )
        yield from hits.findings()
    if persons and _health_register(f"{info.title} {' '.join(c.header for c in info.columns.values())}"):
        for r in sorted(persons - flagged):  # 定期予防接種 個人台帳: each row is a child's shots
            flagged.add(r)
            yield finding(TYPE, NAMED_CONTEXT, info.table.range_locator(r, 0, r, 0), info.title[:12], f"{r}:title",
                          context, record=info.record(r), keep=0)  # fmt: skip
    yield from _remarks(info, persons - flagged, context)


_REGISTER_WORDS = ("台帳", "記録", "履歴")
_RESULT_WORDS = ("健診結果", "検診結果", "診断結果", "検査結果")


def _health_register(title: str) -> bool:
    """A register of persons' health titled as such (予防接種 個人台帳, 健診結果一覧): every row is
    one. A checkup's schedule or bookings (集団健診 日程変更 連絡記録) says nothing of anyone's health."""
    return (
        ("接種" in title or "医療的ケア" in title) and vocab.has_any(title, _REGISTER_WORDS)
    ) or vocab.has_any(title, _RESULT_WORDS)


def _remarks(info: tables.TableInfo, persons: set[int], context: DetectContext) -> Iterator[Finding]:
    """A remark about the row's person in a column that names no field (内容, 備考, 相談内容):
    「喘息が悪化し通院している」 in a complaint log is that resident's health. One per row."""
    if not persons or info.is_message_log:
        return
    for r, c, t in _remark_cells(info):
        if r not in persons or (m := words.first_word(_WORDS, _without_screenings(t))) is None:
            continue
        if vocab.has_any(_WORDS.sub("", t), vocab.HEALTH_GENERAL_WORDS + vocab.CLASS_OF_PEOPLE):
            continue  # 障害福祉サービスの案内, 通院の方は…: about services or a class of people
        persons = persons - {r}
        start = max(0, m.start() - 4)
        yield finding(TYPE, RECORD_CONTEXT, info.table.cell_locator(r, c), t[start : m.end() + 4], f"{r}:{t}", context,
                      record=info.record(r), keep=0)  # fmt: skip


def _form_cells(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    """A form about one person: a value naming a condition (有（自閉スペクトラム症）) outside the
    label | value pairs. Label cells (障害の有無) are not data; one finding per form is enough."""
    for r, c, t, field in info.free_cells():
        if (
            (field is not None and _LABEL_LIKE.match(t))
            or len(t) > 80
            or _absent(t)
            or not words.first_word(_WORDS, _without_screenings(t))
        ):
            continue
        if vocab.has_any(_WORDS.sub("", t), vocab.HEALTH_GENERAL_WORDS):
            continue
        yield finding(TYPE, RECORD_CONTEXT, info.table.cell_locator(r, c), t, f"form:{t}", context,
                      record=info.record(r), keep=0)  # fmt: skip
        return


def _remark_cells(info: tables.TableInfo) -> Iterator[tuple[int, int, str]]:
    """(row, column, text) of cells of columns that name no field (備考, 内容, 健康上の配慮), from a
    short note (てんかん発作の既往あり) up; not columns naming things (資料名, 講座名: a book on an
    illness is not anyone's)."""
    if info.form:
        return
    for col in info.columns.values():
        if col.kind is None and not col.header.rstrip().endswith(("名", "タイトル", "題")):
            for r, t in col.cells:
                if _REMARK_MIN <= len(t) <= FREE_TEXT_MAX:
                    yield r, col.index, t


_REMARK_MIN = 5  # 気管支喘息 in a 配慮事項 column (not a 4-character category: 要介護3 among 高齢独居)


class HealthDetector:
    id = "health"
    types = (TYPE,)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        found = list(self._findings(document, context))
        # (the animal test reads the whole document: only once there is something to drop)
        if found and not _about_an_animal(document, context):
            yield from found

    def _findings(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        letter = None
        for line in text.lines(document, context):
            if TYPE in line.fields and line.text.split()[0:1] != ["-"]:
                if not text_headers.header_fields(line.text):
                    yield finding(TYPE, RECORD_CONTEXT, line.locator, line.text[:6], compact(line.text), context,
                                  record=line.record, keep=0)  # fmt: skip
                continue
            if "facility" in line.fields:
                continue  # a row of a facility list in text (障害者支援センター | 所在地 | 電話)
            if _maybe_health(line.text):
                if letter is None:
                    letter = letters.subject_record(document, context) or ""
                person = bool(line.fields & vocab.PERSON_FIELDS) or (
                    line.record in text.person_records(document, context)
                )
                yield from scan_text(line.text, line.locator, line.record, context, letter or None, person)
        for info in tables.analyse(document, context):
            yield from _table(info, context)
            if info.form and info.person_rows and not info.columns_of(TYPE):
                yield from _form_cells(info, context)


@hookimpl
def assetclass_register_detectors() -> list[HealthDetector]:
    return [HealthDetector()]
