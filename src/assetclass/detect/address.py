"""Addresses (住所): prefecture + municipality + town + lot, with omitted prefecture/city forms.

Tables: a 住所/現住所/送付先 column of a person list (0.9), a headerless column of address-like
values (0.7 in a person list). A facility or company list (施設名/所在地 columns, 施設一覧 title)
is not personal: its addresses are reported at 0.2. Text: an address with a lot number that starts
with a prefecture or a known municipality (0.7), after 住所/現住所/〒 (0.9), or in a line about an
office or facility (市役所, センター, 株式会社 …: 0.2).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..hookspecs import hookimpl
from ..interfaces import DetectContext
from ..model import Document, Finding
from ..normalize import address as norm_address
from . import checks, tables, text, vocab
from .confidence import (
    BARE,
    MODERATE_CONTEXT,
    NOT_PRIVATE,
    PROBABLE,
    REPORTED_ONLY,
    STRONG_CONTEXT,
    WEAK_CANDIDATE,
    WEAK_CONTEXT,
)
from .findings import ColumnHits, finding

TYPE = "address"
_PREF = "|".join(vocab.PREFECTURES)
_NUM = "[0-9０-９一二三四五六七八九十〇]"
# one space may follow the prefecture and the municipality (鳥取県 米子市 両三柳266番地5): writers
# and some PDF producers separate the parts
_ADDRESS = re.compile(
    rf"(?:(?:{_PREF})[ 　]?)?[\u4e00-\u9fff\u3040-\u309f\u30a0-\u30ffヶケ々]{{1,12}}?[市区町村郡][ 　]?"  # いわき市
    rf"[\u4e00-\u9fff\u3040-\u30ffヶ々]{{0,24}}?"
    rf"{_NUM}+(?:丁目|番地|番|号|[-‐－ー−の]){_NUM}*(?:(?:丁目|番地|番|号|[-‐－ー−の]){_NUM}+)*(?:号)?"
)
# an address written inside its own city, without the city's name: a rural one (大字送橋2460番地8,
# 字前田12番地: 大字/字 only ever open a place name), or a town with a whole lot number (新地4丁目2番12号,
# 久米226番地9: the parts only a street address has, together)
_TOWN_ADDRESS = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:(?:大字|字)[\u4e00-\u9fff々ヶ]{{1,6}}[ 　]?"
    rf"{_NUM}+(?:丁目|番地|番)(?:{_NUM}+(?:番地|番|号)?)*(?:[-‐－ー−の]{_NUM}+)*"
    rf"|[\u4e00-\u9fff々ヶ]{{1,8}}(?:{_NUM}+丁目{_NUM}+(?:番(?:地)?{_NUM}+(?:号)?|[-‐－ー−]{_NUM}+)|{_NUM}+番地{_NUM}+|{_NUM}+番{_NUM}+号))"
)
_TOWN_LOT_HINT = re.compile(r"字|番地|丁目|番[0-9０-９]")
# right after a person's name (大塚 和代様（新地4丁目18番20号 …）, 金子　哲也（桜馬場通6丁目…）)
_AFTER_NAME = re.compile(r"[\u4e00-\u9fff々\u3040-\u30ffー][ 　]?(?:様|さん|氏|殿)?[（(]$")
_PREFILTER = re.compile(r"[都道府県市区町村郡字番丁]")
# a dwelling in a public-housing estate (みずき野団地 302, 旭住宅 3-205): under an address header
_ESTATE_ROOM = re.compile(
    r"(?:団地|住宅|荘|ハイツ|コーポ|アパート)[ 　]*[0-9０-９]+(?:[-－][0-9０-９]+)?(?:号室?)?$"
)
_ADDRESS_WORDS = ("住所", "現住所", "住所地", "居所", "送付先", "〒", "所在", "転居", "転入", "転出", "自宅")
_OFFICE_BEFORE = ("所在地", "会場", "場所", "事務所")
_HOME_AFTER = ("の庭", "の自宅", "の自室", "宅", "方")
_SPLIT_HEADERS = ("市区町村", "市町村", "番地", "町名", "方書")
_LOT = re.compile(rf"{_NUM}")


def _text_conf(s: str, start: int, end: int, candidate: str) -> float:
    before = s[max(0, start - 20) : start]
    # an organisation in the address's own clause (not 中央小学校 5年）　保護者：… before it)
    clause = re.split(r"[：:。）)]", s[:start])[-1]
    after = re.split(r"[、。（(）)]", s[end:])[0]  # …井田町2135番地、市内の施設入所中: another clause
    line_other = clause + after
    if s[end : end + 3].startswith(_HOME_AFTER):
        return MODERATE_CONTEXT  # …932番地4の庭先, …の自宅前: a home, whatever the sentence calls the place
    if (
        vocab.has_any(before, _OFFICE_BEFORE)
        or vocab.has_any(candidate[:6], _OFFICE_BEFORE)  # 所在地は…: the label may open the match
        or vocab.names_an_organisation(line_other)
    ):
        return NOT_PRIVATE
    if vocab.names_an_organisation(candidate[-8:]):
        return NOT_PRIVATE
    known = candidate.startswith(vocab.PREFECTURES) or vocab.starts_with_municipality(candidate)
    if vocab.has_any(before, _ADDRESS_WORDS) or vocab.has_any(candidate[:6], _ADDRESS_WORDS):
        return STRONG_CONTEXT  # 住所は釜石市…, 新住所は…: the keyword may open the match itself
    if known:
        return MODERATE_CONTEXT
    # 禾森町5丁目9番3号 / 赤坂町543番地6: a town without its city, but a whole lot number
    return WEAK_CONTEXT if _FULL_LOT.search(candidate) else WEAK_CANDIDATE


# 5丁目9番3号, 9番3号, 543番地6: the parts only a street address has, together
_FULL_LOT = re.compile(
    rf"{_NUM}+丁目{_NUM}+番(?:地)?{_NUM}*|{_NUM}+番地{_NUM}+|{_NUM}+番{_NUM}+号|{_NUM}+[-－]{_NUM}+[-－]{_NUM}+$"
)


_TOKEN_START = re.compile(rf"(?:^|\s)((?:{_PREF})[^\s]*|[^\s]{{1,6}}[市区町村郡][^\s]*)")


def _bare_municipality(token: str) -> bool:
    """``岩手県花巻市`` / ``花巻市``: a prefecture and/or municipality with nothing after it."""
    rest = token.removeprefix(next((p for p in vocab.PREFECTURES if token.startswith(p)), ""))
    return not rest or rest in vocab.municipalities()


def scan_text(
    s: str, locator: str, record: str, context: DetectContext, column: bool = False, facility: bool = False
) -> Iterator[Finding]:
    if not _PREFILTER.search(s):
        return
    if column and not facility:
        # under a header with an address column: a token starting with a prefecture or a known
        # municipality is an address even when the PDF cell wrapped its lot number to the next line
        found = False
        for m in _TOKEN_START.finditer(s):
            tok = m.group(1)
            if _bare_municipality(tok):
                # 花巻市 alone (a candidate list's 住所) locates no one; 堺市北区 | 蟇沼1-8-4 is an
                # address split over two columns
                nxt = s[m.end() :].split(maxsplit=1)
                if not nxt or not _LOT.search(nxt[0]):
                    continue
                tok = f"{tok}{nxt[0]}"
            if tok.startswith(vocab.PREFECTURES) or vocab.starts_with_municipality(tok):
                found = True
                yield finding(TYPE, PROBABLE, locator, tok, norm_address(tok), context, record=record, keep=6)
        if found:
            return
    for m in _ADDRESS.finditer(s):
        candidate = m.group(0)
        conf = NOT_PRIVATE if facility else _text_conf(s, m.start(), m.end(), candidate)
        if column and not facility and conf > NOT_PRIVATE:
            conf = max(conf, PROBABLE)  # under a 住所 header (a table in text): the town and lot
        yield finding(TYPE, conf, locator, candidate, norm_address(candidate), context, record=record, keep=6)
    if _TOWN_LOT_HINT.search(s):
        for m in _TOWN_ADDRESS.finditer(s):
            if any(m.start() < f.end() and f.start() < m.end() for f in _ADDRESS.finditer(s)):
                continue  # part of a full address already read
            conf = NOT_PRIVATE if facility else _text_conf(s, m.start(), m.end(), m.group(0))
            if conf > NOT_PRIVATE:
                conf = max(conf, WEAK_CONTEXT)
                if column or _AFTER_NAME.search(s[max(0, m.start() - 3) : m.start()]):
                    conf = max(conf, PROBABLE)  # under a 住所 header, or in brackets after a name
            yield finding(
                TYPE, conf, locator, m.group(0), norm_address(m.group(0)), context, record=record, keep=6
            )


def _table(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    persons = info.person_rows
    # 住所（市区町村） | 町名番地: the municipality column is half of a split address
    split = any(vocab.has_any(c.header, _SPLIT_HEADERS) for c in info.columns.values())
    for col in info.columns.values():
        kind = col.kind
        if kind not in (TYPE, "facility_address"):
            continue
        hits = ColumnHits(info, col.index, TYPE, context, keep=6, normalise=norm_address)
        for r, t in col.cells:
            if len(t) < 4 or not (
                checks.looks_like_address(t)
                or (col.field == TYPE and (_PREFILTER.search(t) or _ESTATE_ROOM.search(t)))
            ):
                continue
            if not split and _bare_municipality(t):
                continue  # 住所: 岩手県花巻市 (a candidate list) locates no one
            if info.is_facility_table or kind == "facility_address":
                conf = BARE if r in persons else NOT_PRIVATE
            elif col.field == TYPE:
                conf = STRONG_CONTEXT if (r in persons or not persons) else WEAK_CONTEXT
            else:  # inferred from values
                conf = MODERATE_CONTEXT if r in persons else WEAK_CANDIDATE
            if vocab.has_any(t, vocab.ORGANISATION_WORDS[:20]):
                conf = min(conf, REPORTED_ONLY)
            hits.add(r, t, None, conf)
        yield from hits.findings()
    # remarks and free-text answers: an address written into running text
    facility = info.is_facility_table
    for r, c, t in info.free_text() if not info.form else _form_free_text(info):
        yield from scan_text(t, info.table.cell_locator(r, c), info.record(r), context, False, facility)


def _form_free_text(info: tables.TableInfo) -> Iterator[tuple[int, int, str]]:
    """A form's cells outside its label | value pairs (a log of visits below 対象者 | 太田 義男):
    an address written there is the form's person's unless its line says whose else."""
    paired = {(r, c.index) for c in info.columns.values() for r, _ in c.cells}
    for r, c, t, field in info.free_cells():
        # a long cell is content even when it opens with a label (対象者：… 様（小山市…）)
        if len(t) > 20 or (field is None and (r, c) not in paired and len(t) >= 6):
            yield r, c, t


class AddressDetector:
    id = "address"
    types = (TYPE,)

    def detect(self, document: Document, context: DetectContext) -> Iterator[Finding]:
        for line in text.lines(document, context):
            yield from scan_text(
                line.text, line.locator, line.record, context, TYPE in line.fields, "facility" in line.fields
            )
        for info in tables.analyse(document, context):
            yield from _table(info, context)


@hookimpl
def assetclass_register_detectors() -> list[AddressDetector]:
    return [AddressDetector()]
