"""Header lines of tables in text (PDF pages, memos): which fields a line of bare words names
(``名前 滞納額 備考 滞納月数``), and which of them are never a person's."""

from __future__ import annotations

import re

from . import checks, entities, vocab

_LABEL_PUNCT = re.compile(r"[:：0-9０-９、。]")
NON_PERSONAL = frozenset(
    {"number", "date", "other_number", "facility", "facility_address", "staff", "department", "job_title", "extension",
     "district", "service"}
)  # fmt: skip


def _merge_spaced(tokens: list[str]) -> list[str]:
    """``住 所`` → ``住所``: headers spaced out one character at a time."""
    out: list[str] = []
    for tok in tokens:
        if len(tok) == 1 and out and len(out[-1]) == 1 and vocab.header_field(out[-1] + tok):
            out[-1] += tok
        else:
            out.append(tok)
    return out


_LONG_NUMBER = re.compile(r"[0-9０-９]{4}")


def _labels_a_name(tokens: list[str], fields: list[str | None]) -> bool:
    """A name label followed by a known name (氏名 須賀 勝利（屋号 まつかぜ板金）): a labelled line of
    a form, not a table's header."""
    for i, f in enumerate(fields[:-2]):
        if f != "name" or fields[i + 1] is not None:
            continue
        given = re.split(r"[（(]", tokens[i + 2], maxsplit=1)[0]
        # not 氏名 カナ: two header words
        if (
            given
            and entities.header_field(given) is None
            and checks.looks_like_name(f"{tokens[i + 1]} {given}")
        ):
            return True
    return False


def header_fields(text: str) -> frozenset[str]:
    """Fields named by a line that is a table header in text (``名前 滞納額 備考 滞納月数``)."""
    tokens = _merge_spaced(text.split())
    if not 2 <= len(tokens) <= 20 or len(text) > 120 or any(_LONG_NUMBER.search(t) for t in tokens):
        return frozenset()  # 中野税理士事務所 電話 0898-43-6703: a number is a value, not a header
    # header cells are bare words: no label:value pairs, no digits, short
    cells = [t if len(t) <= 10 and not _LABEL_PUNCT.search(t) else "" for t in tokens]
    fields = [entities.header_field(t) if t else None for t in cells]
    named = [f for f in fields if f is not None]
    if len(named) < max(2, (len(tokens) + 1) // 2) or _labels_a_name(tokens, fields):
        return frozenset()
    out = frozenset(f for f in named if f not in NON_PERSONAL)
    if "coordinate" in named and all(
        entities.generic_name_header(t) for t, f in zip(cells, fields, strict=True) if f == "name"
    ):
        # name | nameKana | latitude | longitude: a published list of places (as in detect.tables)
        return (out - vocab.PERSON_FIELDS) | {"facility"}
    # a list of facilities (施設名 | 所在地 | 電話番号): its values are not a person's; a 氏名 column
    # beside the facility (施設名 | 利用者氏名 | 住所) keeps it a list of persons
    if {"facility", "facility_address"} & set(named) and "name" not in named:
        return out | {"facility"}
    return out
