"""Word boundaries for vocabulary matches: is がん in a line the noun がん, or part of がんばる?

Substring search finds がん inside がんばる / しゃがむ / がんじょう and 通院 inside a place name. A
Japanese morphological analyser (SudachiPy with its small dictionary: docs/decisions.md) settles it,
run only on a short window around each candidate match — health and arrears words are rare, so a
document costs one analyser call per candidate, not a pass over all its text.

A match is a word when it starts and ends on token boundaries, or lies inside one common noun
(胃がん, 肺がん: a compound of the word). Inside a verb, adjective or adverb (がんばる, がんじょう)
or a proper noun it is not. Without the analyser installed every match counts (the old behaviour:
never fewer findings than before).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import lexicon

WINDOW = 12
#: Longer matches (支払っていない, 精神障害者保健福祉手帳) are phrases that do not occur by accident.
SHORT = 3
# 滞りなく (smoothly), 滞納なし, 障害はない: the word is there to be denied
_NEGATION = re.compile(r"^(?:なく|無く|なし|無し|のない|の無い|はない|はありません|はなく)")


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    try:
        from sudachipy import Dictionary, SplitMode
    except ImportError:  # pragma: no cover - a dependency; kept optional for stripped installs
        return None
    for name in ("small", "core", "full"):  # small is the dependency; a bigger one also does
        try:
            return Dictionary(dict=name).tokenizer(mode=SplitMode.C)
        except Exception:  # that dictionary package is not installed
            continue
    return None  # pragma: no cover


def available() -> bool:
    return _tokenizer() is not None


@lru_cache(maxsize=8192)
def _tokens(window: str) -> tuple[tuple[int, int, str, str], ...]:
    """(begin, end, part of speech, sub-category) of each token of ``window``."""
    tokenizer = _tokenizer()
    out = []
    for m in tokenizer.tokenize(window):
        pos = m.part_of_speech()
        out.append((m.begin(), m.end(), pos[0], pos[1]))
    return tuple(out)


@lru_cache(maxsize=65536)
def is_person_name(text: str) -> bool:
    """``宮坂 とし子`` / ``長友聡``: the analyser reads a surname then a given name and nothing else.
    The surname and given-name lists hold the common names; its dictionary holds many more."""
    tokenizer = _tokenizer()
    if tokenizer is None:
        return False
    parts = [m.part_of_speech() for m in tokenizer.tokenize(text) if not m.surface().isspace()]
    return len(parts) == 2 and parts[0][2:4] == ("人名", "姓") and parts[1][2:4] == ("人名", "名")


@lru_cache(maxsize=8192)
def is_given_name(text: str) -> bool:
    """A given name to the analyser's dictionary (義雄), one word: the bundled list holds fewer."""
    tokenizer = _tokenizer()
    if tokenizer is None or not text:
        return False
    tokens = list(tokenizer.tokenize(text))
    return len(tokens) == 1 and tokens[0].part_of_speech()[2:4] == ("人名", "名")


@lru_cache(maxsize=8192)
def is_surname(text: str) -> bool:
    """A surname on the bundled list, or one proper noun to the analyser (目黒)."""
    if text in lexicon.surnames():
        return True
    tokenizer = _tokenizer()
    if tokenizer is None:
        return False
    tokens = list(tokenizer.tokenize(text))
    # a surname may be read as the place it comes from (目黒): any one proper noun
    return len(tokens) == 1 and tokens[0].part_of_speech()[1] == "固有名詞"


def is_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word of its own (or the tail/head of a compound noun)."""
    if end - start > SHORT or _tokenizer() is None:
        return True
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    tokens = _tokens(text[lo:hi])
    s, e = start - lo, end - lo
    inside = [t for t in tokens if t[0] < e and t[1] > s]
    if not inside:
        return True
    if any(t[3] == "固有名詞" for t in inside):
        return False  # a place or person name that happens to contain the word
    if inside[0][0] == s and inside[-1][1] == e:
        return True  # aligned with token boundaries: 父は|がん|で
    # inside common nouns and their affixes (胃がん, 肺がん, 未|納額) it is a word; inside a verb or
    # adjective (がんばる, しゃがむ, がんじょう) it is part of another word
    return all(t[2] in _COMPOUND_PARTS for t in inside)


_COMPOUND_PARTS = frozenset({"名詞", "接頭辞", "接尾辞"})


def negated(text: str, end: int) -> bool:
    """``滞りなく`` / ``滞納なし``: the word is followed by its negation."""
    return _NEGATION.match(text[end : end + 6]) is not None


def first_word(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that is a word and not negated."""
    for m in pattern.finditer(text):
        if is_word(text, m.start(), m.end()) and not negated(text, m.end()):
            return m
    return None


@lru_cache(maxsize=8192)
def common_words_only(text: str) -> bool:
    """Whether ``text`` is a phrase of two or more words, none of them a proper noun (資格取得予定,
    転出予定, 本人確認), not a person's name. An unknown name falls apart into one-character pieces
    (百目鬼栞 → 百|目|鬼|栞), a phrase into words. False without the analyser (it cannot tell)."""
    if _tokenizer() is None:
        return False
    tokens = [t for t in _tokens(text) if t[2] != "空白"]
    return all(t[3] != "固有名詞" for t in tokens) and sum(1 for t in tokens if t[1] - t[0] >= 2) >= 2
