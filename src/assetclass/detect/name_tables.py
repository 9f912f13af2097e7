"""Names in tables: name, reading, staff and role columns of a sheet or a table in text, labelled
names in other cells (滞納者 榎本 源太郎 …), and a name with its contact in a free-text cell."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..interfaces import DetectContext
from ..model import Finding
from ..normalize import name as norm_name
from . import checks, entities, tables, text_headers, vocab, words
from .confidence import MODERATE_CONTEXT, NOT_PRIVATE, PROBABLE, RECORD_CONTEXT, STRONG_CONTEXT, WEAK_CONTEXT
from .findings import ColumnHits, finding
from .name_labels import labelled_name
from .name_lines import contact_names, list_line_name

TYPE = "name"


def table_names(info: tables.TableInfo, context: DetectContext) -> Iterator[Finding]:
    table = info.table
    if info.subject is not None:  # 児童：前田 律 in a log's title: the person every row is about
        r, c, subject = info.subject
        yield finding(TYPE, PROBABLE, table.cell_locator(r, c), subject, norm_name(subject), context,
                      record=info.record(r), keep=1)  # fmt: skip
    has_kanji_names = bool(info.columns_of("name"))
    given = info.given_names
    for col in info.columns.values():
        kind = col.kind
        if kind not in ("name", "name_kana", "staff", "role"):
            continue
        if kind == "name_kana" and has_kanji_names:
            # readings of the names in the same rows: one column-level finding is enough, the
            # kanji column carries the per-person fingerprints
            hits = ColumnHits(info, col.index, TYPE, context, keep=1, normalise=norm_name)
            for r, t in col.cells:
                if checks.looks_like_name(t, strict=False):
                    hits.add(r, t, None, NOT_PRIVATE if info.is_facility_table else RECORD_CONTEXT)
            yield from hits.findings()
            continue
        for r, t in col.cells:
            if kind == "name" and given.get(r):  # 姓 | 名 in two columns
                t = f"{t} {given[r]}"
            shape = checks.name_kind(t)
            if shape == checks.NOT_A_NAME or (
                shape == checks.NAME_SHAPED
                and (entities.header_field(t) is not None or words.common_words_only(t))
            ):
                continue  # 電話番号, 相談したいこと: a blank form's labels down the column, not names
            entity = entities.entity_of(t) if kind == "name" else entities.PERSON
            if entity == entities.ORG:
                continue  # a company or facility in a 氏名 column (法人の納税者) is nobody's name
            if kind in ("staff", "role") or entity == entities.ROLE or info.is_facility_table:
                conf = NOT_PRIVATE
            elif col.field in ("name", "name_kana"):
                conf = STRONG_CONTEXT if shape == checks.KNOWN_NAME or kind == "name_kana" else PROBABLE
            else:  # inferred from a surname share
                conf = MODERATE_CONTEXT
            # the person key: the name with the row's birth date/address, so namesakes stay apart
            key = f"{norm_name(t)}|{info.identity(r)}"
            yield finding(TYPE, conf, table.cell_locator(r, col.index), t, key, context,
                          record=info.record(r), keep=1)  # fmt: skip
    # a cell that labels a name (滞納者 榎本 源太郎 滞納額合計 closing a statement of one person's
    # account): the row names that person
    for col in info.columns.values():
        if col.kind in ("name", "name_kana", "staff", "role") or info.is_facility_table:
            continue
        for r, t in col.cells:
            if (n := labelled_name(t)) is not None:
                yield finding(TYPE, PROBABLE, table.cell_locator(r, col.index), n, f"{norm_name(n)}|{info.identity(r)}",
                              context, record=info.record(r), keep=1)  # fmt: skip
    # a remark or free-text answer holding a name with its address or phone (連絡ください。西田 美穂
    # 防府市… 電話…): only that written-contact shape, not honorifics (窓口の佐藤さん is staff)
    for r, c, t in info.free_text():
        names = {n for n in (list_line_name(t), *contact_names(t)) if n is not None}
        for n in sorted(names):
            yield finding(TYPE, NOT_PRIVATE if info.is_facility_table else WEAK_CONTEXT, table.cell_locator(r, c), n,
                          f"{norm_name(n)}|{info.identity(r)}", context, record=info.record(r), keep=1)  # fmt: skip


_TOKEN_NAME = re.compile(
    r"^[\u4e00-\u9fff々ヶ\u30a0-\u30ffー][\u4e00-\u9fff々ヶ\u3040-\u309f\u30a0-\u30ffー]{0,5}$"
)


def scan_table_line(
    s: str, locator: str, record: str, context: DetectContext, facility: bool = False
) -> Iterator[Finding]:
    """Names in a line of a table in text whose header names a name column: surname + given name.

    ``facility``: the header names a facility and no person (避難所名 | ふりがな | 所在地): name-like
    words are the facilities' names and readings, or their heads, as in a table (0.2)."""
    if (latin := vocab.ROW_ID_THEN_LATIN_NAME.match(s)) is not None:
        # G584093 RAI RAM BAHADUR ライ・ラム・バハドゥル …: a foreign resident's row of a printed list
        name = latin[1]
        yield finding(TYPE, NOT_PRIVATE if facility else PROBABLE, locator, name, norm_name(name), context,
                      record=record, keep=1)  # fmt: skip
        return
    tokens = s.split()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        pair = f"{tok} {nxt}" if nxt and _TOKEN_NAME.match(tok) and _TOKEN_NAME.match(nxt) else ""
        if pair and checks.looks_like_name(pair, strict=False) and entities.entity_of(pair) != entities.ORG:
            # under a name header: two short kanji/kana words are surname + given name
            conf = PROBABLE if checks.looks_like_name(pair) else WEAK_CONTEXT
            if conf > WEAK_CONTEXT or (len(tok) <= 4 and len(nxt) <= 4 and not text_headers.header_fields(s)):
                conf = NOT_PRIVATE if facility else conf
                yield finding(TYPE, conf, locator, pair, norm_name(pair), context, record=record, keep=1)
                i += 2
                continue
        if (
            len(tok) >= 3
            and _TOKEN_NAME.match(tok)
            and checks.looks_like_name(tok)
            and entities.entity_of(tok) != entities.ORG
        ):
            yield finding(TYPE, NOT_PRIVATE if facility else MODERATE_CONTEXT, locator, tok, norm_name(tok), context,
                          record=record, keep=1)  # fmt: skip
        i += 1
