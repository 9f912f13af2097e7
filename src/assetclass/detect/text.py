"""Running text as lines grouped into records, shared by the detectors through ``DetectContext.cache``.

A record is the unit of one person in text: a paragraph, or a short run of short lines that read as
one block (a letter's addressee: 〒 / 住所 / 氏名 様; one row of a table in PDF text). Long runs of
short lines (lists, PDF tables) are split back into one record per line, so a list of 500 people
does not become one record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..interfaces import DetectContext
from ..model import Document, Region
from ..normalize import RULED_LINE, join_spaced_digits, join_wrapped
from . import checks, name_labels, name_lines, tables, vocab
from .text_headers import NON_PERSONAL, header_fields

SHORT_LINE = 60
MAX_GROUP = 6
MAX_FORM = 30
CLOSERS = ("様", "殿", "御中", "さん")
_LABELLED = re.compile(r"^[^:：]{1,12}[:：]")


@dataclass(slots=True)
class Line:
    text: str
    locator: str
    record: str
    block: int  # index into document.blocks
    region: Region
    # For lines under a header line of a table in text (PDF pages): the fields that header names.
    fields: frozenset[str] = frozenset()
    # The header line's record of that table in text: one key for all its rows (column shares).
    section: str = ""


# A lot number or an era date written with spaces around its digits (4 丁目 26 番, 令和 6 年): only
# such lines are joined (PDF text is joined by its extractor), so 「1 分納額」 keeps its row number
_SPACED_LOT_OR_DATE = re.compile(
    r"[0-9０-９][ 　](?:丁目|番地|番)[ 　]?[0-9０-９]|(?:明治|大正|昭和|平成|令和)[ 　][0-9０-９元]{1,2}[ 　]年"
)


def _split(document: Document) -> list[Line]:
    lines: list[Line] = []
    for b, block in enumerate(document.blocks):
        if block.region in (Region.PROPERTIES, Region.FILENAME, Region.SHEET_NAME):
            continue
        text = block.text
        if not text or text.isspace():
            continue
        if "\n" in text:
            text = join_wrapped(text)
            parts = text.split("\n")
            multi = len(parts) > 1
        else:
            parts, multi = [text], False
        for k, part in enumerate(parts, start=1):
            if not part.strip():
                continue
            loc = f"{block.locator} line {k}" if multi else block.locator
            if _SPACED_LOT_OR_DATE.search(part):
                part = join_spaced_digits(part)  # 林町 4 丁目 26 番 11 号: digits spaced out by hand
            record = loc
            if block.region == Region.COMMENT and (cell := _COMMENTED_CELL.match(block.locator)):
                record = f"{cell[1]}#row{cell[2]}"  # 10月!D3 (comment): a note on row 3's person
            lines.append(Line(part, loc, record, b, block.region))
    return lines


_COMMENTED_CELL = re.compile(r"^(.+)![A-Z]{1,3}(\d+)\b")


_SPACED_LABEL = re.compile(r"^\s*(\S)[ 　](\S)(?=[ 　:：])")
_FORM_LINE = re.compile(r"^\s*([^\s:：]{2,14}?)\s*(?:[:：]|\s)\s*\S")


def _form_label(text: str) -> str | None:
    """The label a ``label value`` line opens with (氏 名 spaced apart counts as 氏名), or None."""
    m = _FORM_LINE.match(_SPACED_LABEL.sub(r"\1\2", text, count=1))
    return m.group(1) if m else None


def is_form_line(text: str) -> bool:
    """``氏名　田中 結衣`` / ``診断名：…``: a label naming a personal field, then its value."""
    field = _label_field(text)
    return field is not None and field not in NON_PERSONAL


_DIGITS = re.compile(r"\d+")


# labels that name the field, not whose it is (氏名, 世帯主 of the same person's household)
_NOT_A_PARTY = re.compile(r"氏名|名前|世帯主|フリガナ|ふりがな")


def _party(text: str) -> str:
    """``申出者　株式会社…`` / ``請求に係る者　躑躅森 幸子``: the party a form line names, or ''."""
    label = _form_label(text)
    if label is None or vocab.header_field(label) != "name":
        return ""
    return _NOT_A_PARTY.sub("", label)


def _place(locator: str) -> str:
    """The kind of place a locator names (``slide #``, ``slide master #``, ``paragraph #``)."""
    return _DIGITS.sub("#", locator.split(" line ", 1)[0])


def _group(lines: list[Line]) -> None:
    """Give each run of 2..MAX_GROUP consecutive short lines the record of its first line.

    A run with several ``label value`` lines is a form in text (診断書, 申請書) and stays one
    record up to MAX_FORM lines.
    """
    run: list[Line] = []
    parties: set[str] = set()  # the parties the run's form lines name (申出者, 請求に係る者)

    def flush() -> None:
        limit = MAX_FORM if sum(1 for line in run if is_form_line(line.text)) >= 2 else MAX_GROUP
        if 2 <= len(run) <= limit:
            for line in run[1:]:
                line.record = run[0].record
        run.clear()
        parties.clear()

    previous: Line | None = None
    opened = False  # the run was opened by a name line (平野 千尋 様) that its contact lines follow
    for line in lines:
        stripped = line.text.strip()
        short = len(stripped) <= SHORT_LINE and line.region != Region.COMMENT  # a note keeps its cell's row
        if opened and not contact_line(stripped):
            flush()  # the name's own lines (住所 …, 電話 …) have ended
        opened = False
        adjacent = (
            previous is not None
            and (line.block - previous.block) <= 1
            and line.region == previous.region
            # slide 2 → slide master 1: the slide's text ends where the template's begins
            and _place(line.locator) == _place(previous.locator)
        )
        party = _party(stripped) if short else ""
        if party and parties - {party}:
            flush()  # 申出者 (a firm) / 請求に係る者 (a resident): each party its own record
            run.append(line)
        elif short and (not run or adjacent):
            run.append(line)
        else:
            flush()
            if short:
                run.append(line)
        # an addressee line closes the address block above it; a labelled line (転入者：… さん)
        # is a field of a form whose other fields may follow
        if stripped.endswith(CLOSERS) and not _LABELLED.search(stripped):
            above = run[:-1] if run and run[-1] is line else None
            if (
                above is not None
                and _person_addressee(stripped)  # not 米子市長 様 (an office)
                and not any(contact_line(x.text.strip()) for x in above)
            ):
                # 06月10日 来庁 / 平野 千尋 様 / 住所 … / 電話 …: no address block above the name,
                # so the lines below are its own
                run.pop()
                flush()
                run.append(line)
                opened = True
            else:
                flush()
        if party and run and run[-1] is line:
            parties.add(party)
        previous = line
    flush()


_POSTCODE_OR_PHONE = re.compile(
    r"〒|[0-9０-９]{2,4}[ \-‐－−(（)）][0-9０-９]{2,4}[ \-‐－−)）][0-9０-９]{3,4}"
)


def _person_addressee(s: str) -> bool:
    """``平野 千尋 様`` / ``北村　正一さん`` (a phone memo): a person's name with an honorific alone
    on its line (not 市長 様, 各位)."""
    return bool(_NAME_WITH_HONORIFIC.match(s)) and not to_an_office(s)


_NAME_WITH_HONORIFIC = re.compile(
    r"^[\s　]*[\u4e00-\u9fff々\u30a0-\u30ffー]{1,6}[ 　]?[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]{1,6}[ 　]*(様|殿|さん)[\s　]*$"
)


_LOT_NUMBER = re.compile(r"[0-9０-９]+[ 　]?(?:丁目|番地)|[0-9０-９]+[ 　]?番[ 　]?[0-9０-９]*[ 　]?号?$")


def contact_line(s: str) -> bool:
    """``住所 大垣市…`` / ``電話 090 …`` / ``〒503-…`` / ``大垣市禾森町…``: a line of an address block."""
    if vocab.names_an_organisation(s):
        return False  # 甲府市役所 市民課 / 電話 …（代表）: the sender's office, not the person's
    if _LOT_NUMBER.search(s):
        return True  # 大字月布 8丁目17番: a street address without its town's name
    field = _label_field(s) if is_form_line(s) else None
    if field == "phone" and len(_ANY_DIGIT.findall(s)) < 6:
        field = None  # 電話メモ 6/7: a memo's title, not a number
    return (
        field in ("address", "phone", "birth_date", "postal_code")
        or bool(_POSTCODE_OR_PHONE.search(s[:24]))
        or s.startswith(vocab.PREFECTURES)
        or vocab.starts_with_municipality(s)
    )


_ANY_DIGIT = re.compile(r"[0-9０-９]")
_ROW_NO = re.compile(r"^\s*(\d{1,5})[\s　]+\D")


# a row's own identifier before the name (宛名番号 0000690413, 受付番号 R6-187)
_ROW_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-]{3,15}$")


def _starts_with_name(s: str) -> bool:
    """``伊東 誠 盛岡市… 0191-…``: a known surname + given name, then more cells of the row; or the
    row's identifier first (``0000690413 九十九 蒼 薩摩川内市…``, as a core system prints its lists)."""
    tokens = s.split(maxsplit=3)
    if vocab.ROW_ID_THEN_LATIN_NAME.match(s):
        return True  # G584093 RAI RAM BAHADUR ライ・ラム・…: a foreign resident's name in capitals
    if (
        len(tokens) == 4
        and _ROW_ID.match(tokens[0])
        and checks.looks_like_name(f"{tokens[1]} {tokens[2]}", strict=False)  # 阿部 與四郎: the place says it
    ):
        return True
    return len(tokens) >= 3 and checks.looks_like_name(f"{tokens[0]} {tokens[1]}")


def _sections(found: list[Line]) -> None:
    """Tables in text (PDF pages): lines under a header line naming a person field form one record.

    A PDF table row often wraps over several lines, so the section rather than the line is the
    record; the header's fields tell the detectors what the values below it are. Rows numbered in
    sequence (No 1, 2, 3 …) are each their own record (wrapped lines join the row above), and such
    a numbered table goes on over a page break whose page repeats no header (the next row number
    continues the sequence), so a 500-row list in a PDF is 500 persons, not one per page.
    """
    current: frozenset[str] = frozenset()
    record = section = ""
    block = -1
    last_no = -1  # the last row number of the current section, -1 when its rows are not numbered
    carry: tuple[frozenset[str], int] | None = None  # a numbered table that may go on past a page break
    seen = 0  # lines of the current block so far
    for line in found:
        m = _ROW_NO.match(line.text)
        if line.block != block:
            block, seen = line.block, 0
            carry = (current, last_no) if current and last_no > 0 else None
            current, last_no = frozenset(), -1
        seen += 1
        if carry is not None and m is not None and int(m.group(1)) == carry[1] + 1 and seen <= 3:
            current, last_no = carry  # the page's running title lines above are not rows
        if seen > 3:
            carry = None
        fields = header_fields(line.text)
        if fields and (fields & vocab.PERSON_FIELDS or len(fields) >= 3 or "facility" in fields):
            if not current or fields != current:
                section = f"{line.locator} (table)"
            record = section
            current, last_no = fields, 0  # 0: the first numbered row may start anywhere
            line.record, line.fields, line.section = record, current, section
            continue
        if current:
            if RULED_LINE.fullmatch(line.text.strip()):
                continue  # ===== under the header of a printed list: a ruled line, not prose
            if len(line.text) > 120:
                current = frozenset()
                continue
            if m is not None and ((n := int(m.group(1))) == last_no + 1 or (last_no == 0 and n > 0)):
                record, last_no = f"{line.locator} (row)", n
            elif last_no <= 0 and "name" in current and _starts_with_name(line.text):
                record = f"{line.locator} (row)"  # unnumbered rows that lead with the person's name
            line.record, line.fields, line.section = record, current, section


_EXAMPLE_WORDS = ("記入例", "記載例", "見本", "サンプル", "架空の", "（例）", "(例)", "例示")


# A title that declares a literary work (短編「三月の鍵」より, 童話), and the marks of a digitised
# literary text (Aozora Bunko: ［＃…］ notes, 《ruby》, 底本： at the end)
_FICTION_TITLE = ("小説", "短編", "長編", "童話", "戯曲", "朗読", "フィクション", "作品集", "物語")
_FICTION_MARKS = ("［＃", "底本：", "青空文庫")
_RECORD_TITLE_WORDS = ("受付", "記録", "申込", "申請", "名簿", "一覧", "台帳")


def is_fiction(document: Document) -> bool:
    """Whether the document says it is fiction: its characters are no one's personal data."""
    texts = [b.text for b in document.blocks if b.text and not b.text.isspace()]
    if not texts:
        return False
    title = texts[0].lstrip().split("\n", 1)[0][:40]
    if vocab.has_any(title, _FICTION_TITLE) and not vocab.has_any(title, _RECORD_TITLE_WORDS):
        return True  # (not 対面朗読 受付記録: a reading service's record)
    return sum(1 for t in texts[:50] + texts[-5:] if vocab.has_any(t, _FICTION_MARKS)) >= 2


# it must say so of the persons (氏名・住所は架空のもの, 架空の人物), not of a case (事例は架空です,
# whose speaker notes may still hold a real one)
_FICTIONAL = re.compile(r"(?:氏名|名前|人物|個人)[^。]{0,20}架空|架空の(?:人物|氏名|名前)")


def is_example(document: Document) -> bool:
    """Whether the document says it is a sample (in its text, a table name or first rows)."""
    if any(vocab.has_any(b.text, _EXAMPLE_WORDS) for b in document.blocks):
        return True
    for table in document.tables:
        # the title rows, the header and the first data rows (記入例 | 保健 花子 | 090-0000-0000)
        cells = " ".join(str(v) for row in table.rows[:6] for v in row if isinstance(v, str))
        if vocab.has_any(f"{table.name} {cells}", _EXAMPLE_WORDS):
            return True
    return False


def lines(document: Document, context: DetectContext) -> list[Line]:
    """The document's lines with their records (computed once). Every detector reads them first,
    so this also marks a sample form (記入例, 見本) for ``findings.finding``: its stock names and
    sample numbers are placeholders, whichever detector finds them."""
    cached = context.cache.get("lines")
    if cached is None:
        context.cache["example_document"] = is_example(document)
        # 記入例の氏名・住所は架空のものです: the document says its persons are made up
        # (not 架空請求, a fraud a resident fell for)
        context.cache["fictional_document"] = any(_FICTIONAL.search(b.text) for b in document.blocks)
        cached = _split(document)
        _group(cached)
        _sections(cached)
        context.cache["lines"] = cached
    return cached  # type: ignore[no-any-return]


# 皆様, お客様, 関係者様, 各位様 address many people, not one
NAMED = re.compile(
    r"(?![皆客者各])(?<!お)[\u4e00-\u9fff々\u30a1-\u30fa\u30fc][ 　]?(?:様|さん|氏|殿|君|ちゃん)(?:(?=[宅方])|(?![\u4e00-\u9fff]))"
)  # 片山 トミ 様宅 / 様方: the household


def person_records(document: Document, context: DetectContext) -> frozenset[str]:
    """Records that name a person: a name label with its value (被保険者氏名　…) or an honorific.

    A health or arrears word elsewhere in such a record (the 既往歴 line of an 認定調査票, the
    remarks of a form printed as text) is about that person.
    """
    cached = context.cache.get("person_records")
    if cached is None:
        found = set()
        for line in lines(document, context):
            if line.fields:  # rows of a table in text: their own record per section
                continue
            s = line.text
            if (
                NAMED.search(s)
                or (is_form_line(s) and _label_field(s) in vocab.PERSON_FIELDS)
                or checks.role_names(s)  # 母：今村 優子 in a case-conference record
                or name_labels.party_names(s)  # 被害児童：6年1組 竹内　航
                or next(name_lines.names_before_details(s), None)  # 金子　哲也（桜馬場通6丁目…）
                or name_lines.name_as_label(s)  # ・3年1組 平井 結衣：喘息。
                or name_lines.name_before_grade(s)  # 百目鬼 葵　中2　特別支援学級（自閉症…）
            ):
                found.add(line.record)
        from . import conversation  # late: conversation reads this module's lines

        found |= conversation.linked_records(document, context)  # replies about a person named before
        # a cell's comment (透析開始 on 10月!D3) is about its row's person, when the row names one
        commented = {line.record for line in lines(document, context) if line.region == Region.COMMENT}
        if commented:
            rows = {info.record(r) for info in tables.analyse(document, context) for r in info.person_rows}
            found |= commented & rows
        cached = context.cache["person_records"] = frozenset(found)
    return cached  # type: ignore[no-any-return]


def _label_field(text: str) -> str | None:
    label = _form_label(text)
    return vocab.header_field(label) if label is not None else None


def to_an_office(s: str) -> bool:
    """寒河原町長 様 / 福祉係 御中 / 保護者様: a letter's addressee that is an office or a class of
    people, not a person."""
    return s.replace(" ", "").replace("\u3000", "").endswith(NOT_ADDRESSEE)


NOT_ADDRESSEE = ("皆様", "各位", "御中", "保護者様", "利用者様", "関係者様", "長様", "長殿", "者様", "者殿")
