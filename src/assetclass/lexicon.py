"""Names and places of Japan: the lists masking and the detectors share (core, no detector logic).

Loaded from ``assetclass/data`` once per process on first use: surnames and given names (from
gimei, MIT) with their old/variant character forms, 市区町村 names, and the 47 prefectures.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip


def _data_lines(name: str) -> list[str]:
    text = (resources.files("assetclass") / "data" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


# Old and variant forms (旧字体・異体字) that registers keep in names: 髙橋, 齋藤, 渡邊, 濵田, 﨑.
_VARIANTS: dict[str, str] = {
    "高": "髙", "斎": "齋齊", "斉": "齊", "辺": "邊邉", "浜": "濵濱", "崎": "﨑嵜", "島": "嶋嶌", "沢": "澤",
    "桜": "櫻", "広": "廣", "国": "國", "徳": "德", "真": "眞", "蔵": "藏", "瀬": "瀨", "実": "實",
    "恵": "惠", "栄": "榮", "寿": "壽", "弥": "彌", "当": "當", "条": "條", "浅": "淺", "関": "關",
    "静": "靜", "竜": "龍", "吉": "𠮷", "富": "冨", "芦": "蘆",
    "滝": "瀧", "桧": "檜", "礼": "禮", "亀": "龜", "穂": "穗", "黒": "黑", "与": "與", "万": "萬",
}  # fmt: skip


def _with_variants(names: set[str]) -> frozenset[str]:
    """``names`` plus each name with one character in an old/variant form (髙橋 as well as 高橋)."""
    out = set(names)
    for n in names:
        for i, ch in enumerate(n):
            for alt in _VARIANTS.get(ch, ""):
                out.add(n[:i] + alt + n[i + 1 :])
    return frozenset(out)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Common surnames, kanji and katakana (data/surnames.txt, from gimei, MIT), with variant forms."""
    out: set[str] = set()
    for line in _data_lines("surnames.txt"):
        out.update(part for part in line.split("\t") if part)
    return _with_variants(out)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return _with_variants(set(_data_lines("given_names.txt")))


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    """市区町村 names, with 郡 where written (data/municipalities.txt, from gimei, MIT)."""
    out: set[str] = set()
    for line in _data_lines("municipalities.txt"):
        out.add(line)
        district, _, town = line.partition("郡")
        # the town without its district: 石狩郡当別町 → 当別町 (districts hold only towns and
        # villages: 郡山市 and 蒲郡市 are cities, not "山市" and "市" of a district)
        if district and town.endswith(("町", "村")) and len(town) >= 2:
            out.add(town)
        if "市" in line[:-1] and line.endswith("区"):  # the designated city alone: 札幌市中央区 → 札幌市
            out.add(line[: line.index("市") + 1])
    return frozenset(out)
