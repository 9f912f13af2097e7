"""Check digits and cell-value classifiers shared by the detectors and the table analysis."""

from __future__ import annotations

import re

from ..normalize import to_ascii
from . import vocab, words

# Qn by position from the left: the 11th digit from the left is P1 (Q1 = 2) … the 1st is P11 (Q11 = 6).
_MN_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def my_number_check_digit(first11: str) -> int:
    """Check digit of a My Number from its first 11 digits (Cabinet order under the Act, art. 8).

    Pn is the n-th digit counted from the right of the 11; Qn = n+1 (n ≤ 6), n−5 (n ≥ 7).
    """
    total = sum(int(ch) * w for ch, w in zip(first11, _MN_WEIGHTS, strict=True))
    r = total % 11
    return 0 if r <= 1 else 11 - r


_RUNS = ("01234567890123456789", "98765432109876543210")


def is_placeholder_number(digits: str) -> bool:
    """A number made up to fill a sample (記入例: 1234 5678 9018, 1111 1111 1118): a leading run of
    eight consecutive digits, or at most two distinct digits before the check digit. Real My
    Numbers are drawn at random; a leading run of eight comes up about once in ten million."""
    return len(set(digits[:11])) <= 2 or any(digits[:8] in run for run in _RUNS)


def is_my_number(digits: str) -> bool:
    return (
        len(digits) == 12
        and digits.isdigit()
        and my_number_check_digit(digits[:11]) == int(digits[11])
        and len(set(digits)) > 1  # 000000000000 passes the check but is a placeholder
    )


def corporate_check_digit(base12: str) -> int:
    """Check digit (the FIRST digit) of a corporate number from its 12 base digits."""
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return 9 - (total % 9)


def is_corporate_number(digits: str) -> bool:
    return len(digits) == 13 and digits.isdigit() and corporate_check_digit(digits[1:]) == int(digits[0])


_NUMBERISH = re.compile(r"^[0-9][0-9 \-]*$")


_HYPHENS = str.maketrans(dict.fromkeys("‐‑‒–—―−ｰー", "-"))


def number_cell_digits(text: str) -> str | None:
    """Digits of a cell that holds only a number (with spaces/hyphens), full-width folded."""
    if text.isdigit() and text.isascii():  # the common case: a plain number cell
        return text
    if not text or not ("0" <= text[0] <= "9" or "０" <= text[0] <= "９"):
        return None
    folded = to_ascii(text).strip().translate(_HYPHENS)
    if not _NUMBERISH.match(folded):
        return None
    return folded.replace(" ", "").replace("-", "")


# Japanese phone numbers: 0 + area code + local number, 10 digits (landline) or 11 (mobile/IP).
PHONE_TEXT = re.compile(
    r"(?<![0-9０-９\-])(?:\(?(0[0-9]{1,4})\)?[ \-‐－ー−]?([0-9]{1,4})[ \-‐－ー−]([0-9]{3,4})"
    r"|(0[5789]0)[ \-‐－ー−]?([0-9]{4})[ \-‐－ー−]?([0-9]{4}))(?![0-9０-９])"
)


def is_phone(text: str, headed: bool = False) -> bool:
    """A cell holding only a Japanese phone number (10 digits, or 11 for mobile/IP numbers).
    ``headed``: under a phone header, any 0-prefixed 11 digits count (a mistyped 0834-776-8517
    is still the person's number to the one who wrote it)."""
    digits = number_cell_digits(text.replace("(", "").replace(")", "").replace("（", "").replace("）", ""))
    if digits is None:
        return False
    if not digits.startswith("0") or digits.startswith("00"):
        return False
    if len(digits) == 11:
        return headed or digits[:3] in ("050", "070", "080", "090", "060", "020")
    return len(digits) == 10


_ADDRESS_CELL = re.compile(
    r"(?:都|道|府|県|市|区|町|村|郡)[^\s]{0,20}?(?:[0-9０-９]|[一二三四五六七八九十]+(?:丁目|番|号))"
)
_ADDRESS_UNIT = re.compile(r"(?:市|区|町|村)")


def looks_like_address(text: str) -> bool:
    if not 5 <= len(text) <= 80:
        return False
    if text.startswith(vocab.PREFECTURES):
        return True
    return bool(_ADDRESS_CELL.search(text)) and bool(_ADDRESS_UNIT.search(text))


_NAME_CHARS = re.compile(
    r"^[\u4e00-\u9fff\u3005\u3040-\u309f\u30a0-\u30ffｦ-ﾟ][\u4e00-\u9fff\u3005\u3040-\u309f\u30a0-\u30ffｦ-ﾟ \u3000・]{1,14}$"
)


_NOT_NAME_ENDINGS = (
    "都", "道", "府", "県", "市", "町", "村", "区", "郡", "課", "係", "所", "館", "会", "園", "校", "院", "部", "局",
    "室", "センター", "協会", "組合", "株式会社",
    # the head of an office (周南市長 様): a title, not a name
    "市長", "町長", "村長", "区長", "知事", "議長", "校長", "園長", "所長", "館長", "部長", "課長", "係長", "会長",
    "社長", "院長", "局長", "署長",
)  # fmt: skip


#: A name in Latin letters (residents of foreign nationality): GARCIA WEI, Kim Minjun.
LATIN_NAME = re.compile(
    r"^[A-Z][A-Za-z'\-]+(?:[ \u3000,][ ]?[A-Z][A-Za-z'\-]+){1,3}$"
    r"|^[A-Z][A-Za-z'\-]+[ \u3000][\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]{1,5}$"  # SILVA 晃
)


def looks_like_name(text: str, strict: bool = True) -> bool:
    """A person's name as a cell: kanji/kana only; ``strict`` wants a known surname or given name.

    Two to four capitalised Latin words also pass (no dictionary for those)."""
    return name_kind(text) >= (KNOWN_NAME if strict else NAME_SHAPED)


NOT_A_NAME, NAME_SHAPED, KNOWN_NAME = 0, 1, 2


# an honorific or the name's reading after it (和田 明美 氏, 三上 拓海（ミカミ タクミ）)
_TRAILING_HONORIFIC = re.compile(
    r"(?<=[^\s　])(?:[ 　]+(?:様|殿|氏|さん)|[ 　]*[（(][\u3040-\u309f\u30a0-\u30ff 　・]+[）)]|[ 　]*[㊞印]|[ 　]*[（(][男女][）)])$"
)
# who a person is to the applicant (必要な方 | 本人, 続柄 | 長男): never a name
_RELATIONS = frozenset(
    (
        "本人",
        "世帯主",
        "長男",
        "長女",
        "次男",
        "次女",
        "三男",
        "三女",
        "祖父",
        "祖母",
        "代理人",
        "同居人",
        "配偶者",
    )
)
_TRAILING_MARKS = frozenset("様殿氏ん㊞印）)")
# endings no surname has (阿部, 田所, 小室 end as offices do)
_OFFICE_ENDINGS = ("課", "係", "局", "センター", "役場", "役所", "支所")


def _given_name_apart(text: str) -> bool:
    """一尺八寸 都: a given name written apart that ends as a place or an office would (都, not 東京都)."""
    parts = text.replace("\u3000", " ").split()
    return (
        len(parts) == 2
        and len(parts[1]) <= 2
        and parts[1] in vocab.given_names()
        and "".join(parts) not in vocab.PREFECTURES  # 東京 都 spaced apart is the prefecture
    )


def name_kind(text: str) -> int:
    """KNOWN_NAME (a known surname or given name, or a Latin name), NAME_SHAPED, or NOT_A_NAME.
    An honorific or a reading after the name (和田 明美 氏, 三上 拓海（ミカミ タクミ）) is not part of it."""
    text = text.strip()
    if text[-1:] in _TRAILING_MARKS:  # cheap test first: this runs on every name-like cell
        text = _TRAILING_HONORIFIC.sub("", text)
        # 高橋 虎之介（居酒屋 とし坊）, 山田 太郎（長男）: a written-apart name, then a note on it
        text = vocab.NAME_THEN_NOTE.sub(r"\1", text)
    if text[:1].isascii():
        return KNOWN_NAME if LATIN_NAME.match(text) else NOT_A_NAME
    if (
        not _NAME_CHARS.match(text)
        or (text.endswith(_NOT_NAME_ENDINGS) and not _given_name_apart(text))
        or text in vocab.PREFECTURES
        or text in _RELATIONS
    ):
        return NOT_A_NAME
    parts = text.replace("\u3000", " ").split()
    first = parts[0] if parts else text
    if len(parts) == 2 and first.endswith(_OFFICE_ENDINGS):
        return NOT_A_NAME  # 人事課 村上: an office and a surname, as a sender signs a mail
    surnames = vocab.surnames()
    if first in surnames:
        return KNOWN_NAME
    # without a space: a known surname of 1-3 characters followed by 1-4 more
    for n in (3, 2, 1):
        if len(first) > n and first[:n] in surnames and len(first) - n <= 4:
            return KNOWN_NAME
    if len(parts) == 2 and (parts[1] in vocab.given_names() or words.is_given_name(parts[1])):
        return KNOWN_NAME  # 八月一日 義雄: a surname no list knows, a given name the analyser knows
    # a surname and given name off the lists (宮坂 とし子): the analyser's dictionary knows them
    return KNOWN_NAME if len(text) <= 8 and words.is_person_name(text) else NAME_SHAPED


# a case record's parties by role, always with a colon (児童：…, 母：…, 本児：…): stricter than the
# name labels of detect.name (the name must be on the surname list): 母 and 父 are plain words too
ROLE_LABEL = re.compile(
    r"(?:^|(?<=[\s、。（(]))(?:児童|本児|対象児|対象児童|生徒|乳児|幼児|母|父|実母|実父|養母|養父|継母|継父|祖母|祖父"
    r"|兄|姉|弟|妹|長男|長女|次男|次女|三男|三女|妻|夫|世帯主|世帯員|同居人|内縁の夫|内縁の妻)[ 　]*[:：][ 　]*"
)
_ROLE_NAME = re.compile(
    r"[\u4e00-\u9fff々\u30a0-\u30ffー]{1,5}[ 　]?[\u4e00-\u9fff々\u3040-\u309f\u30a0-\u30ffー]{1,5}"
)


def role_names(text: str) -> list[str]:
    """Known names after a role label in ``text`` (児童：大城 信也 → 大城 信也)."""
    out = []
    for m in ROLE_LABEL.finditer(text):
        cut = _ROLE_NAME.match(text, m.end())
        if cut is not None and looks_like_name(cut.group(0)):
            out.append(cut.group(0))
    return out
