"""Names that lead a list line (``山田 太郎<TAB>090-…``) or open a written contact in running text
(``…連絡ください。西田 美穂 防府市…``): a known surname and given name followed by the person's
phone, address, number or birth date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import checks, entities, vocab, words

# A list line in text: surname given-name, then a value (佐々木　充　230592888578).
# 山田 太郎 0193-… / 1 山田 太郎（釜石市…） / 1 山田 太郎（昭和11年6月23日生） / 山田 太郎<TAB>緑町3-22-20 /
# 山田 太郎　TEL 090-…: a list line, numbered or not, name first, then a value (see _contact_value)
_LIST_LINE = re.compile(
    r"^\s*(?:[・\-*●○■◆]\s*)?(?:[0-9０-９]{1,6}[.．、)）]?[ 　\t]+)?([\u4e00-\u9fff々ヶ]{1,4})[ 　]([\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ff]{1,5})"
    r"(?=[ 　\t（(,，])"
)
# The same pair inside running text, at the start of a sentence: a resident writing their contact
# into a free-text answer (…連絡ください。西田 美穂 防府市城北町27番地の13 電話0835-…).
_SENTENCE_END = re.compile(r"[。．！!？?]")
_CONTACT_NAME = re.compile(
    r"[ 　]*([\u4e00-\u9fff々ヶ]{1,4})[ 　]([\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ff]{1,5})(?=[ 　\t])"
)
_PHONE_LABEL = re.compile(r"^(?:TEL|Tel|tel|電話|℡|☎|携帯|自宅|連絡先)[.:：]?[ 　]*[0-9０-９(（]")
# 緑町3-22-20 / 若葉台3-17-1 / 本町2丁目: a town's name and its lot number, without the city
_LOT_ADDRESS = re.compile(
    r"^[\u4e00-\u9fff々ヶケ]{1,8}[0-9０-９一二三四五六七八九十]{1,4}(?:[-－ー−‐]|丁目|番)"
)
# （釜石市…） / （昭和11年6月23日生） / （82歳）: where the person lives, or when they were born
_PLACE_IN_PARENS = re.compile(
    r"^[（(](?:[^）)]{0,8}(?:[都道府県市区町村郡]|[0-9０-９]{1,4}[年歳])|(?:連絡先|電話|TEL|Tel|携帯)[ 　:：]*[0-9０-９])"
)  # also （連絡先 080-…）: the person's own number in parentheses
# 昭和10年7月14日生 / 1985年3月2日生まれ: a birth date written after the name
_BIRTH_AFTER = re.compile(r"^(?:明治|大正|昭和|平成|令和)?[ 　]?[0-9０-９元]{1,4}[ 　]?年[^生]{2,10}生")


def _contact_value(rest: str) -> bool:
    """Whether ``rest`` (the text after a name) starts with a value of the person: a number
    (phone, My Number, age), a postcode, a labelled phone, an address, or (…市) after the name."""
    head = rest.lstrip(" 　\t,，")
    if (
        head[:1] in "（("
        and (close := re.match(r"[（(][^）)]{1,8}[）)]\s*", head))
        and not _PLACE_IN_PARENS.match(head)
    ):
        head = head[close.end() :]  # 仁科 富美（妻）岐阜県…: a relation in brackets, then the address
    if head[:1] in "男女" and head[1:2] in (" ", "　", "\t"):
        head = head[1:].lstrip(" 　\t")  # 横田 小梅　女 筑西市…: the sex, then the address
    if not head:
        return False
    if (
        head[0] in "0123456789０１２３４５６７８９〒"
        or _PHONE_LABEL.match(head)
        or _PLACE_IN_PARENS.match(head)
        or _BIRTH_AFTER.match(head)
    ):
        return True
    token = head.split(maxsplit=1)[0]
    return (
        checks.looks_like_address(token)
        or _LOT_ADDRESS.match(token) is not None
        or token.startswith(vocab.PREFECTURES)
        or vocab.starts_with_municipality(token)
    )


def private_pair(name: str) -> bool:
    """A known name (surname list) that reads as a person, not a facility or a titled head; the
    second word must not name a facility itself (山田 内科, 佐藤 商店) unless it is a known given name."""
    given = name.split()[-1]
    if given not in vocab.given_names() and entities.entity_of(given) == entities.ORG:
        return False
    return (
        checks.looks_like_name(name)
        and entities.entity_of(name) == entities.PERSON
        and not words.common_words_only(name)  # 関係機関 管内: two common nouns, 関 a surname by chance
    )


def list_line_name(s: str) -> str | None:
    """The name that leads a list line with a value after it (``山田 太郎<TAB>090-…``), if any."""
    m = _LIST_LINE.match(s)
    return _leading_pair(m) if m is not None and _contact_value(s[m.end() :]) else None


def _leading_pair(m: re.Match[str]) -> str | None:
    name = f"{m[1]} {m[2]}"
    return name if private_pair(name) else None


def leading_name(s: str) -> str | None:
    """The known name that opens a line of a list (``村井 聡<TAB>1967/08/24``), whatever follows it."""
    m = _LIST_LINE.match(s)
    return _leading_pair(m) if m is not None else None


def name_beside_contact(s: str, neighbour: str) -> str | None:
    """A name alone on its line with its contact on the line next to it: a mail signature (早川 直美 /
    〒392-… or TEL 080-…) or the sender block of a letter (〒964-… / 白浜町才野… / 横山 達也), also
    after the trade name a sole trader signs with (表具 三浦 / 三浦 直樹 over their address)."""
    if not _contact_value(neighbour):
        return None
    m = _LIST_LINE.match(s + " ")
    if m is None or s[m.end() :].strip():
        return after_trade_name(s)
    name = f"{m[1]} {m[2]}"
    return name if private_pair(name) else None


def name_between_contacts(s: str, above: str, below: str) -> str | None:
    """A name alone on its line between its address and its phone (a letter's sender block:
    志免町桜丘3丁目4番11号 / 月見里 紬 / 電話 090-…): a person even when no list knows the name."""
    m = _LIST_LINE.match(s + " ")
    if m is None or s[m.end() :].strip() or not (_contact_value(above) and _contact_value(below)):
        return None
    name = f"{m[1]} {m[2]}"
    if not checks.looks_like_name(name, strict=False) or entities.entity_of(name) != entities.PERSON:
        return None
    return None if words.common_words_only(name) else name


def after_trade_name(s: str) -> str | None:
    """The known name closing a short line after one or two words of a trade name (ことぶき看板
    梶原 美咲, 表具 三浦 三浦 直樹); not after an office or a title (人事課 山田 太郎 signs for the
    city, 代表取締役 石倉 咲良 for a company)."""
    tokens = s.split()
    if not 3 <= len(tokens) <= 4 or len(s) > 24:
        return None
    if any(t.endswith(vocab.OFFICE_SUFFIXES) or t.endswith(entities.ROLE_TITLES) for t in tokens[:-2]):
        return None  # 人事課 / 代表取締役 before the name: an office's staff or a company's head
    name = f"{tokens[-2]} {tokens[-1]}"
    return name if private_pair(name) and not words.common_words_only(name) else None


_DIGIT = re.compile(r"[0-9０-９]")
PHONE_LABELS = ("携帯", "自宅", "TEL", "Tel", "tel", "電話")
# 細川 葵 携帯 070-…: a name right before a labelled phone, anywhere in a line
BEFORE_PHONE = re.compile(
    r"(?:^|[ 　\t])([\u4e00-\u9fff々ヶ]{1,4})[ 　]([\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ff]{1,5})"
    r"[ 　]+(?P<label>携帯|自宅|TEL|Tel|tel|電話)[ 　:：.]*[0-9０-９(（]"
)


_PHONE_ONLY = re.compile(r"^[(（]?0[0-9０-９()（）\-－]{8,13}$")


def name_after_address(s: str) -> str | None:
    """A sender's line: their address, then their name at the end (小山市駅東通り1丁目28番9号　安田 真由美)."""
    if len(s) > 80 or not _DIGIT.search(s):
        return None  # cheap test first: an address has a lot number
    parts = s.split()
    if len(parts) >= 4 and _PHONE_ONLY.match(parts[-1]):
        parts = parts[:-1]  # …17-17　永井 美咲　070-1243-4467: the phone after the name
    if len(parts) < 3 or not _contact_value(parts[0]):
        return None
    name = f"{parts[-2]} {parts[-1]}"
    full = _LIST_LINE.match(name + " ")
    if full is None or full.end() != len(name):
        return None
    return name if private_pair(name) else None


def names_before_phone(s: str) -> Iterator[str]:
    """Names right before a labelled phone (細川 葵 携帯 070-…); after a company or a title only a
    mobile or home number makes them a private person's (代表取締役 小野寺 健 電話 019-… is the company's)."""
    if not vocab.has_any(s, PHONE_LABELS):
        return
    for m in BEFORE_PHONE.finditer(s):
        pair = f"{m[1]} {m[2]}"
        before = s[max(0, m.start(1) - 12) : m.start(1)]
        if m["label"] not in ("携帯", "自宅") and (
            vocab.has_any(before, entities.ROLE_TITLES) or vocab.names_an_organisation(before)
        ):
            continue
        if private_pair(pair):
            yield pair


# a slash between items only with spaces round it (5/8 is a date)
_ENUMERATION = re.compile(r"[、，,;；]|[ 　][/／][ 　]|／")


def enumerated_names(s: str) -> Iterator[str]:
    """Names in an enumeration of name-and-value items in one line (欠席連絡用 千葉 由紀 0834-…、
    市川 達也 090-…、…): each item after a separator leads with a name and a value."""
    if not _DIGIT.search(s) or not _ENUMERATION.search(s):
        return  # cheap test first: items of name and value carry numbers
    items = _ENUMERATION.split(s)
    if len(items) < 2:
        return
    for item in items[1:]:
        name = list_line_name(item.strip())
        if name is not None:
            yield name
    first = items[0].rsplit(maxsplit=3)  # the first item follows the line's own words
    if len(first) >= 3:
        name = list_line_name(" ".join(first[-3:]))
        if name is not None:
            yield name


def contact_names(s: str) -> Iterator[str]:
    """Names that open a sentence (after 。！？) and are followed by an address or phone (a written
    contact). A name opening the text itself is a list line's (``list_line_name``)."""
    for end in _SENTENCE_END.finditer(s):
        m = _CONTACT_NAME.match(s, end.end())
        if m is None:
            continue
        name = f"{m[1]} {m[2]}"
        if _contact_value(s[m.end() :]) and private_pair(name):
            yield name


# 金子　哲也（桜馬場通6丁目3番10号）/ 松尾絵里（S60.3.16生）/ 今井 修 様（82歳）/ 清家 沙織（0229-…）: a name,
# then in brackets where the person lives, when they were born or their phone
_NAME_THEN_DETAILS = re.compile(
    r"(?:^|(?<=[\s　、。：:「・の]))([\u4e00-\u9fff々ヶ]{1,4}[ 　]?[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]{1,5}?)"
    # one bracket inside is allowed (西村 智子（第5分団（栄町）、…862番地）)
    r"[ 　]?(?:様|さん|氏|殿)?[（(]((?:[^（）()]|[（(][^（）()]{0,12}[）)]){2,60})[）)]"
)
_DETAILS = re.compile(
    r"[0-9０-９]+(?:丁目|番地|番|号)|[0-9０-９]{1,4}[年./／][0-9０-９]{1,2}[月./／][0-9０-９]{1,2}日?生|[0-9０-９]{1,3}歳"
    # 清家 沙織（0229-79-3812）, 秋山 千鶴（電話 0952-73-6185）: their phone
    r"|^(?:電話|TEL|Tel|携帯)?[ 　:：]*0[0-9０-９]{1,4}-[0-9０-９]{1,4}-[0-9０-９]{3,4}$"
)


def names_before_details(s: str) -> Iterator[str]:
    """Known names right before a bracket holding the person's lot number, birth date or age."""
    if "（" not in s and "(" not in s:
        return  # cheap test first
    for m in _NAME_THEN_DETAILS.finditer(s):
        if s[: m.start(1)].rstrip(" 　").endswith(_OFFICE_BEFORE_NAME):
            continue  # 予防係 上野 ミツ（電話 …）: the office's contact, not a resident
        if _DETAILS.search(m[2]) and (checks.looks_like_name(m[1]) or _household(m[1])):
            yield m[1]


_OFFICE_BEFORE_NAME = (*vocab.OFFICE_SUFFIXES, "担当", "担当者")


# 汲田 美津子　生年月日 1950/08/25: a written-apart name opening the line, then a labelled birth
# date or address of its own
_NAME_THEN_LABEL = re.compile(
    rf"^[ 　]*({vocab.SPACED_NAME})[ 　]+(?:生年月日|住所|現住所)[ 　:：]*[0-9０-９明大昭平令SHR一-龥]"
)


# …大町5丁目26番19号 の 酒井 綾乃 方 住宅から出火: a household named by its head after the address
_HOUSEHOLD_AFTER_ADDRESS = re.compile(
    rf"(?:[0-9０-９]+[ 　]?(?:号|番地?)|[0-9０-９])[ 　]*の?[ 　]*({vocab.SPACED_NAME})[ 　]*方(?=[ 　、。]|住宅|宅|$)"
)


def household_names(s: str) -> Iterator[str]:
    """Known names of a household's head right after an address (…19号 の 酒井 綾乃 方)."""
    if "方" not in s:
        return
    for m in _HOUSEHOLD_AFTER_ADDRESS.finditer(s):
        if checks.looks_like_name(m[1]):
            yield m[1]


# 百目鬼 葵　中2　特別支援学級…: a pupil's name opening a line, then their grade
_NAME_THEN_GRADE = re.compile(
    rf"^[ 　]*({vocab.SPACED_NAME})[ 　]+(?:{vocab.PUPIL_CLASS}|[小中高][1-6１-６](?![0-9０-９])|年長|年中|年少)"
)


def name_before_grade(s: str) -> str | None:
    """A known name opening a line, followed by a pupil's grade (中2, 3年1組, 年長)."""
    m = _NAME_THEN_GRADE.match(s)
    return m[1] if m is not None and checks.looks_like_name(m[1]) else None


def name_before_label(s: str) -> str | None:
    """A known name opening a line, followed by its own labelled birth date or address."""
    m = _NAME_THEN_LABEL.match(s)
    return m[1] if m is not None and checks.looks_like_name(m[1]) else None


def _household(s: str) -> bool:
    """目黒家: a family named by its surname (a case conference's ケース：目黒家（…番地）)."""
    return s.endswith("家") and 2 <= len(s) <= 5 and words.is_surname(s[:-1])


# ・3年1組 平井 結衣：喘息。発作時は吸入 — a list item keyed by a person, a colon after the name
_NAME_AS_LABEL = re.compile(
    rf"^[\s・\-*●○■□◆◇※]*(?:{vocab.PUPIL_CLASS}[ 　]*)?({vocab.SPACED_NAME})[ 　]*[:：]\S"
)


def name_as_label(s: str) -> str | None:
    """A known name that keys its line like a label (平井 結衣：喘息。)."""
    m = _NAME_AS_LABEL.match(s)
    return m[1] if m and checks.looks_like_name(m[1]) and vocab.header_field(m[1]) is None else None
