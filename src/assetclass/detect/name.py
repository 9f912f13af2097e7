"""Person names (氏名): by table header, honorific and keyword, checked against a surname list.

Tables: a 氏名/名前/世帯主/申請者/フリガナ column (0.9 per name-like cell), a headerless column
where ≥ 60 % of values start with a known surname (0.7). Text: surname + given name followed by
様/さん/君/ちゃん/氏/殿 (0.85 with a known surname, 0.5 without), or after 氏名:/申請者: (0.85).
Names in a 担当/作成者 line are staff (0.2); 皆様/各位/お客様 are not names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from ..normalize import compact
from ..normalize import name as norm_name
from . import checks, entities, letters, tables, text, vocab, words
from .confidence import (
    BARE,
    MODERATE_CONTEXT,
    NAMED_CONTEXT,
    NOT_PRIVATE,
    PROBABLE,
    RECORD_CONTEXT,
    REPORTED_ONLY,
    WEAK_CONTEXT,
)
from .findings import finding
from .name_labels import LABEL, PARTY_LABEL, latin_names, name_start, party_labels
from .name_lines import (
    contact_names,
    enumerated_names,
    household_names,
    list_line_name,
    name_after_address,
    name_as_label,
    name_before_grade,
    name_before_label,
    name_beside_contact,
    name_between_contacts,
    names_before_details,
    names_before_phone,
)
from .name_roles import TITLES_AFTER, name_after_a_word, role_holders_at_home
from .name_tables import scan_table_line, table_names

TYPE = "name"
#: Lines leading with a name and a value make a list of persons from this many lines on.
LIST_MIN_LINES = 3
LIST_CONFIDENCE = PROBABLE
#: A name alone on its line beside its own address, postcode or phone line (a letter's sender block).
BLOCK_CONFIDENCE = RECORD_CONTEXT
#: Names in the running text of a declared literary work (a story's characters).
FICTION_CONFIDENCE = REPORTED_ONLY
# an honorific not followed by a kanji: 様式, 氏名, 氏家, 殿堂 are words, not honorifics (様方 is c/o,
# 様宅 the household)
_HONORIFIC = re.compile(
    r"[ 　]?(?:様(?![\u4e00-\u5b84\u5b86-\u65b8\u65ba-\u9fff])|さん|君(?![\u4e00-\u9fff])|くん|ちゃん|氏(?![\u4e00-\u9fff])|殿(?![\u4e00-\u9fff]))"
)
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー 　]")
_KANJI_KANA = re.compile(
    r"^[\u4e00-\u9fff々\u30a0-\u30ffー]+[ 　]?[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]+$"
)
# words before an honorific that are not names
_NOT_NAMES = (
    "皆", "各位", "客", "利用者", "保護者", "関係者", "担当者", "申請者", "住民", "市民", "町民", "村民", "区民",
    "県民", "会員", "委員", "先生", "方々", "組合員", "事業者", "業者", "者", "長", "会", "所", "課", "部", "局",
    "係", "社", "店", "院", "園", "校", "館", "室", "団", "家", "様", "殿", "同", "本", "貴", "当", "各", "御中",
)  # fmt: skip
_STAFF_BEFORE = ("担当", "作成者", "作成", "記入者", "起案者", "決裁", "承認", "係長", "課長", "主任", "主査")
# the head of an office right before the name (大牟田市議会議長 荒木 貴之 様): the office holder
# (and the head of a firm or a facility: 株式会社… / 代表取締役 伊藤 ウメ 様 is the firm's addressee)
_HEAD_BEFORE = re.compile(
    "(?:"
    + "|".join(sorted({*entities.ROLE_TITLES, "教育長"} - {"代表"}, key=len, reverse=True))
    + r")[ 　]*$"
)
_DEPARTMENT_BEFORE = re.compile(r"[\u4e00-\u9fff](?:部|課|係|室)[ 　]$")
# a speaker in a role at a meeting or a training, labelled as such (講師：県税務課 宇田川 彩 氏); not
# a note of the speaker's about someone (発表者メモ：対象は工藤 春香さん)
# a council's minutes: ○議長（荒木 貴之君）, ○杉山 康弘君, and the member the chair calls after it
_MINUTES_SPEAKER = re.compile(r"^[ 　]*[○〇◯][^（(）)\s]{0,12}(?:[（(]|[（(][^）)]*君[）)][ 　]*)?$")
_SPEAKER_BEFORE = re.compile(
    r"(?:講師|司会|発表者|説明者|講演者|報告者|演者)\s*[:：]?\s*(?:[^\s:：、。]{1,10}[ 　])?"
    r"[^\s:：、。]{1,6}(?:[ 　][^\s:：、。]{1,6})?[ 　]?$"  # the name itself, up to the honorific
)


# a name after its label: up to 5 + 5 characters, one space between surname and given name
_NAME_PAIR = r"[\u4e00-\u9fff々\u30a0-\u30ffー]{1,5}[ 　]?[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]{1,5}"
_LATIN_TAIL = re.compile(r"[A-Z][A-Za-z'\-]+(?:[ 　][A-Z][A-Za-z'\-]+){1,3}")
_LATIN_END = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z'\-]+(?:[ 　][A-Z][A-Za-z'\-]+){0,3})[ 　]?$")


def _split_name(prefix: str) -> tuple[str, float] | None:
    """The name at the end of ``prefix`` (text right before an honorific), with a confidence."""
    latin = _LATIN_END.search(prefix[-40:])
    if latin is not None:  # SILVA WEIさん, NGUYEN WEI氏
        words = latin.group(1).split()
        if len(words) >= 2:
            return (latin.group(1), PROBABLE)
        return (latin.group(1), WEAK_CONTEXT) if len(words[0]) >= 3 and words[0].isupper() else None
    # kanji/katakana only: hiragana before an honorific is a particle (高橋先生と鈴木君)
    m = re.search(r"[\u4e00-\u9fff々ヶ\u30a0-\u30ffー 　]{2,12}$", prefix)
    # a hiragana given name after a kanji surname (山田 さくら); one kana is a particle (夫婦の氏)
    if m is None:
        m = re.search(r"[\u4e00-\u9fff々ヶ]{1,4}[ 　]?[\u3040-\u309f]{2,4}[\u4e00-\u9fff]?$", prefix)
    if m is None:
        return None
    # ・ (U+30FB) sits in the katakana block but is a bullet or separator: ・濵田様から電話
    cand = m.group(0).rsplit("・", 1)[-1].lstrip(" 　")
    if not cand or cand.endswith(_NOT_NAMES) or cand in ("皆", "お客"):
        return None
    surnames = vocab.surnames()
    compact = cand.replace(" ", "").replace("　", "")
    if compact in surnames:  # 鈴木君, 金ケ崎さん: a surname alone names someone known to the reader
        return (compact, MODERATE_CONTEXT)
    parts = cand.split()
    if len(parts) >= 2 and all(1 <= len(p) <= 5 for p in parts[-2:]):
        # 荒谷　徳次郎: the space separates surname and given name, known or not
        known = parts[-2] in surnames or parts[-1] in vocab.given_names()
        return (parts[-2] + parts[-1], NAMED_CONTEXT if known else MODERATE_CONTEXT)
    # the longest tail that starts with a known surname and has a given name after it
    for i in range(len(compact)):
        tail = compact[i:]
        for n in (4, 3, 2, 1):
            if len(tail) > n and tail[:n] in surnames and len(tail) - n <= 4:
                return (tail, NAMED_CONTEXT)
    if " " in cand or "　" in cand:
        parts = cand.split()
        if len(parts) >= 2 and parts[-1] in vocab.given_names():
            return (" ".join(parts[-2:]), RECORD_CONTEXT)
    if (
        _KANJI_KANA.match(cand)
        and 2 <= len(compact) <= 6
        and re.match(
            r"[\u4e00-\u9fff々][\u4e00-\u9fff々ヶケ]", compact
        )  # kanji-led: katakana words (コーポ) are not names
    ):
        return (cand, BARE)
    return None


# 山口 直美です / 山口と申します: a writer introducing themself (quoted mail keeps its > marks; in a
# chat line after the speaker or a sentence: 了解です。蓮見 陽菜です)
_SELF_INTRO = re.compile(
    r"(?:^[>＞|｜\s]*|(?<=[。：:])\s*)([\u4e00-\u9fff々ヶ]{1,4}[ 　]?[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ff]{0,5})(?:です|と申します)"
)
# Dear Ms. Maria Santos / Mr. Tran: an English letter's addressee
# 出席者：松田　智也、菊池　拓真 — attendees are staff or members: names, but weak ones
_ATTENDEES = re.compile(r"^\s*(?:出席者|欠席者|出席|委員|参加者|同席者)\s*[:：]")


_UNKNOWN = "?"


def scan_text(
    s: str,
    locator: str,
    record: str,
    context: DetectContext,
    list_conf: float = WEAK_CONTEXT,
    listed: str | None = _UNKNOWN,
) -> Iterator[Finding]:
    """Names in a line of running text. ``list_conf``: the confidence of a name leading a list
    line (higher when the document has many such lines: it is a list of persons); ``listed``:
    that name when the caller already asked ``list_line_name``."""
    seen: set[str] = set()
    if _ATTENDEES.match(s):
        for part in re.split(r"[、,，・]", s.split("：", 1)[-1].split(":", 1)[-1]):
            part = part.strip()
            if checks.looks_like_name(part):
                yield finding(
                    TYPE, REPORTED_ONLY, locator, part, norm_name(part), context, record=record, keep=1
                )
        return
    if listed is _UNKNOWN:
        listed = list_line_name(s)
    if listed is not None:
        seen.add(norm_name(listed))
        yield finding(TYPE, list_conf, locator, listed, norm_name(listed), context, record=record, keep=1)
    # 千葉 由紀 0834-89-4691、市川 達也 090-…、 / 金子　哲也（桜馬場通6丁目3番10号）
    for item in itertools.chain(
        enumerated_names(s),
        names_before_details(s),
        household_names(s),
        filter(None, [name_as_label(s), name_before_label(s), name_before_grade(s)]),
    ):
        if norm_name(item) not in seen:
            seen.add(norm_name(item))
            yield finding(TYPE, PROBABLE, locator, item, norm_name(item), context, record=record, keep=1)
    for pair in names_before_phone(s):
        if norm_name(pair) not in seen:
            seen.add(norm_name(pair))
            yield finding(
                TYPE, MODERATE_CONTEXT, locator, pair, norm_name(pair), context, record=record, keep=1
            )
    for name in contact_names(s):
        if norm_name(name) not in seen:
            seen.add(norm_name(name))
            yield finding(TYPE, WEAK_CONTEXT, locator, name, norm_name(name), context, record=record, keep=1)
    for intro in _SELF_INTRO.finditer(s):
        if not checks.looks_like_name(intro[1]):
            continue
        seen.add(norm_name(intro[1]))
        yield finding(
            TYPE, RECORD_CONTEXT, locator, intro[1], norm_name(intro[1]), context, record=record, keep=1
        )
    for latin in latin_names(s):
        if norm_name(latin) not in seen:
            seen.add(norm_name(latin))
            yield finding(
                TYPE, RECORD_CONTEXT, locator, latin, norm_name(latin), context, record=record, keep=1
            )
    for m in _HONORIFIC.finditer(s):
        if s[max(0, m.start() - 2) : m.start()] == "お子":
            continue  # 入学するお子さん: children in general
        found = _split_name(s[max(0, m.start() - 40) : m.start()])
        if found is None:
            continue
        name, conf = found
        start = m.start() - len(name)
        # 担当: 菅野さん宅… — a household (さん宅, 様方) is a resident's, whoever writes the line
        household = s[m.end() : m.end() + 1] in ("宅", "方")
        speaker = (
            _SPEAKER_BEFORE.search(s[max(0, m.start() - 36) : m.start()]) is not None
            or _MINUTES_SPEAKER.match(before_name := s[: s.rfind(name[0], 0, m.start())]) is not None
            or _HEAD_BEFORE.search(before_name) is not None
        ) or bool(
            _DEPARTMENT_BEFORE.search(s[: s.rfind(name[0], 0, m.start())][-8:])  # 営業部 横山 修 様: staff
        )
        if not household and (vocab.has_any(s[max(0, start - 10) : start], _STAFF_BEFORE) or speaker):
            conf = NOT_PRIVATE
        key = norm_name(name)
        if key in seen:
            continue
        seen.add(key)
        yield finding(TYPE, conf, locator, name, key, context, record=record, keep=1)
    for m in itertools.chain(LABEL.finditer(s), checks.ROLE_LABEL.finditer(s), party_labels(s)):
        role = m.re is checks.ROLE_LABEL
        party = m.re is PARTY_LABEL  # 審査請求人 / 被害者 / 請求人代表: only a known name counts
        start = name_start(s, m.end())
        rest = s[start : start + 14]
        cut = re.match(_NAME_PAIR, rest) or _LATIN_TAIL.match(s[start : start + 40])
        if cut is None:
            continue
        name = cut.group(0)
        if not checks.looks_like_name(name) and (
            later := name_after_a_word(s[start : start + 40], m.group(0))
        ):
            name = later  # 被災者　実施隊員 左右田 文子: a role or title between the label and the name
        if not checks.looks_like_name(name, strict=False) or name.startswith(
            ("様", "殿", "各位", "等", "の")
        ):
            continue
        if name.startswith(vocab.PREFECTURES) or vocab.starts_with_municipality(compact(name)):
            # 陳情者 和歌山県…559-27 古賀 博之: the address first, then the name (申請者　岐阜県大垣市…
            # alone names nobody)
            after = s[start:].split(maxsplit=1)
            cut = re.match(_NAME_PAIR, after[1]) if len(after) == 2 else None
            if cut is None or not checks.looks_like_name(cut.group(0)):
                continue
            name = cut.group(0)
        # the label says it is a name; the surname list only adds certainty
        if checks.looks_like_name(name):
            conf = NAMED_CONTEXT
        elif role or party:
            continue
        elif (
            re.search(r"[\s:：]", m.group(0))
            and not name.endswith(_NOT_NAMES)
            and not words.common_words_only(name)  # 被保険者 資格取得予定: a title, not a name
            and name[-1] not in "がをにでへ"  # 連帯保証人　滞納が6か月…: a sentence, not a name
        ):
            conf = PROBABLE
        else:
            continue
        name_end = s.find(name, start) + len(name)
        if s[name_end : name_end + 6].lstrip(" 　").startswith(TITLES_AFTER):
            conf = NOT_PRIVATE  # 質問者　後藤 義雄 議員: a councillor asking in the chamber, in their role
        key = norm_name(name)
        if key in seen and conf < NAMED_CONTEXT:  # a label's certainty beats a weaker earlier reading
            continue
        seen.add(key)
        yield finding(TYPE, conf, locator, name, key, context, record=record, keep=1)


class NameDetector:
    id = "name"
    types = (TYPE,)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        # text.lines marks a sample form (記入例, 見本): findings.finding weakens its stock names
        lines = text.lines(document, context)
        fiction = text.is_fiction(document)
        # three or more lines that each lead with a name and a value: a list of persons
        listed = [None if line.fields else list_line_name(line.text) for line in lines]
        block_conf: dict[int, float] = {}  # names found beside their own contact line
        for i, line in enumerate(lines):
            if listed[i] is not None or line.fields:
                continue
            listed[i] = name_after_address(line.text)
            if listed[i] is not None:
                block_conf[i] = BLOCK_CONFIDENCE
                continue
            if len(line.text.strip()) > 12:
                continue  # longer than a name alone on its line
            if 0 < i < len(lines) - 1 and lines[i - 1].region == line.region == lines[i + 1].region:
                listed[i] = name_between_contacts(line.text, lines[i - 1].text, lines[i + 1].text)
                if listed[i] is not None:
                    block_conf[i] = BLOCK_CONFIDENCE
                    continue
            for j in (i + 1, i - 1):
                if (
                    0 <= j < len(lines)
                    and lines[j].region == line.region
                    and abs(lines[j].block - line.block) <= 1
                ):
                    listed[i] = name_beside_contact(line.text, lines[j].text)
                    if listed[i] is not None:
                        block_conf[i] = BLOCK_CONFIDENCE
                        break
        yield from role_holders_at_home(lines, context)
        signed = letters.signature_line(lines)
        if signed is not None and listed[signed] is None and not lines[signed].fields:
            listed[signed], block_conf[signed] = letters.signer(lines[signed].text), BLOCK_CONFIDENCE
        list_conf = LIST_CONFIDENCE if len(listed) - listed.count(None) >= LIST_MIN_LINES else WEAK_CONTEXT
        for i, (line, lead) in enumerate(zip(lines, listed, strict=True)):
            if line.fields & vocab.PERSON_FIELDS:
                if line.section == f"{line.locator} (table)":
                    continue  # the header line itself (氏名 カナ 電話番号): its words are no one's name
                facility = "facility" in line.fields
                yield from scan_table_line(line.text, line.locator, line.record, context, facility)
            elif _NAME_CHAR.search(line.text):
                conf = block_conf.get(i, list_conf)
                for f in scan_text(line.text, line.locator, line.record, context, conf, lead):
                    if fiction:  # a character of a story (中西さん) is nobody
                        f.confidence = min(f.confidence, FICTION_CONFIDENCE)
                    yield f
        for info in tables.analyse(document, context):
            yield from table_names(info, context)


@hookimpl
def assetclass_register_detectors() -> list[NameDetector]:
    return [NameDetector()]
