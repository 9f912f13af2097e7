"""Thirty-third red-team set (blind): a city's 市民課 and 国際交流 desks and the foreign residents they serve.

``python -m corpus.redteam.set33 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One city is drawn per build. Families follow the desk a document comes from: 戸籍 certificates, 届出 and
本籍地照会 (``koseki``), 住民票 第三者請求, 職務上請求 and 閲覧 (``juminhyo``), 転入・転出 and 職権消除 (``idou``),
DV等支援措置 (``dv``), foreign residents' 在留カード and 通称名 (``gaikoku``), the 国際交流 desk's 多言語相談 and
日本語教室 (``tabunka``) and 印鑑登録 with コンビニ交付 (``inkan``); each with its public look-alikes (窓口案内,
手数料表, 届出件数, 記入例, multilingual leaflets, 日本語教室 講師 and 自治会長 named in role, 行政書士 and 司法書士
acting as agents, press releases, 法人番号 of companies, 12-digit numbers failing the My Number check digit).

Foreign residents' names are written as on the 在留カード (NGUYEN VAN AN), in katakana (グエン・ヴァン・アン), in
kanji with a 通称名 (金 英浩 / 金山 英男) or mixed. The truth is the default policy's text only: 3 for a My Number,
health or arrears data about a named private person, or records of more than 100 persons; 2 for a private person's
name with their address, birth date or phone; 1 otherwise. ``types`` lists what a perfect reader reports about
private persons (plus ``corporate_number`` where one is printed); doubtful files carry a one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.factory.numbers import (
    kanji_number,
    my_number_from,
    random_corporate_number,
    random_my_number,
)
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec

SEED = 3333
VARIANT = "redteam33"

# --- pools (this module's own) -------------------------------------------------------------------------
# (prefecture, city, area code, zip prefix, 国際交流 desk, towns); a town ending in "*" takes 番地 lots
CITIES: list[tuple[str, str, str, str, str, list[str]]] = [
    ("群馬県", "伊勢崎市", "0270", "372", "多文化共生課",
     ["今泉町", "連取町*", "境*", "宮子町", "曲輪町", "太田町", "東本町", "三光町"]),
    ("岐阜県", "美濃加茂市", "0574", "505", "地域振興課 多文化共生係",
     ["太田町*", "古井町下古井*", "森山町", "本郷町", "島町", "西町", "加茂野町*", "前平町"]),
    ("愛知県", "豊橋市", "0532", "440", "多文化共生・国際課",
     ["花田町*", "西小鷹野", "向山町", "松葉町", "牛川通", "野依町*", "岩田町", "弥生町"]),
    ("栃木県", "小山市", "0285", "323", "国際政策課",
     ["城山町", "中央町", "駅東通り", "大字喜沢*", "大字間々田*", "若木町", "犬塚", "東城南"]),
    ("三重県", "鈴鹿市", "059", "513", "地域協働課 国際交流係",
     ["白子", "神戸", "算所", "住吉", "平田", "江島町*", "岸岡町*", "道伯"]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("御手洗", "みたらい"), ("十八女", "さかり"), ("月見里", "やまなし"), ("四月一日", "わたぬき"),
    ("宇賀神", "うがじん"), ("躑躅森", "つつじもり"), ("鴨志田", "かもしだ"), ("九十九", "つくも"),
    ("栗花落", "つゆり"), ("瀬古", "せこ"), ("佐藤", "さとう"), ("高橋", "たかはし"), ("田中", "たなか"),
    ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("山口", "やまぐち"), ("松田", "まつだ"), ("斎藤", "さいとう"),
    ("山崎", "やまざき"), ("阿部", "あべ"), ("山下", "やました"), ("中島", "なかじま"), ("石井", "いしい"),
    ("小川", "おがわ"), ("藤田", "ふじた"), ("後藤", "ごとう"), ("遠藤", "えんどう"), ("青木", "あおき"),
    ("坂本", "さかもと"), ("福田", "ふくだ"), ("太田", "おおた"), ("西村", "にしむら"), ("藤井", "ふじい"),
    ("岡本", "おかもと"), ("三浦", "みうら"), ("中野", "なかの"), ("原田", "はらだ"), ("竹内", "たけうち"),
    ("小野", "おの"), ("田村", "たむら"), ("中川", "なかがわ"), ("和田", "わだ"), ("杉山", "すぎやま"),
    ("野口", "のぐち"), ("千葉", "ちば"), ("大野", "おおの"), ("菅野", "かんの"), ("市川", "いちかわ"),
    ("河野", "こうの"), ("水野", "みずの"), ("荒木", "あらき"), ("服部", "はっとり"), ("大塚", "おおつか"),
    ("宮崎", "みやざき"), ("内田", "うちだ"), ("安藤", "あんどう"), ("丹羽", "にわ"), ("早川", "はやかわ"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("源三郎", "げんざぶろう"), ("鷹臣", "たかおみ"), ("朔", "さく"), ("伊織", "いおり"), ("陸斗", "りくと"),
    ("隆之", "たかゆき"), ("浩二", "こうじ"), ("和也", "かずや"), ("大輔", "だいすけ"), ("拓海", "たくみ"),
    ("悠真", "ゆうま"), ("颯太", "そうた"), ("陽翔", "はると"), ("正男", "まさお"), ("忠司", "ただし"),
    ("幸雄", "ゆきお"), ("光太郎", "こうたろう"), ("晴臣", "はるおみ"), ("智也", "ともや"), ("健太", "けんた"),
    ("稔", "みのる"), ("勇", "いさむ"), ("昌平", "しょうへい"), ("俊彦", "としひこ"), ("義男", "よしお"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("菫", "すみれ"), ("紬", "つむぎ"), ("トメ", "とめ"), ("ミツ", "みつ"), ("千鶴", "ちづる"),
    ("幸子", "さちこ"), ("和子", "かずこ"), ("節子", "せつこ"), ("洋子", "ようこ"), ("恵美", "えみ"),
    ("真由美", "まゆみ"), ("智子", "ともこ"), ("麻衣", "まい"), ("彩花", "あやか"), ("美咲", "みさき"),
    ("陽菜", "ひな"), ("凛", "りん"), ("芽依", "めい"), ("結菜", "ゆいな"), ("久美子", "くみこ"),
    ("百合子", "ゆりこ"), ("早苗", "さなえ"), ("琴音", "ことね"), ("静香", "しずか"), ("澪", "みお"),
]  # fmt: skip
# foreign residents by nationality: family names (roman, katakana, kanji or ""), given names (roman, katakana,
# kanji or "", sex); Vietnamese names take a middle name (VN_MIDDLE); 韓国 and 中国 residents may carry a 通称名
FOREIGN: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str, str]]]] = {
    "ベトナム": (
        [("NGUYEN", "グエン", ""), ("TRAN", "チャン", ""), ("LE", "レ", ""), ("PHAM", "ファム", ""),
         ("HOANG", "ホアン", ""), ("VU", "ヴー", ""), ("DANG", "ダン", ""), ("BUI", "ブイ", ""), ("DO", "ド", ""),
         ("NGO", "ゴー", "")],
        [("AN", "アン", "", "男"), ("HUY", "フイ", "", "男"), ("TUAN", "トゥアン", "", "男"), ("DUNG", "ズン", "", "男"),
         ("HIEU", "ヒエウ", "", "男"), ("LONG", "ロン", "", "男"), ("NAM", "ナム", "", "男"), ("KHOA", "コア", "", "男"),
         ("HOA", "ホア", "", "女"), ("LAN", "ラン", "", "女"), ("TRANG", "チャン", "", "女"), ("ANH", "アイン", "", "女"),
         ("HUONG", "フオン", "", "女"), ("MAI", "マイ", "", "女"), ("LINH", "リン", "", "女"), ("THAO", "タオ", "", "女")],
    ),
    "フィリピン": (
        [("SANTOS", "サントス", ""), ("REYES", "レイエス", ""), ("DELA CRUZ", "デラクルス", ""), ("GARCIA", "ガルシア", ""),
         ("MENDOZA", "メンドーサ", ""), ("BAUTISTA", "バウティスタ", ""), ("VILLANUEVA", "ビリャヌエバ", ""),
         ("AQUINO", "アキノ", ""), ("RAMOS", "ラモス", ""), ("CASTILLO", "カスティーヨ", "")],
        [("MARIA CRISTINA", "マリア・クリスティナ", "", "女"), ("JOSE MIGUEL", "ホセ・ミゲル", "", "男"),
         ("ANGELICA", "アンジェリカ", "", "女"), ("MARK ANTHONY", "マーク・アンソニー", "", "男"), ("JOY", "ジョイ", "", "女"),
         ("RICARDO", "リカルド", "", "男"), ("MARICEL", "マリセル", "", "女"), ("JOHN PAUL", "ジョン・ポール", "", "男"),
         ("ROWENA", "ロウェナ", "", "女"), ("JERICHO", "ジェリコ", "", "男"), ("LIZA", "リサ", "", "女"), ("ARNEL", "アーネル", "", "男")],
    ),
    "ブラジル": (
        [("SILVA", "シルバ", ""), ("OLIVEIRA", "オリベイラ", ""), ("SOUZA", "ソウザ", ""), ("PEREIRA", "ペレイラ", ""),
         ("HIGA", "ヒガ", ""), ("TOKUNAGA", "トクナガ", ""), ("FERREIRA", "フェヘイラ", ""), ("ALMEIDA", "アルメイダ", ""),
         ("RODRIGUES", "ホドリゲス", ""), ("YAMASHIRO", "ヤマシロ", "")],
        [("JOAO PAULO", "ジョアン・パウロ", "", "男"), ("ANA CAROLINA", "アナ・カロリーナ", "", "女"), ("RAFAEL", "ハファエル", "", "男"),
         ("LUCAS", "ルーカス", "", "男"), ("FERNANDA", "フェルナンダ", "", "女"), ("GABRIEL", "ガブリエル", "", "男"),
         ("JULIANA", "ジュリアナ", "", "女"), ("THIAGO", "チアゴ", "", "男"), ("BEATRIZ", "ベアトリス", "", "女"),
         ("MARCOS", "マルコス", "", "男"), ("LETICIA", "レチシア", "", "女"), ("EDSON", "エジソン", "", "男")],
    ),
    "ネパール": (
        [("GURUNG", "グルン", ""), ("SHRESTHA", "シュレスタ", ""), ("TAMANG", "タマン", ""), ("THAPA", "タパ", ""),
         ("RAI", "ライ", ""), ("MAGAR", "マガル", ""), ("ADHIKARI", "アディカリ", ""), ("POUDEL", "ポウデル", "")],
        [("RAM BAHADUR", "ラム・バハドゥル", "", "男"), ("SITA", "シタ", "", "女"), ("BISHNU", "ビシュヌ", "", "男"),
         ("ANJALI", "アンジャリ", "", "女"), ("SUMAN", "スマン", "", "男"), ("KRISHNA", "クリシュナ", "", "男"),
         ("SABINA", "サビナ", "", "女"), ("DIPAK", "ディパク", "", "男"), ("PRAKASH", "プラカシュ", "", "男"), ("SUNITA", "スニタ", "", "女")],
    ),
    "中国": (
        [("WANG", "ワン", "王"), ("ZHANG", "チャン", "張"), ("LIU", "リュウ", "劉"), ("CHEN", "チェン", "陳"), ("ZHAO", "チャオ", "趙"),
         ("YANG", "ヤン", "楊"), ("HUANG", "ホアン", "黄"), ("ZHOU", "チョウ", "周"), ("WU", "ウー", "呉")],
        [("WEI", "ウェイ", "偉", "男"), ("XIAOMING", "シャオミン", "暁明", "男"), ("MEILIN", "メイリン", "美琳", "女"),
         ("JING", "ジン", "静", "女"), ("HAORAN", "ハオラン", "浩然", "男"), ("YUTONG", "ユートン", "雨桐", "女"),
         ("JUN", "ジュン", "軍", "男"), ("LIHUA", "リーホア", "麗華", "女"), ("ZIHAO", "ズーハオ", "子豪", "男"),
         ("XIUYING", "シウイン", "秀英", "女")],
    ),
    "韓国": (
        [("KIM", "キム", "金"), ("PARK", "パク", "朴"), ("CHOI", "チェ", "崔"), ("JUNG", "チョン", "鄭"), ("KANG", "カン", "姜"),
         ("YOON", "ユン", "尹")],
        [("YOUNGHO", "ヨンホ", "英浩", "男"), ("MINJI", "ミンジ", "敏智", "女"), ("SUNGMIN", "ソンミン", "成敏", "男"),
         ("HYEJIN", "ヘジン", "恵真", "女"), ("JIHOON", "ジフン", "志勲", "男"), ("SOOJIN", "スジン", "秀真", "女"),
         ("DONGHYUN", "ドンヒョン", "東賢", "男"), ("EUNJU", "ウンジュ", "恩珠", "女")],
    ),
    "インドネシア": (
        [("SETIAWAN", "スティアワン", ""), ("WULANDARI", "ウランダリ", ""), ("SAPUTRA", "サプトラ", ""),
         ("HIDAYAT", "ヒダヤット", ""), ("PRATAMA", "プラタマ", ""), ("KURNIAWAN", "クルニアワン", "")],
        [("AGUS", "アグス", "", "男"), ("PUTRI", "プトリ", "", "女"), ("DEWI", "デウィ", "", "女"), ("RIZKI", "リズキ", "", "男"),
         ("SITI", "シティ", "", "女"), ("BUDI", "ブディ", "", "男"), ("INDAH", "インダ", "", "女"), ("ADI", "アディ", "", "男")],
    ),
    "モンゴル": (
        [("BATBAYAR", "バトバヤル", ""), ("GANBOLD", "ガンボルド", ""), ("ERDENE", "エルデネ", ""), ("BOLD", "ボルド", "")],
        [("ENKHJARGAL", "エンフジャルガル", "", "女"), ("TEMUULEN", "テムーレン", "", "男"), ("NOMIN", "ノミン", "", "女"),
         ("BILGUUN", "ビルグーン", "", "男")],
    ),
}  # fmt: skip
VN_MIDDLE: dict[str, list[tuple[str, str]]] = {
    "男": [("VAN", "ヴァン"), ("DUC", "ドゥック"), ("QUANG", "クアン"), ("HUU", "フウ"), ("MINH", "ミン")],
    "女": [("THI", "ティ"), ("NGOC", "ゴック"), ("THU", "トゥー"), ("THANH", "タイン")],
}
NATION_WEIGHTS = {"ベトナム": 5, "フィリピン": 3, "ブラジル": 4, "ネパール": 2, "中国": 3, "韓国": 2,
                  "インドネシア": 2, "モンゴル": 1}  # fmt: skip
TSUSHO_SEI = {"金": ["金山", "金田", "金本"], "朴": ["新井", "木村"], "崔": ["山本", "大山"], "鄭": ["東原", "松原"],
              "王": ["王子", "大木"], "張": ["長田", "張本"], "劉": ["柳田"], "陳": ["田中"], "趙": ["中山"],
              "楊": ["柳川"], "黄": ["広田"], "周": ["丸山"], "呉": ["呉本"], "姜": ["神農"], "尹": ["平沼"]}  # fmt: skip
TSUSHO_MEI = {"男": ["英男", "成男", "正一", "明"], "女": ["明子", "恵子", "春子", "美智子"]}
STATUSES = ["技能実習２号", "特定技能１号", "留学", "家族滞在", "永住者", "定住者", "日本人の配偶者等",
            "技術・人文知識・国際業務", "永住者の配偶者等"]  # fmt: skip
BUILDINGS = ["レジデンス本町", "ハイツ若葉", "コーポ日の出", "県営住宅", "市営住宅", "メゾン北斗", "グリーンパレス",
             "サンライズ駅南"]  # fmt: skip
COMPANIES = [("株式会社", "東雲リサーチ"), ("株式会社", "中央世論調査所"), ("一般社団法人", "地域社会調査センター"),
             ("学校法人", "桜ヶ丘学園"), ("株式会社", "ライフデザイン研究所"), ("株式会社", "はなみずき不動産"),
             ("有限会社", "みどり運送"), ("株式会社", "はこび屋"), ("株式会社", "ひまわり引越センター"),
             ("株式会社", "東海ガスサービス"), ("株式会社", "ケーブルネット中部")]  # fmt: skip
KANRI = ["協同組合 東海技能実習支援機構", "協同組合 アジア人材育成センター", "株式会社 グローバル人材パートナーズ",
         "協同組合 中部国際交流事業団", "株式会社 ワークブリッジ", "一般社団法人 外国人材支援協会",
         "協同組合 北関東経済交流会", "株式会社 ヒューマンリンク東海"]  # fmt: skip
TRANSLATORS = ["株式会社 ことばブリッジ", "合同会社 トランスリンク", "株式会社 多言語センター東海",
               "株式会社 ユニバーサル通訳", "有限会社 あいうえおリンガ", "株式会社 ボイスポート"]  # fmt: skip
STORES = ["株式会社 デイリーマート", "株式会社 スマイルストア", "株式会社 ハートフルマート", "株式会社 コンビニエンス日の丸",
          "株式会社 ファミリーポート", "株式会社 ライトオン・リテール"]  # fmt: skip
CLINICS = ["すずらんレディースクリニック", "みどり産婦人科医院", "市立総合病院 産婦人科", "ひかり助産院",
           "あさひ母子クリニック", "こもれび助産所"]  # fmt: skip
SAMPLE_NAMES = ["市民 太郎", "見本 花子", "届出 一郎", "窓口 次郎"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 7, 16)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


# --- helpers -------------------------------------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭和48.3.5, slash S48/03/05, spaced 昭和 48 年 3 月 5 日."""
    era, abbr, start = next(e for e in ERAS if d >= e[2])
    y = d.year - start.year + 1
    if style == "short":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "abbr":
        return f"{era}{y}.{d.month}.{d.day}"
    if style == "slash":
        return f"{abbr}{y:02d}/{d.month:02d}/{d.day:02d}"
    if style == "spaced":
        return f"{era} {y} 年 {d.month} 月 {d.day} 日"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def look_alike(rng: random.Random, prefix: str = "") -> str:
    """A 12-digit office number (受付番号, 取引番号, 水栓番号 …) that fails the My Number check digit."""
    base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(11 - len(prefix)))
    return fail_check(my_number_from(base), rng.randint(1, 9))


def spaced_digits(text: str) -> str:
    """Digits set apart from the words around them, as a PDF print often extracts: 8丁目3番地 → 8 丁目 3 番地."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -" and prev not in " -":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def kata(hira: str) -> str:
    """Hiragana to katakana (reading columns are written in katakana)."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def foreign_given_names() -> list[tuple[str, str]]:
    """Every given name (roman, katakana) a foreign resident can carry, Vietnamese middle names included."""
    out: list[tuple[str, str]] = []
    for nat, (_, givens) in FOREIGN.items():
        for roman, kana, _, sex in givens:
            if nat == "ベトナム":
                out += [(f"{m} {roman}", f"{mk}・{kana}") for m, mk in VN_MIDDLE[sex]]
            else:
                out.append((roman, kana))
    return out


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    pref: str
    city: str
    town: str
    lot: str
    phone: str
    zip: str
    nat: str = "日本"
    kanji: str = ""  # 漢字氏名 of a foreign resident (中国, 韓国)
    tsusho: str = ""  # 通称名
    card: str = ""  # 在留カード番号
    status: str = ""  # 在留資格

    @property
    def foreign(self) -> bool:
        return self.nat != "日本"

    def name(self, sep: str = " ") -> str:
        """The name as the register holds it: kanji for Japanese, the 在留カード's roman letters for others."""
        return f"{self.sei} {self.mei}" if self.foreign else f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        if self.foreign:
            return f"{self.sei_kana}・{self.mei_kana}"
        return f"{kata(self.sei_kana)} {kata(self.mei_kana)}"

    def mixed(self) -> str:
        """How a letter writes a foreign resident: katakana with the roman name, or the 通称 with the real name."""
        if not self.foreign:
            return self.name()
        if self.tsusho:
            return f"{self.tsusho}（{self.kanji or self.name()}）"
        return f"{self.kana}（{self.name()}）"

    def address(self, with_pref: bool = False) -> str:
        return (self.pref if with_pref else "") + self.city + self.town + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    city: str
    ac: str
    zip3: str
    kokusai: str
    towns: list[str]
    used: set[str]

    @property
    def association(self) -> str:
        return f"公益財団法人{self.city}国際交流協会"

    def tel(self, local: int | None = None, line: int | None = None) -> str:
        """A fixed line in the city: area code, local exchange and line number, 10 digits in all."""
        width = 10 - len(self.ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{self.ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        return self.tel(21 + n if len(self.ac) == 4 else 382 + n, 1111 + 17 * n)

    def phone(self, mobile: float = 0.5) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel()

    def lot(self, town: str) -> str:
        r = self.rng
        if town.endswith("*"):
            base = f"{r.randint(1, 3999)}番地"
            return base + (f"{r.randint(1, 12)}" if r.random() < 0.35 else "")
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 7), r.randint(1, 28), r.randint(1, 22)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.25:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 9)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 town with a 丁目・番地 lot as clerks type it (8丁目3番地12); return the lot."""
        towns = [t for t in self.towns if not t.endswith("*")]
        p.town = self.rng.choice(towns)
        a, b, c = self.rng.randint(1, 7), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def _place(self) -> tuple[str, str, str]:
        town = self.rng.choice(self.towns)
        zipc = f"{self.zip3}-{self.rng.randint(0, 99):02d}{self.rng.randint(0, 99):02d}"
        return town.rstrip("*"), self.lot(town), zipc

    def person(self, born: tuple[int, int] = (1936, 2003)) -> Person:
        r = self.rng
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        town, lot, zipc = self._place()
        return Person(sei, mei, sk, mk, sex, birth, self.pref, self.city, town, lot, self.phone(), zipc)

    def foreigner(self, nat: str | None = None, born: tuple[int, int] = (1962, 2004)) -> Person:
        r = self.rng
        forced = nat is not None
        tries = 0
        while True:
            if not forced or nat is None:
                nat = r.choices(list(NATION_WEIGHTS), weights=list(NATION_WEIGHTS.values()))[0]
            fams, givens = FOREIGN[nat]
            fam, fam_k, fam_j = r.choice(fams)
            given, given_k, given_j, sex = r.choice(givens)
            if nat == "ベトナム":
                mid, mid_k = r.choice(VN_MIDDLE[sex])
                given, given_k = f"{mid} {given}", f"{mid_k}・{given_k}"
            tries += 1
            if fam + given not in self.used:
                self.used.add(fam + given)
                break
            assert tries < 5000, "foreign name pool exhausted"
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        town, lot, zipc = self._place()
        if r.random() < 0.55 and " " not in lot:
            lot += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 9)}"
        kanji = f"{fam_j} {given_j}" if fam_j and given_j else ""
        tsusho = ""
        if nat == "韓国" or (nat == "中国" and r.random() < 0.3):
            tsusho = f"{r.choice(TSUSHO_SEI[fam_j])} {r.choice(TSUSHO_MEI[sex])}"
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        card = (r.choice(letters) + r.choice(letters) + "".join(str(r.randint(0, 9)) for _ in range(8))
                + r.choice(letters) + r.choice(letters))  # fmt: skip
        status = "特別永住者" if nat == "韓国" else r.choice(STATUSES)
        return Person(fam, given, fam_k, given_k, sex, birth, self.pref, self.city, town, lot,
                      self.phone(0.85), zipc, nat, kanji, tsusho, card, status)  # fmt: skip

    def people(self, n: int, foreign: float = 0.0, born: tuple[int, int] = (1936, 2003)) -> list[Person]:
        return [self.foreigner() if self.rng.random() < foreign else self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """A city officer (not drawn from the residents: officers may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def surname(self) -> str:
        return self.rng.choice(SURNAMES)[0]

    def biz_address(self) -> str:
        town = self.rng.choice(self.towns)
        return self.city + town.rstrip("*") + self.lot(town).split(" ")[0]

    def other_city(self) -> tuple[str, str]:
        """Another municipality (a 本籍 or a former address), with a 丁目 lot."""
        pref, city, *_, towns = self.rng.choice([c for c in CITIES if c[1] != self.city])
        town = self.rng.choice([t for t in towns if not t.endswith("*")])
        a, b, c = self.rng.randint(1, 7), self.rng.randint(1, 28), self.rng.randint(1, 20)
        return pref + city, f"{town}{a}丁目{b}番{c}号"


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


def _pad(text: str, width: int) -> str:
    """Pad to a display width counting full-width characters as two (a line printer's column)."""
    used = sum(1 if ord(ch) < 0x2000 else 2 for ch in text)
    return text + " " * max(1, width - used)


def system_print(
    title: str,
    system: str,
    cols: list[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    conditions: str = "",
    ruled: bool = True,
    padded: list[int] | None = None,
) -> Callable[[Path], None]:
    """Rewrite the file as a core-system list print: landscape, columns placed by x (or, with ``padded``
    widths, one space-padded string per row), a system banner, the print conditions, a ruled line under the
    header when ``ruled``, and ``n / N`` at the foot of every page."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = landscape(A4)
        pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 8)
            c.drawString(30, h - 22, system)
            c.drawRightString(
                w - 30, h - 22, f"作成日時 {TODAY.year}/{TODAY.month:02d}/{TODAY.day:02d} 08:4{n % 10}"
            )
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 8)
            y = h - 60
            if conditions:
                c.drawString(30, y, conditions)
                y -= 14
            if padded:
                c.drawString(
                    30, y, "".join(_pad(label, wd) for (label, _), wd in zip(cols, padded, strict=False))
                )
            else:
                for label, x in cols:
                    c.drawString(x, y, label)
            if ruled:
                c.line(30, y - 4, w - 30, y - 4)
            y -= 16
            for row in chunk:
                if padded:
                    c.drawString(30, y, "".join(_pad(v, wd) for v, wd in zip(row, padded, strict=False)))
                else:
                    for value, (_, x) in zip(row, cols, strict=False):
                        c.drawString(x, y, value)
                y -= 13
            if n == len(pages):
                c.drawString(30, y - 8, f"【合計】 {len(rows)} 件")
            c.drawCentredString(w / 2, 18, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "", per_page: int = 40) -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line (a word processor's PDF export); ``>`` lines
    are set right, ``^`` lines centred as a title; pages get ``n / N`` when there is more than one."""

    def post(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        font = pdf_font()
        w, h = A4
        pages = [list(lines[i : i + per_page]) for i in range(0, len(lines), per_page)] or [[]]
        c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        for n, chunk in enumerate(pages, start=1):
            c.setFont(font, 9)
            if head:
                c.drawRightString(w - 50, h - 40, head)
            c.setFont(font, 10.5)
            y = h - 70
            for line in chunk:
                if line.startswith(">"):
                    c.drawRightString(w - 60, y, line[1:])
                elif line.startswith("^"):
                    c.setFont(font, 14)
                    c.drawCentredString(w / 2, y, line[1:])
                    c.setFont(font, 10.5)
                else:
                    c.drawString(60, y, line)
                y -= 18
            if len(pages) > 1:
                c.setFont(font, 9)
                c.drawCentredString(w / 2, 30, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def sheet(name: str, rows: list[list[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=rows, **kw)  # type: ignore[arg-type]


def far(n: int, row: Sequence[Cell]) -> list[Cell]:
    """A row pasted ``n`` columns to the right."""
    return [None] * n + list(row)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def chat(kind: str, day: dt.date, lines: list[tuple[str, str, str]], room: str) -> list[str]:
    """A chat export as the tools write it: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19<TAB>名前<TAB>…``,
    Slack copied ``名前  [13:10]`` then the message, or a pasted log ``名前 → …``."""
    out: list[str] = []
    wd = "月火水木金土日"[day.weekday()]
    if kind == "teams":
        out.append(f"チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        out.append(f"[LINE WORKS] {room} のトーク履歴")
        out.append(f"保存日時：{day.year}/{day.month:02d}/{day.day:02d} 17:32")
        out.append("")
        out.append(f"{day.year}/{day.month:02d}/{day.day:02d}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "arrow":
        out.append(f"＜{room}＞ {day.month}/{day.day}（{wd}）のやりとり（コピー）")
        out += [f"{who} → {msg}" for _, who, msg in lines]
    else:
        out.append(f"#{room}")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    return out


def mail(sender: str, to: str, subject: str, when: str, body: list[str], quoted: list[str]) -> list[str]:
    """Outlook mail copied as text, with the quoted earlier mail under ``>``."""
    return [f"差出人: {sender}", f"送信日時: {when}", f"宛先: {to}", f"件名: {subject}", "", *body, "",
            *[f"> {q}" if q else ">" for q in quoted]]  # fmt: skip


def fees_table() -> list[list[str]]:
    return [["証明書の種類", "手数料（1通）", "備考"],
            ["戸籍全部事項証明書（謄本）", "450円", "本籍地以外でも請求できます（広域交付）"],
            ["戸籍個人事項証明書（抄本）", "450円", ""],
            ["除籍・改製原戸籍謄抄本", "750円", ""],
            ["戸籍の附票の写し", "300円", ""],
            ["住民票の写し", "300円", "コンビニ交付 200円"],
            ["印鑑登録証明書", "300円", "コンビニ交付 200円"],
            ["身分証明書", "300円", "本籍地のみ"],
            ["届出受理証明書", "350円", "上質紙 1,400円"]]  # fmt: skip


# --- families -------------------------------------------------------------------------------------------
def koseki(ctx: Ctx) -> list[Doc]:
    """戸籍: certificates, 届出 受付 and 本籍地照会."""
    r, F = ctx.rng, "koseki"
    docs: list[Doc] = []
    chief, clerk = ctx.staff(), ctx.staff()
    # level 1 -------------------------------------------------------------------------------------------
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="戸籍・住民票等の証明手数料のご案内",
                paragraphs=[
                    f"{ctx.city}役所 市民課（本庁舎1階 2番窓口）　受付時間 平日8時30分～17時15分",
                    "毎月第2・第4土曜日は午前9時～正午まで休日窓口を開設します（戸籍届出の審査は後日となります）。",
                    "令和6年3月1日から、本籍地が他の市区町村でも戸籍証明書を請求できるようになりました（広域交付）。"
                    "ご本人・配偶者・父母・子などが窓口で顔写真付きの本人確認書類を提示してください。",
                    f"問い合わせ 市民課 戸籍係 {ctx.office_phone(0)}（直通）",
                ],
                tables=[fees_table()],
            ),
        )
    )
    months = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
    rows: list[list[Cell]] = [
        ["四半期", "月", "出生", "死亡", "婚姻", "離婚", "養子縁組", "転籍", "その他", "計"]
    ]
    for i, m in enumerate(months):
        vals = [r.randint(40, 90), r.randint(60, 140), r.randint(20, 60), r.randint(8, 25), r.randint(0, 6),
                r.randint(5, 30), r.randint(10, 40)]  # fmt: skip
        rows.append([f"第{i // 3 + 1}四半期" if i % 3 == 0 else None, m, *vals, sum(vals)])
    codes: list[list[Cell]] = [["コード", "届出種別"], ["01", "出生"], ["02", "死亡"], ["03", "婚姻"], ["04", "離婚"],
                               ["05", "養子縁組"], ["06", "転籍"], ["99", "その他（認知・入籍・氏の変更等）"]]  # fmt: skip
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("届出件数", rows, first_row=3, title=f"令和5年度 {ctx.city} 戸籍届出件数（月別・種別）"),
        sheet("種別コード", codes, state="hidden")]),
        post=merge_xlsx({"届出件数": ["A4:A6", "A7:A9", "A10:A12", "A13:A15"]})))  # fmt: skip
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="婚姻届 記入例",
                paragraphs=[
                    "※太枠の中をボールペンで記入してください。消せるボールペンは使えません。",
                    "（よみかた）　夫になる人 しみん たろう　／　妻になる人 けんぽん はなこ",
                    "氏名　夫になる人 市民 太郎　　妻になる人 見本 花子",
                    "生年月日　夫 平成2年4月1日　　妻 平成4年10月10日",
                    f"住所　{ctx.city}中央1丁目1番1号（住民登録をしているところ）",
                    f"本籍　{ctx.pref}{ctx.city}中央1丁目1番地　筆頭者の氏名 市民 一郎",
                    "婚姻後の夫婦の氏・新しい本籍　☑夫の氏　新本籍 上記のとおり",
                    "証人　成年の方2名の署名が必要です（記入例では省略）。",
                ],
                textboxes=["記入例　この用紙は見本です。提出できません。"],
            ),
            note="a 記入例: the names, birth dates and addresses are samples, 1",
        )
    )
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="戸籍証明書の広域交付・戸籍届出時の戸籍証明書の添付省略について",
                paragraphs=[
                    "令和6年3月1日 改正戸籍法施行",
                    "本籍地以外の市区町村の窓口で戸籍証明書を請求できます",
                    "請求できるのは本人・配偶者・直系尊属・直系卑属のみ（郵送・代理人は不可）",
                    "コンピュータ化されていない一部の除籍・改製原戸籍は対象外",
                    "届出の際の戸籍謄本の添付が原則不要になります",
                    "交付までに時間がかかる場合があります",
                    f"報道発表資料　{ctx.city}市民生活部 市民課",
                    f"担当 {chief}（課長補佐）　{ctx.office_phone(0)}",
                ],
                notes=["記者からの質問想定：件数見込みは月200件程度。窓口の混雑状況はホームページで周知。"],
            ),
        )
    )
    log: list[list[Cell]] = [
        ["受付番号", "受付日", "請求種別", "通数", "手数料", "定額小為替", "処理状況", "担当"]
    ]
    for _ in range(16):
        kind = r.choice(["戸籍謄本", "戸籍抄本", "除籍謄本", "改製原戸籍", "戸籍の附票", "身分証明書"])
        n = r.randint(1, 3)
        fee = (
            750
            if kind in ("除籍謄本", "改製原戸籍")
            else 300
            if kind in ("戸籍の附票", "身分証明書")
            else 450
        ) * n
        log.append([look_alike(r, "2406"), ymd(ago(r.randint(1, 40))), kind, n, fee, "有" if r.random() < 0.9 else "不足",
                    r.choice(["発送済", "発送済", "返戻", "照会中"]), r.choice(["戸籍1", "戸籍2", "戸籍3"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            [],
            DocSpec(sheets=[sheet("郵送請求処理簿", log)]),
            note="a postal-request log with no names; its 12-digit 受付番号 all failing the check digit, 1",
        )
    )
    cl: list[list[Cell]] = [
        ["医療機関名", "所在地", "電話番号", "院長", "出生証明書 記載者（助産師）", "分娩取扱"]
    ]
    for clinic in CLINICS:
        cl.append([clinic, ctx.biz_address(), ctx.tel(), f"{ctx.staff()}（産婦人科医）", ctx.staff(),
                   r.choice(["あり", "あり", "なし（妊婦健診のみ）"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            1,
            [],
            DocSpec(sheets=[sheet("医療機関", cl, title="出生届 受付時確認用 市内分娩取扱医療機関一覧")]),
            note="doctors and midwives named in their clinic role with the clinic's address and phone, 1",
        )
    )
    # level 2 -------------------------------------------------------------------------------------------
    p = ctx.person((1950, 1990))
    far_pref, far_lot = ctx.other_city()
    honseki = f"{ctx.pref}{ctx.city}{r.choice(ctx.towns).rstrip('*')}{r.randint(1, 2999)}番地"
    docs.append(Doc(F, "docx", 2, ["name", "address", "phone", "birth_date"], DocSpec(
        paragraphs=[f"{ctx.city}役所 市民課 戸籍係 御中", "",
                    "戸籍謄本の郵送請求について", "",
                    "いつもお世話になっております。相続の手続きで必要になりましたので、私の戸籍謄本（全部事項証明書）を"
                    "2通郵送していただけますでしょうか。定額小為替900円分と返信用封筒（切手貼付）を同封いたします。",
                    f"本籍　{honseki}", f"筆頭者　{p.sei} {r.choice(MALE)[0]}（父）", "",
                    "書類がそろっていない場合は下記の携帯電話にご連絡ください。平日は18時以降だと助かります。", "",
                    f"{ymd(ago(3))}", f"住所　{far_pref}{far_lot}", f"氏名　{p.name()}", f"生年月日　{wareki(p.birth)}",
                    f"電話　{p.phone}"])))  # fmt: skip
    parent, child = ctx.person((1985, 1998)), ctx.person((2024, 2024))
    child.sei, child.sei_kana = parent.sei, parent.sei_kana
    child.birth = ago(r.randint(20, 40))
    ctx.urban(parent)
    lines = ["^届出受理証明書の送付について", "", f">{wareki(TODAY)}", f"〒{parent.zip}",
             f"{parent.address()}", f"{parent.name()} 様", "", f">{ctx.city}長 （市民課戸籍係）", "",
             "先日お届けいただいた出生届について、受理証明書を下記のとおり送付いたします。", "",
             f"事件本人　{child.name()}", f"生年月日　{wareki(child.birth)}", f"届出日　{wareki(child.birth + dt.timedelta(days=9))}",
             f"届出人　{'父' if parent.sex == '男' else '母'} {parent.name()}", "通数　1通（手数料 350円 受領済）", "",
             "児童手当・子ども医療費の申請がお済みでない方は、こども課で手続きをお願いします。",
             f"問い合わせ先　市民課 戸籍係 {ctx.office_phone(0)}"]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address", "birth_date"],
            DocSpec(title="受理証明書送付"),
            post=letter_pdf([spaced_digits(x) for x in lines]),
        )
    )
    q = ctx.person((1940, 1975))
    o_pref, o_lot = ctx.other_city()
    docs.append(Doc(F, "odt", 2, ["name", "address", "birth_date"], DocSpec(
        title="戸籍謄本等の交付について（公用請求）",
        paragraphs=[f"{ctx.city}市民第{r.randint(300, 900)}号", f"{wareki(ago(6))}", f"{o_pref.split('県')[-1]}長 様",
                    f"{ctx.city}長", "",
                    "住民基本台帳の記載事項を確認するため、戸籍法第10条の2第2項の規定により、下記の者の戸籍謄本及び戸籍の附票の写しの"
                    "交付を請求します。",
                    f"本籍　{o_pref}{o_lot.split('丁目')[0]}丁目{r.randint(1, 60)}番地", f"筆頭者　{q.name()}",
                    f"対象者　{q.name()}（{wareki(q.birth)}生）", f"現住所　{q.address()}",
                    "請求の理由　転入届に記載された本籍の確認のため", "手数料　公用につき免除",
                    f"担当　市民課 住民記録係 {clerk}　{ctx.office_phone(1)}"])))  # fmt: skip
    b = ctx.person((1988, 2000))
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    ago(1),
                    [
                        (
                            "09:12",
                            clerk,
                            f"昨日夜間受付の婚姻届、{b.name()}さんの分で証人欄の生年月日が片方空欄です",
                        ),
                        ("09:14", chief, "補正が必要ですね。届出人に連絡取れますか"),
                        ("09:15", clerk, "届書のその他欄に連絡先が書いてありました"),
                        ("09:16", clerk, f"{b.phone} です。日中はつながりにくいそうです"),
                        ("09:20", chief, "了解、昼休みにかけてみて。受理日は届出日のままでOK"),
                        ("11:02", clerk, "連絡つきました。本日夕方来庁されます"),
                    ],
                    "戸籍係",
                )
            ),
            note="a Teams thread: one message names the 届出人, the next gives the phone, 2",
        )
    )
    rows = [["受付番号", "届出種別", "事件本人", "本籍", "住所", "届出人", "受付時刻"]]
    for i in range(10):
        x = ctx.person((1940, 2000))
        kind = r.choice(["婚姻", "出生", "死亡", "転籍", "離婚", "入籍", "分籍"])
        rows.append([f"第{r.randint(1000, 1999)}号", kind, x.name(), f"{ctx.city}{x.town}{r.randint(1, 3999)}番地",
                     x.address(), x.name() if kind in ("転籍", "分籍", "入籍") else f"{x.sei} {r.choice(FEMALE)[0]}",
                     f"{9 + i // 2}:{r.randint(0, 59):02d}"])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(
                sheets=[
                    sheet(
                        "受付帳",
                        rows,
                        first_row=6,
                        title=f"戸籍届出 受付帳　{wareki(ago(2))}　（市民課 戸籍係）",
                    )
                ]
            ),
        )
    )  # type: ignore[arg-type]
    # level 3 -------------------------------------------------------------------------------------------
    reqs = ctx.people(r.randint(112, 126), foreign=0.08)
    prt = [[f"K{r.randint(100000, 999999)}", x.name(), x.kana, x.address()[:26], r.choice(["戸籍謄本", "戸籍抄本", "附票", "除籍"]),
            str(r.randint(1, 3)), ymd(ago(r.randint(1, 30)))] for x in reqs]  # fmt: skip
    cols = [("請求ID", 30.0), ("請求者氏名", 90.0), ("カナ", 190.0), ("住所", 330.0), ("種別", 580.0), ("通数", 640.0),
            ("交付日", 690.0)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address"], DocSpec(title="交付履歴"),
                    post=system_print("戸籍証明書 交付履歴一覧", f"{ctx.city} 戸籍情報システム  KSK-R0412", cols, prt, 30,
                                      f"抽出条件：交付日 {ymd(ago(30))}～{ymd(TODAY)}　窓口・郵送")))  # fmt: skip
    dec, son = ctx.person((1930, 1950)), ctx.person((1955, 1975))
    son.sei, son.sei_kana = dec.sei, dec.sei_kana
    cause = r.choice(
        [("急性心筋梗塞", "約2時間"), ("肺炎", "約10日"), ("膵臓がん", "約1年3か月"), ("脳出血", "約1日")]
    )
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "address", "birth_date", "health", "phone"],
            DocSpec(
                title="死亡届（写）",
                paragraphs=[
                    f"受付　{wareki(ago(4))}　第{r.randint(1000, 1999)}号",
                    f"死亡した人　{dec.name()}（{dec.kana}）",
                    f"生年月日　{wareki(dec.birth)}",
                    f"死亡したとき　{wareki(ago(5))} 午前{r.randint(1, 11)}時{r.randint(0, 59)}分",
                    f"死亡したところ　{ctx.city}立総合病院",
                    f"住所　{dec.address()}",
                    f"本籍　{ctx.pref}{ctx.city}{dec.town}{r.randint(1, 999)}番地",
                    f"届出人　長男 {son.name()}　住所 {son.address()}　電話 {son.phone}",
                    "",
                    "死亡診断書（写）",
                    f"（ア）直接死因　{cause[0]}　発病から死亡までの期間 {cause[1]}",
                    "（イ）（ア）の原因　不詳",
                    "死因の種類　病死及び自然死",
                    f"診断書発行　{ctx.city}立総合病院　医師 {ctx.staff()}",
                ],
            ),
            note="the deceased's cause of death on the attached 死亡診断書 counts as health, and the son's phone is there too, 3",
        )
    )
    mother = ctx.person((1986, 2000))
    baby_w = r.randint(1700, 2300)
    docs.append(Doc(F, "docx", 3, ["name", "address", "birth_date", "health"], DocSpec(
        title="出生証明書（出生届 添付書類の写し）",
        paragraphs=[f"子の氏名　{mother.sei} {r.choice(FEMALE)[0]}　男女の別 女", f"生まれたとき　{wareki(ago(12))} 午後3時8分",
                    f"出生したところ　{r.choice(CLINICS)}", f"母の氏名　{mother.name()}（{wareki(mother.birth)}生）",
                    f"住所　{mother.address()}", f"体重 {yen(baby_w)}グラム　身長 43.5センチメートル",
                    "単胎・多胎の別　単胎", "妊娠週数　満34週2日",
                    "母の出産前後の状態：妊娠高血圧症候群のため妊娠33週から入院管理。帝王切開。",
                    "子はNICU入院中（低出生体重児）。", f"証明者　助産師 {ctx.staff()}　医師 {ctx.staff()}"]),
        note="the mother's pregnancy complication and the baby's NICU stay on a 出生証明書 copy are health data; "
             "the midwife and doctor are named in role"))  # fmt: skip
    debtor = ctx.person((1950, 1985))
    ctx.urban(debtor)
    lines = ["^郵送請求手数料の不足額について（督促）", "", f">{wareki(TODAY)}", f"{debtor.address()}",
             f"{debtor.name()} 様", "", f">{ctx.city}長（市民課戸籍係）", "",
             f"{wareki(ago(45))}付けで郵送請求のあった戸籍謄本について、定額小為替が不足していたため、先に証明書を",
             "送付し不足額のお支払いをお願いしておりましたが、本日現在まだ納付が確認できません。", "",
             "不足額　900円（戸籍謄本 2通分）", f"最初の納付期限　{wareki(ago(25))}",
             f"再度の納付期限　{wareki(TODAY + dt.timedelta(days=14))}", "",
             "期限までに同封の納付書でお支払いください。すでにお支払い済みの場合はご容赦ください。",
             f"問い合わせ先　市民課 戸籍係　{ctx.office_phone(0)}"]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address", "arrears"],
            DocSpec(title="督促"),
            post=letter_pdf([spaced_digits(x) for x in lines]),
            note="a 督促 for an unpaid certificate fee owed by a named person counts as arrears, 3",
        )
    )
    v = ctx.person((1945, 1995))
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="戸籍情報連携 照会受付メモ",
                paragraphs=[
                    f"受付日　{ymd(ago(1))}　受付者 {clerk}",
                    f"照会者　{v.name()}",
                    f"住所　{v.address()}",
                    f"本籍　{ctx.pref}{ctx.city}{v.town}{r.randint(1, 3999)}番地",
                    "用件　年金事務所への手続きで戸籍関係情報の連携が必要とのこと。本人確認は窓口で実施。",
                    "対応　本籍地の戸籍で連携可能と回答。控えは本人へ交付済み。",
                ],
                textboxes=[f"番号確認済　{grouped(mn)}"],
            ),
            note="the resident's My Number sits in a text box labelled only 番号確認済, 3",
        )
    )
    return docs


def juminhyo(ctx: Ctx) -> list[Doc]:
    """住民票: 第三者請求, 職務上請求, 閲覧 and 本人通知."""
    r, F = ctx.rng, "juminhyo"
    docs: list[Doc] = []
    clerk, chief = ctx.staff(), ctx.staff()
    # level 1 -------------------------------------------------------------------------------------------
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="住民票の写し等の第三者請求について",
        paragraphs=["本人・同一世帯員以外の方が請求する場合（第三者請求）は、自己の権利行使や義務履行のために必要であることなど、"
                    "正当な理由を明らかにする資料が必要です。",
                    "弁護士・司法書士・行政書士など（特定事務受任者）は職務上請求書により請求できます。",
                    "ＤＶ等支援措置を受けている方の住民票の写し等は、加害者からの請求には応じません。",
                    f"窓口　{ctx.city}役所 市民課 住民記録係（{ctx.office_phone(1)}）"],
        tables=[[["請求者", "必要なもの"], ["債権者（法人）", "契約書の写し・請求者の登記事項証明書・担当者の本人確認書類"],
                 ["債権者（個人）", "契約書の写し・本人確認書類"], ["特定事務受任者", "職務上請求書・資格者証"],
                 ["代理人", "委任状・代理人の本人確認書類"]]])))  # fmt: skip
    rows: list[list[Cell]] = [
        ["月", "弁護士", "司法書士", "行政書士", "土地家屋調査士", "税理士", "社会保険労務士", "計"]
    ]
    for m in ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]:
        vals = [
            r.randint(5, 30),
            r.randint(30, 90),
            r.randint(20, 70),
            r.randint(2, 15),
            r.randint(0, 5),
            r.randint(0, 8),
        ]
        rows.append([m, *vals, sum(vals)])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("職務上請求", rows, first_row=4, title="令和5年度 職務上請求 受付件数（資格別）"),  # type: ignore[list-item]
        sheet("資格コード", [["コード", "資格"], ["B", "弁護士"], ["S", "司法書士"], ["G", "行政書士"], ["T", "土地家屋調査士"]],
              state="hidden")]),
        post=merge_xlsx({"職務上請求": ["B3:D3", "E3:G3"]})))  # fmt: skip
    pub: list[list[Cell]] = [
        ["申出者", "法人番号", "代表者", "利用目的", "閲覧年月日", "閲覧件数", "対象地区"]
    ]
    for kind, name in [
        *COMPANIES[:6],
        ("株式会社", "東海マーケティング研究所"),
        ("一般社団法人", "中部統計協会"),
    ]:
        pub.append([f"{kind}{name}", random_corporate_number(r), f"代表取締役 {ctx.staff()}" if kind == "株式会社" else f"理事長 {ctx.staff()}",
                    r.choice(["世論調査（県政に関する意識調査）", "学術研究（家族と地域に関する調査）", "市場調査（生活実態調査）"]),
                    wareki(ago(r.randint(30, 300))), r.randint(200, 1500), r.choice(ctx.towns).rstrip("*")])  # fmt: skip
    docs.append(
        Doc(
            F,
            "ods",
            1,
            ["corporate_number"],
            DocSpec(
                sheets=[
                    sheet(
                        "閲覧状況",
                        pub,
                        title="住民基本台帳の一部の写しの閲覧状況の公表（住民基本台帳法第11条の2第12項）",
                    )
                ]
            ),
            note="the published 閲覧 register: companies with 法人番号 and 代表者 in role, 1",
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="住民票の写し等交付請求書 記入例",
                paragraphs=[
                    "請求者（窓口に来た方）　住所 "
                    + f"{ctx.city}中央1丁目1番1号　氏名 市民 太郎　電話 0000-00-0000",
                    "必要な方　□請求者本人　☑請求者と同じ世帯の方（見本 花子）",
                    "生年月日（必要な方）　昭和60年1月1日",
                    "使いみち　☑勤務先　□年金　□その他（　　　）",
                    "記載事項　☑続柄　□本籍・筆頭者　□個人番号（必要な場合のみ）",
                ],
                textboxes=["記入例：赤字の部分は見本です", "本人確認書類をご提示ください"],
            ),
            note="a 記入例 with sample names, a sample birth date and a dummy phone, 1",
        )
    )
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="「住民票の写し等の本人通知制度」登録者が1,000人を超えました",
        paragraphs=[f"{ctx.city}では、住民票の写しや戸籍謄本などを代理人や第三者に交付したとき、事前に登録した方へ交付した事実を"
                    "お知らせする本人通知制度を実施しています。",
                    f"令和6年6月末の登録者数は{yen(r.randint(1001, 1300))}人、令和5年度の通知件数は{r.randint(40, 90)}件でした。",
                    "不正請求の抑止のため、ぜひご登録ください。登録は無料です。",
                    f"問い合わせ　市民課 住民記録係　{chief}（係長）　{ctx.office_phone(1)}"])))  # fmt: skip
    shiho = ctx.staff()
    docs.append(Doc(F, "txt", 1, [], DocSpec(paragraphs=mail(
        f"{clerk} <shimin-juki@city.example.lg.jp>", f"{ctx.pref}司法書士会 {ctx.city}支部 事務局",
        "RE: 職務上請求に関する研修会の日程について", "2024年7月10日 水曜日 14:22",
        ["司法書士会 事務局 様", "", "お世話になっております。市民課の" + clerk.split()[0] + "です。",
         "研修会は8月23日（金）14時から、市役所 5階 第2会議室でお願いいたします。",
         f"講師は支部長の{shiho}先生（{shiho.split()[0]}司法書士事務所　{ctx.biz_address()}　{ctx.tel()}）と伺っております。",
         "当日は職務上請求書の記載不備の事例を中心にお話しする予定です。"],
        ["差出人: 司法書士会 事務局", "送信日時: 2024年7月9日 火曜日 16:05", "件名: 職務上請求に関する研修会の日程について", "",
         "市民課 ご担当者様", "例年の研修会について、8月下旬でご都合のよい日をお知らせください。", "",
         "講師は支部長が務めます。"])),
        note="staff and a 司法書士 named in role with the office's address and phone, 1"))  # fmt: skip
    # level 2 -------------------------------------------------------------------------------------------
    heir = ctx.person((1950, 1985))
    docs.append(Doc(F, "docx", 2, ["name", "address", "birth_date"], DocSpec(
        title="戸籍謄本・住民票の写し等 職務上請求書",
        paragraphs=[f"{ctx.city}長 様", f"請求年月日　{wareki(ago(2))}",
                    f"事務所所在地　{ctx.biz_address()}　{shiho.split()[0]}司法書士事務所　電話 {ctx.tel()}",
                    f"資格及び登録番号　司法書士 第{r.randint(100, 999)}号　氏名 {shiho}",
                    "請求の種別　住民票の写し（本籍・筆頭者の記載あり）　1通",
                    f"請求に係る者　住所 {heir.address()}　氏名 {heir.name()}　生年月日 {wareki(heir.birth)}",
                    "利用目的の種別　①相続登記（不動産登記申請書の添付書類）",
                    "業務の種類　不動産登記手続代理業務", "依頼者の氏名　（相続人の一人）"]),
        note="the 司法書士 is an agent in role; the 請求に係る者 is a private person with address and birth date, 2"))  # fmt: skip
    w = ctx.person((1955, 1995))
    pref2, lot2 = ctx.other_city()
    lines = [f"{ctx.city}役所", "市民課 御中", "", "^住民票の写しの郵送請求について", "",
             f"{wareki(ago(5))}", "", f"私は{wareki(ago(200))}に貴市から転出した者です。",
             "転出前の住所の記載がある住民票の除票の写しを1通、郵送でお送りください。",
             "自動車の名義変更（住所のつながりの確認）に使います。", f"転出前の住所　{ctx.city}{r.choice(ctx.towns).rstrip('*')}{r.randint(1, 7)}丁目{r.randint(1, 28)}番{r.randint(1, 20)}号",
             "同封物　定額小為替 300円分、返信用封筒、運転免許証の写し", "",
             f"現住所　{pref2}{lot2}", f"氏名　{w.name()}", f"日中の連絡先　{w.phone}"]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address", "phone"],
            DocSpec(title="郵送請求"),
            post=letter_pdf([spaced_digits(x) for x in lines]),
            note="a former resident's own letter scanned to PDF, digits set apart, 2",
        )
    )
    regs = ctx.people(8)
    rows2: list[list[Cell]] = [
        ["登録番号", "姓", "名", "セイ", "メイ", "住所", "生年月日", "登録日", "通知方法"]
    ]
    for x in regs:
        rows2.append([f"T{r.randint(1000, 1999)}", x.sei, x.mei, kata(x.sei_kana), kata(x.mei_kana), x.address(), x.birth,
                      ago(r.randint(30, 900)), r.choice(["郵送", "郵送", "郵送（転送不要）"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "登録者", rows2, first_row=6, title="本人通知制度 新規登録者（令和6年度 第1四半期）"
                    )
                ]
            ),
            note="姓 and 名 in separate columns with kana, starting on row 6, 2",
        )
    )
    t = ctx.person((1960, 2000))
    gyosei = ctx.staff()
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    ago(2),
                    [
                        ("10:02", clerk, f"行政書士の{gyosei}先生から職務上請求、対象者が{t.name()}さんです"),
                        ("10:03", chief, "住所で特定できた？同姓同名が2人いたはず"),
                        ("10:05", clerk, f"請求書の住所は {t.address()} です。こちらで合っています"),
                        ("10:06", chief, "支援措置の対象じゃないことだけ確認して交付で"),
                        ("10:11", clerk, "確認済み、交付しました"),
                    ],
                    "住民記録係",
                )
            ),
            note="a LINE WORKS thread: a private person named, then their address; the 行政書士 is in role, 2",
        )
    )
    a, b = ctx.person(), ctx.person()
    b.sei, b.sei_kana = a.sei, a.sei_kana
    docs.append(Doc(F, "odt", 2, ["name", "address"], DocSpec(
        title="住民票の写しの誤交付について（報告）",
        paragraphs=[f"{wareki(ago(1))}　市民課長 様　住民記録係 {clerk}",
                    f"{wareki(ago(2))}午後、{a.name()}様（{a.address()}）から請求のあった住民票の写しについて、同姓の"
                    f"{b.name()}様（{b.address()}）の住民票の写しを誤って交付した。",
                    "同日夕方、受け取った方からの電話で判明し、翌朝職員2名が訪問して回収した。",
                    "原因：請求書の生年月日の照合を省略したこと。",
                    "再発防止：交付前に生年月日と住所の2項目を読み上げて確認する。"])))  # fmt: skip
    # level 3 -------------------------------------------------------------------------------------------
    ppl = ctx.people(r.randint(118, 132), foreign=0.12)
    prt = [[f"{r.randint(10000000, 99999999)}", x.name(), ymd(x.birth), x.address()[:24], r.choice(["本人", "同一世帯", "代理人", "第三者", "職務上"]),
            r.choice(["窓口", "郵送", "コンビニ"]), ymd(ago(r.randint(1, 14)))] for x in ppl]  # fmt: skip
    cols = [("個人番号ｺｰﾄﾞ", 30.0), ("氏名", 100.0), ("生年月日", 220.0), ("住所", 290.0), ("請求区分", 530.0),
            ("交付方法", 610.0), ("交付日", 690.0)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address", "birth_date"], DocSpec(title="交付履歴"),
                    post=system_print("住民票の写し等 交付履歴（2週間分）", f"{ctx.city} 住民記録システム  JKR-LIST-07", cols, prt,
                                      28, ruled=False),
                    note="its first column is an 8-digit internal code (header 個人番号ｺｰﾄﾞ), not a My Number"))  # fmt: skip
    debtor = ctx.person((1965, 1995))
    comp = r.choice(["株式会社あおぞらクレジット", "株式会社みなとファイナンス", "株式会社ハートリース"])
    docs.append(Doc(F, "docx", 3, ["name", "address", "arrears"], DocSpec(
        title="住民票の写し等の交付申出書（第三者請求）",
        paragraphs=[f"{ctx.city}長 様", f"申出者　{comp} 債権管理部　担当 {ctx.staff()}　{ctx.tel()}",
                    f"請求に係る者　{debtor.name()}（{debtor.address()}）",
                    "利用目的", f"当社は上記の者に対し{wareki(ago(700))}付け金銭消費貸借契約に基づく貸付金債権を有しているが、"
                    f"{wareki(ago(300))}以降返済が滞っており、現在の滞納額は{yen(r.randint(300, 900) * 1000)}円である。",
                    "督促状を送付したところ宛所不明で返戻されたため、現住所を確認し、支払督促の申立てを行う必要がある。",
                    "添付書類　金銭消費貸借契約書の写し、返戻された封筒の写し、登記事項証明書"]),
        note="a creditor's 第三者請求 stating a named person's loan arrears: counted as arrears, 3"))  # fmt: skip
    ward = ctx.person((1930, 1950))
    guard = ctx.staff()
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="成年後見人による住民票の写し等の請求について（相談記録）",
        paragraphs=[f"{wareki(ago(3))}　対応 {clerk}",
                    f"{guard}司法書士（{ctx.biz_address()}）が来庁。家庭裁判所の審判により{ward.name()}さん"
                    f"（{ward.address()}）の成年後見人に選任されたとのことで、登記事項証明書を提示された。",
                    "本人の住民票の写しと印鑑登録の廃止について相談があった。",
                    "印鑑登録は本人の登録のままでは後見人による手続きができないため、廃止の手続きを案内した。",
                    "後見開始の申立てに添付された診断書では、本人はアルツハイマー型認知症と診断されており、現在は市内の"
                    "グループホームに入所している、とのこと。",
                    "住民票の写しは後見人の請求として交付した（1通）。"]),
        note="a case record in prose: the ward is named once and the dementia diagnosis comes later, 3"))  # fmt: skip
    hold = ctx.people(r.randint(6, 9))
    vis: list[list[Cell]] = [["受付日", "氏名", "住所", "請求通数", "記載事項", "受付者"]]
    hid: list[list[Cell]] = [["No", "氏名", "番号"]]
    for i, x in enumerate(hold, start=1):
        vis.append([ago(r.randint(1, 20)), x.name(), x.address(), r.randint(1, 2), "個人番号記載", clerk])
        hid.append([i, x.name(), random_my_number(r)])
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                sheets=[
                    sheet("番号", hid, state="hidden"),
                    sheet("受付簿", vis, title="住民票の写し 特記事項記載分 受付簿"),
                ]
            ),  # type: ignore[list-item]
            note="My Numbers on a hidden sheet headed only 番号, 3",
        )
    )
    return docs


def idou(ctx: Ctx) -> list[Doc]:
    """転入・転出・転居 and 職権消除."""
    r, F = ctx.rng, "idou"
    docs: list[Doc] = []
    clerk, chief = ctx.staff(), ctx.staff()
    # level 1 -------------------------------------------------------------------------------------------
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="引越しの手続き（転入・転出・転居）",
        paragraphs=["転入届：新しい住所に住み始めてから14日以内に届け出てください。前住所地の転出証明書が必要です。",
                    "転出届：引越しの前後14日以内。マイナンバーカードをお持ちの方はオンラインで届出ができます。",
                    "転居届：市内で住所が変わった方は14日以内に届け出てください。",
                    "外国人住民の方は在留カードを持参してください（世帯全員分）。",
                    f"受付 {ctx.city}役所 市民課 1番窓口 {ctx.office_phone(1)}　※3月下旬～4月上旬は大変混み合います。"],
        tables=[[["届出", "必要なもの", "届出できる人"], ["転入", "転出証明書・本人確認書類", "本人・世帯員・代理人（委任状）"],
                 ["転出", "本人確認書類・国民健康保険証（加入者）", "同上"], ["転居", "本人確認書類", "同上"]]])))  # fmt: skip
    towns = [t.rstrip("*") for t in ctx.towns]
    trow = []
    for t in towns:
        for ch in range(1, r.randint(4, 7)):
            hh = r.randint(180, 900)
            m, f = r.randint(200, 1100), r.randint(200, 1100)
            trow.append([t, f"{ch}丁目", yen(hh), yen(m), yen(f), yen(m + f), str(r.randint(0, 60))])
    cols = [
        ("町名", 30.0),
        ("丁目", 160.0),
        ("世帯数", 240.0),
        ("男", 320.0),
        ("女", 400.0),
        ("計", 480.0),
        ("うち外国人", 560.0),
    ]
    docs.append(Doc(F, "pdf", 1, [], DocSpec(title="町丁別人口"),
                    post=system_print(f"町丁別 人口・世帯数（{wareki(dt.date(2024, 6, 30))}現在）", f"{ctx.city} 住民記録システム  STAT-03",
                                      cols, trow, 16, "住民基本台帳による（外国人住民を含む）"),
                    note="published town-by-town population figures printed over several pages with n / N, 1"))  # fmt: skip
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="住民異動届（転入）記入例",
                paragraphs=[
                    "届出日　令和6年4月1日",
                    "新しい住所　" + f"{ctx.city}中央1丁目1番1号",
                    "前の住所　○○県○○市○○町1-2-3",
                    "世帯主　見本 一郎",
                    "異動した人　氏名 見本 一郎（ミホン イチロウ）　生年月日 昭和50年5月5日　続柄 世帯主",
                    "　　　　　　氏名 見本 花子（ミホン ハナコ）　生年月日 昭和52年7月7日　続柄 妻",
                    "届出人　☑本人　□世帯主　□代理人",
                    "電話番号　0000-00-0000",
                ],
                footer="記入例（見本）　市民課",
            ),
            note="a 記入例: sample names, birth dates and a dummy phone, 1",
        )
    )
    roster: list[list[Cell]] = [["自治会名", "会長", "連絡先", "加入世帯数", "ごみ集積所の鍵"]]
    for t in towns:
        roster.append(
            [
                f"{t}自治会",
                ctx.staff(),
                ctx.tel(),
                r.randint(80, 600),
                r.choice(["会長宅で貸出", "不要", "班長が管理"]),
            ]
        )
    docs.append(Doc(F, "odt", 1, [], DocSpec(
        title="転入された方へ　自治会加入のご案内",
        paragraphs=["自治会は地域の防災・防犯やごみ集積所の管理を担っています。加入については各自治会長にご連絡ください。",
                    f"（{ctx.city}自治会連合会 公表名簿から抜粋。掲載について各会長の同意を得ています）"],
        tables=[[[str(c) for c in row] for row in roster]]),
        note="自治会長 named with their published contact phone in a public roster: officers in role, 1"))  # fmt: skip
    wrows: list[list[Cell]] = [
        ["連絡日", "異動区分", "氏名", "町名", "水栓番号", "お客様番号（ガス）", "開栓希望日"]
    ]
    for _ in range(12):
        wrows.append([ymd(ago(r.randint(1, 20))), r.choice(["転入", "転居", "転出"]), "〇〇 〇〇", r.choice(towns),
                      look_alike(r, "40"), look_alike(r, "7"), ymd(ago(r.randint(-10, 5)))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            1,
            [],
            DocSpec(
                sheets=[sheet("開栓連絡", wrows, title="上下水道局・ガス会社への開栓連絡（氏名マスク済）")]
            ),
            note="a masked hand-over list; its 12-digit 水栓番号 and お客様番号 all failing the check digit, 1",
        )
    )
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="引越しワンストップサービスの開始について",
                paragraphs=[
                    "マイナポータルから転出届をオンラインで提出",
                    "転入予定の市区町村へ来庁予定日を連絡",
                    "転入の窓口では事前入力された情報を確認するだけ",
                    f"{ctx.city}は令和5年2月6日から対応",
                    "利用件数：令和5年度 転出 " + yen(r.randint(800, 1500)) + " 件",
                    "引越し事業者との連携：" + "、".join(f"{k}{n}" for k, n in COMPANIES[6:9]),
                ],
                notes=[f"説明者 市民課長 {chief}。質疑は市民課 住民記録係 {ctx.office_phone(1)}。"],
            ),
        )
    )
    # level 2 -------------------------------------------------------------------------------------------
    n = ctx.person((1980, 2000))
    pref2, lot2 = ctx.other_city()
    form: list[list[Cell]] = [["住民異動届（転入）"], [], ["届出日", ymd(ago(1))], ["氏名", n.name()], ["フリガナ", n.kana],
                              ["生年月日", n.birth], ["性別", n.sex], ["新住所", n.address()], ["前住所", pref2 + lot2],
                              ["世帯主", n.name()], ["続柄", "世帯主"], ["電話", n.phone], ["転入の理由", "転勤"]]  # fmt: skip
    docs.append(
        Doc(F, "xlsx", 2, ["name", "address", "birth_date", "phone"], DocSpec(sheets=[sheet("届出", form)]))
    )
    o = ctx.person((1970, 2000))
    ctx.urban(o)
    dest, dlot = ctx.other_city()
    lines = ["^転出証明書", "", f"氏名　{o.name()}（{o.kana}）", f"生年月日　{wareki(o.birth)}　性別 {o.sex}",
             f"住所　{o.address()}", f"世帯主　{o.name()}", f"転出予定日　{wareki(TODAY + dt.timedelta(days=7))}",
             f"転出先　{dest}{dlot}", "", "上記のとおり転出の届出があったことを証明する。", "",
             f">{wareki(ago(1))}", f">{ctx.city}長 （公印省略）"]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address", "birth_date"],
            DocSpec(title="転出証明書"),
            post=letter_pdf([spaced_digits(x) for x in lines]),
        )
    )
    s = ctx.person((1975, 2003))
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    ago(3),
                    [
                        ("13:10", clerk, f"転入届の{s.name()}さん、前住所の転出証明書がまだ届いてないです"),
                        ("13:12", chief, "前住所地に電話で確認した？"),
                        ("13:15", clerk, f"確認済です。本人にも連絡したいので番号メモします {s.phone}"),
                        ("13:20", chief, "了解"),
                    ],
                    "juki-madoguchi",
                )
            ),
            note="a Slack copy: a resident named, a reply gives their phone, 2",
        )
    )
    k = ctx.person((1950, 1990))
    docs.append(Doc(F, "docx", 2, ["name", "address"], DocSpec(
        paragraphs=[f"{k.address()}", f"{k.name()} 様", "", f"{ctx.city}長", "",
                    "住民票の職権消除について（予告）", "",
                    "あなたの住民票の住所に居住の実態がないとの情報があり、調査を行いました。",
                    f"{wareki(TODAY + dt.timedelta(days=21))}までに届出又は申出がない場合は、住民基本台帳法第8条の規定により"
                    "住民票を消除します。", "現在お住まいの住所で転入（転居）の届出をしてください。",
                    f"問い合わせ　市民課 住民記録係 {ctx.office_phone(1)}"])))  # fmt: skip
    # level 3 -------------------------------------------------------------------------------------------
    mov = ctx.people(r.randint(124, 138), foreign=0.25)
    prt = [[f"{r.randint(1000000, 9999999)}", x.name(), ymd(x.birth), r.choice(["転入", "転入", "転出", "転居", "出生", "死亡"]),
            ymd(dt.date(2024, 6, r.randint(1, 30))), x.address()[:28]] for x in mov]  # fmt: skip
    cols = [
        ("宛名番号", 30.0),
        ("氏名", 90.0),
        ("生年月日", 250.0),
        ("異動事由", 320.0),
        ("異動日", 380.0),
        ("住所", 450.0),
    ]
    docs.append(Doc(F, "pdf", 3, ["name", "address", "birth_date"], DocSpec(title="異動者一覧"),
                    post=system_print(f"月間 住民異動者一覧（{TODAY.year}年{TODAY.month - 1}月分）", f"{ctx.city} 住民記録システム  IDO-M01",
                                      cols, prt, 32, "税務課・保険年金課 連携用")))  # fmt: skip
    tp = ctx.person((1960, 2000))
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["my_number", "name", "address", "birth_date"],
            DocSpec(
                title="転入届 受付控え（窓口用）",
                paragraphs=[
                    f"受付 {ymd(ago(1))}　1番窓口 {clerk}",
                    f"氏名　{tp.name()}　生年月日 {wareki(tp.birth, 'short')}",
                    f"新住所　{tp.address()}",
                    "前住所地　" + ctx.other_city()[0],
                    "特例転入　あり（カード提示）",
                    "国保・年金・児童手当の案内済み",
                    "カードの住所変更（券面記載）済み",
                ],
                footer=f"番号 {grouped(mn, '-')}",
            ),
            note="the My Number sits in the Word footer labelled only 番号, 3",
        )
    )
    d = ctx.person((1960, 1995))
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["name", "arrears"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    ago(2),
                    [
                        ("15:31", clerk, f"明日転出予定の{d.name()}さん、保険年金課から連絡票が来ています"),
                        ("15:33", chief, "何の件？"),
                        (
                            "15:34",
                            clerk,
                            f"国保税の滞納が{yen(r.randint(15, 60) * 10000)}円あって、転出前に納付相談してほしいそうです",
                        ),
                        ("15:36", chief, "窓口で案内だけして、相談は保険年金課につなぐ形で"),
                        ("15:37", clerk, "承知しました"),
                    ],
                    "住民記録係",
                )
            ),
            note="a Teams thread: one message names the resident, the reply gives their 国保税 arrears, 3",
        )
    )
    e = ctx.person((1960, 1990))
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="居住実態調査 記録",
        paragraphs=[f"調査対象　{e.name()}　住民票上の住所 {e.address()}", f"調査日　{wareki(ago(20))}・{wareki(ago(9))}",
                    "1回目：訪問したが不在。郵便受けに郵便物が多数たまっていた。電気メーターは動いていない。",
                    "2回目：家主に聞き取り。家賃は親族が支払っており、部屋には荷物が残っている。",
                    "親族（姉）に電話で確認したところ、本人は2年前から統合失調症のため県立精神医療センターに入院中で、"
                    "退院の見込みは立っていないとのこと。",
                    "所見：入院による一時的な不在であり、生活の本拠は住民票上の住所にあると判断する。職権消除は行わない。",
                    f"記録者　住民記録係 {clerk}"]),
        note="a case record in prose: the resident is named once and the psychiatric admission comes paragraphs later, 3"))  # fmt: skip
    link = ctx.people(r.randint(128, 140), foreign=0.2)
    crow: list[list[Cell]] = [
        ["宛名番号", "氏名", "カナ氏名", "生年月日", "性別", "異動事由", "異動日", "住所", "前住所"]
    ]
    for x in link:
        crow.append([str(r.randint(1000000, 9999999)), x.name(), x.kana, ymd(x.birth), x.sex, r.choice(["転入", "転居", "転出"]),
                     ymd(ago(r.randint(1, 31))), x.address(), ctx.other_city()[0]])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["name", "address", "birth_date"],
            DocSpec(sheets=[sheet("IDO", crow)]),
            note="a cp932 hand-over file of more than 100 movers for the tax office, 3",
        )
    )
    return docs


def dv(ctx: Ctx) -> list[Doc]:
    """DV等支援措置 (住民基本台帳事務における支援措置)."""
    r, F = ctx.rng, "dv"
    docs: list[Doc] = []
    clerk, chief = ctx.staff(), ctx.staff()
    note_dv = (
        "a DV 支援措置 record: sensitive, but neither health, arrears nor a My Number in the policy text, 2"
    )
    # level 1 -------------------------------------------------------------------------------------------
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            [],
            DocSpec(
                title="ＤＶ・ストーカー行為等の被害者の方への支援措置",
                paragraphs=[
                    "配偶者からの暴力（ＤＶ）、ストーカー行為、児童虐待等の被害者の方は、申出により、加害者からの住民票の写し等の"
                    "交付請求を制限することができます。",
                    "申出には、警察署・配偶者暴力相談支援センター等の相談機関の意見が必要です。支援期間は1年間で、延長できます。",
                    f"相談窓口　市民課 住民記録係 {ctx.office_phone(1)}（平日8時30分～17時15分）",
                    "緊急の場合は110番へ。",
                ],
            ),
        )
    )
    yrs = ["令和元年度", "令和2年度", "令和3年度", "令和4年度", "令和5年度"]
    st: list[list[Cell]] = [
        ["年度", "新規申出", "延長", "終了", "年度末対象者数", "うちＤＶ", "うちストーカー", "うち児童虐待等"]
    ]
    for y in yrs:
        a_, b_, c_ = r.randint(15, 40), r.randint(30, 80), r.randint(10, 30)
        st.append([y, a_, b_, c_, a_ + b_, r.randint(10, a_ + b_), r.randint(0, 8), r.randint(0, 10)])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("件数", st, first_row=4, title="住民基本台帳事務における支援措置 件数の推移"),
        sheet("定義", [["項目", "定義"], ["新規申出", "年度中に受け付けた新規の申出"], ["延長", "支援期間の延長の申出"]], state="hidden")]),
        post=merge_xlsx({"件数": ["B3:D3", "F3:H3"]})))  # fmt: skip
    docs.append(Doc(F, "docx", 1, [], DocSpec(
        title="住民基本台帳事務における支援措置申出書 記入例",
        paragraphs=["申出者　氏名 見本 花子　生年月日 平成元年1月1日　住所 " + f"{ctx.city}中央1丁目1番1号",
                    "併せて支援を求める者　見本 さくら（長女）", "加害者　氏名 市民 太郎　生年月日 昭和60年1月1日　住所 ○○県○○市…",
                    "申出の理由　☑配偶者暴力防止法第1条第2項に規定する被害者", "相談機関の意見欄　※相談機関が記入します"],
        textboxes=["記入例：氏名・住所はすべて架空のものです"]),
        note="a 記入例 with invented victim and offender, 1"))  # fmt: skip
    org: list[list[Cell]] = [["機関", "担当", "電話", "受付時間"]]
    org += [[f"{ctx.pref}配偶者暴力相談支援センター", "相談員", ctx.tel(), "9:00-21:00"],
            [f"{ctx.city}警察署 生活安全課", f"係長 {ctx.staff()}", ctx.tel(), "24時間"],
            [f"{ctx.city}役所 子育て支援課（家庭児童相談室）", f"家庭相談員 {ctx.staff()}", ctx.office_phone(3), "平日"],
            [f"{ctx.city}役所 市民課 住民記録係", f"係長 {chief}", ctx.office_phone(1), "平日"]]  # fmt: skip
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="支援措置 関係機関連絡先一覧（庁内用）", tables=[[[str(c) for c in row] for row in org]]
            ),
            note="staff of the agencies named in role with office phones, 1",
        )
    )
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title="支援措置対象者の情報管理（職員研修）",
                paragraphs=[
                    "事例：Ａさん（30代女性）の住所が、Ｂ市からの公用照会の回答で加害者に伝わった",
                    "原因：支援措置の対象者であることが照会担当に共有されていなかった",
                    "対策：システムの警告表示を確認してから回答・交付する",
                    "「〇〇 〇〇」様宛の郵便物の転送先も要注意",
                    "委託先（郵便・コンビニ交付）でも同様の管理が必要",
                    f"講師 市民課長 {chief}",
                ],
            ),
        )
    )
    # level 2 -------------------------------------------------------------------------------------------
    v = ctx.person((1975, 2000))
    ctx.urban(v)
    lines = ["^支援措置の期間満了について（お知らせ）", "", f">{wareki(TODAY)}", f"{v.address()}",
             f"{v.name()} 様", "", f">{ctx.city}長（市民課）", "",
             f"あなたの支援措置は、{wareki(TODAY + dt.timedelta(days=30))}で支援期間（1年）が満了します。",
             "引き続き支援を希望される場合は、満了日の1か月前から延長の申出ができます。",
             "延長の申出には、相談機関の意見は原則として不要です（状況に変化がない場合）。", "",
             "この通知は本人限定受取郵便でお送りしています。",
             f"問い合わせ　市民課 住民記録係 {ctx.office_phone(1)}"]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="期間満了通知"),
            post=letter_pdf([spaced_digits(x) for x in lines]),
            note=note_dv,
        )
    )
    vs = ctx.people(7, foreign=0.2, born=(1970, 2003))
    lst: list[list[Cell]] = [["No", "対象者", "生年月日", "住所", "措置開始", "満了日", "相談機関"]]
    hid: list[list[Cell]] = [["No", "加害者", "続柄", "住所（把握分）"]]
    for i, x in enumerate(vs, start=1):
        start = ago(r.randint(30, 330))
        lst.append(
            [
                i,
                x.name(),
                x.birth,
                x.address(),
                start,
                start + dt.timedelta(days=365),
                r.choice(["警察署", "支援センター", "児相"]),
            ]
        )
        hid.append(
            [
                i,
                f"{ctx.surname()} {r.choice(MALE)[0]}",
                r.choice(["元夫", "夫", "元交際相手"]),
                ctx.other_city()[0],
            ]
        )
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                sheets=[
                    sheet("対象者", lst, title="支援措置対象者一覧（住民記録係 保管）"),
                    sheet("加害者", hid, state="hidden"),
                ]
            ),  # type: ignore[list-item]
            note=note_dv,
        )
    )
    w = ctx.person((1980, 2000))
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "address"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    ago(1),
                    [
                        (
                            "16:40",
                            clerk,
                            f"支援措置の{w.name()}さん、今日加害者側の弁護士から職務上請求が来ました",
                        ),
                        ("16:41", chief, "もちろん交付不可で。念のため新住所を確認させて"),
                        ("16:43", clerk, f"{w.address()} です。システムの警告は出ています"),
                        ("16:45", chief, "本人に連絡して経緯を伝えてください"),
                    ],
                    "住民記録係（支援措置）",
                )
            ),
            note=note_dv,
        )
    )
    x = ctx.person((1975, 2000))
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "birth_date"],
            DocSpec(
                title="支援措置申出に係る意見について（回答）",
                paragraphs=[
                    f"{ctx.city}長 様",
                    f"{ctx.city}警察署長",
                    "",
                    f"{wareki(ago(8))}付けで照会のあった下記の者について、意見を回答します。",
                    f"申出者　{x.name()}（{wareki(x.birth)}生）",
                    "意見　申出者の状況に照らし、支援の必要性があると認める。",
                    "相談の経過　当署において相談を受理し、加害者に対し警告を実施している。",
                    f"担当　生活安全課 {ctx.staff()}",
                ],
            ),
            note=note_dv,
        )
    )
    # level 3 -------------------------------------------------------------------------------------------
    yv = ctx.person((1978, 2000))
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="支援措置申出 相談記録",
        paragraphs=[f"{wareki(ago(10))}　面談 {clerk}・{chief}", f"申出者　{yv.name()}（{yv.address()}）",
                    "経緯：配偶者からの暴言と暴力が数年続き、子ども2人と避難した。現在は親族宅に身を寄せている。",
                    "加害者は以前の職場も知っているため、転職を考えている。住民票を移したいが、加害者に知られるのが怖い、とのこと。",
                    "支援措置の制度と、申出から決定までの流れを説明した。",
                    "子どもの学校の手続きについては教育委員会と調整する。",
                    "なお、本人は避難後から心療内科に通院しており、ＰＴＳＤと診断され服薬を続けている。面談中も手の震えがあった。",
                    "次回、相談機関の意見書が届き次第、申出書を受理する。"]),
        note="the victim is named once and the PTSD diagnosis comes paragraphs later, 3"))  # fmt: skip
    z = ctx.person((1975, 2000))
    ctx.urban(z)
    lines = ["^診 断 書", "", f"氏名　{z.name()}", f"生年月日　{wareki(z.birth)}", f"住所　{z.address()}", "",
             "病名　左尺骨骨折、顔面打撲、右前腕挫傷", "",
             f"上記により{wareki(ago(26))}当院を受診。全治約3週間の見込み。",
             "本人によれば、同居の配偶者から殴られた際に左腕で顔をかばい受傷したとのこと。", "",
             f">{wareki(ago(25))}", f">{ctx.city}整形外科クリニック　医師 {ctx.staff()}"]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            3,
            ["name", "address", "birth_date", "health"],
            DocSpec(title="診断書"),
            post=letter_pdf([spaced_digits(x) for x in lines]),
            note="a 診断書 attached to a 支援措置 申出, digits set apart, 3",
        )
    )
    big = ctx.people(r.randint(104, 116), foreign=0.15, born=(1960, 2010))
    wide: list[list[Cell]] = [
        far(25, ["No", "氏名", "カナ", "生年月日", "住所", "区分", "措置期限", "連絡方法"])
    ]
    for i, p in enumerate(big, start=1):
        wide.append(far(25, [i, p.name(), p.kana, p.birth, p.address(), r.choice(["ＤＶ", "ＤＶ", "ストーカー", "児童虐待"]),
                                   TODAY + dt.timedelta(days=r.randint(10, 360)), r.choice(["郵送不可", "電話のみ", "来庁時のみ"])]))  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "birth_date"],
            DocSpec(
                sheets=[
                    sheet(
                        "全庁共有",
                        wide,
                        first_row=3,
                        title="支援措置対象者（併せて支援を求める者を含む） 全庁共有一覧",
                    )
                ]
            ),
            note="more than 100 persons with identifying details, pasted from column Z: 3 by count",
        )
    )
    u = ctx.person((1975, 2000))
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="支援措置申出 受付控え",
                paragraphs=[
                    f"受付日　{ymd(ago(2))}　受付者 {clerk}",
                    f"申出者　{u.name()}",
                    f"住所　{u.address()}",
                    "併せて支援を求める者　長男・長女",
                    "相談機関　配偶者暴力相談支援センター",
                    "本人確認　顔写真付きカード",
                ],
                header=f"番号 {grouped(mn)}　確認済",
            ),
            note="the My Number sits in the Word header labelled only 番号, 3",
        )
    )
    return docs


def gaikoku(ctx: Ctx) -> list[Doc]:
    """外国人住民: 在留カード, 住居地届出 and 通称名."""
    r, F = ctx.rng, "gaikoku"
    docs: list[Doc] = []
    clerk, chief = ctx.staff(), ctx.staff()
    # level 1 -------------------------------------------------------------------------------------------
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="外国人住民の方の届出（Notification for Foreign Residents）",
        paragraphs=["住居地を定めた日から14日以内に、在留カードを持って市民課で届出をしてください。",
                    "Please notify the Citizens Division within 14 days of moving in. Bring your residence card.",
                    "在留期間の更新・在留資格の変更は出入国在留管理局で手続きします（市役所ではできません）。",
                    "通称名を住民票に記載したい方は、通称であることを証明する資料が必要です。",
                    f"通訳：ポルトガル語・ベトナム語・英語（火・木 9:00-16:00）　{ctx.city}役所 市民課 {ctx.office_phone(1)}"])))  # fmt: skip
    by_status: list[list[Cell]] = [["在留資格", "人数"]]
    by_status += [[s, r.randint(50, 2000)] for s in STATUSES]
    nat: list[list[Cell]] = [["国籍・地域", "男", "女", "計", "前年比"]]
    tot = 0
    for nname in [*FOREIGN, "ペルー", "タイ", "スリランカ", "ミャンマー", "その他"]:
        m, f = r.randint(30, 1800), r.randint(30, 1600)
        tot += m + f
        nat.append([nname, m, f, m + f, f"{r.randint(-8, 25)}%"])
    nat.append(["合計", None, None, tot, None])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "国籍別",
                        nat,
                        first_row=4,
                        title=f"{ctx.city} 国籍別外国人住民数（{wareki(dt.date(2024, 6, 30))}現在）",
                    ),
                    sheet(
                        "在留資格別",
                        by_status,
                        state="hidden",
                    ),
                ]
            ),  # type: ignore[list-item]
            post=merge_xlsx({"国籍別": ["A3:A4", f"A{5 + len(nat) - 1}:C{5 + len(nat) - 1}"]}),
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="住民票 通称記載申出書 記入例",
                paragraphs=[
                    "氏名（在留カードのとおり）　SAMPLE HANAKO",
                    "カタカナ表記　サンプル ハナコ",
                    "記載を求める通称　見本 花子",
                    "生年月日　1990年1月1日　国籍・地域 ○○",
                    "通称が社会生活上通用していることを証する資料　☑社員証　☑公共料金の領収書",
                    "※通称は1つに限られます。変更には制限があります。",
                ],
                textboxes=["記入例（見本）　Sample"],
            ),
            note="a 記入例: SAMPLE HANAKO and 見本 花子 are samples, 1",
        )
    )
    kan: list[list[Cell]] = [["団体名", "法人番号", "種別", "所在地", "電話", "受入人数（市内）"]]
    for name in KANRI:
        kan.append([name, random_corporate_number(r), "監理団体" if "協同組合" in name else "登録支援機関", ctx.biz_address(),
                    ctx.tel(), r.randint(5, 140)])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv-cp932",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("団体", kan)]),
            note="監理団体 and 登録支援機関 with 法人番号, addresses and phones of organisations, 1",
        )
    )
    proc: list[list[Cell]] = [["受付番号", "受付日", "届出種別", "氏名", "国籍", "在留資格", "処理"]]
    for i in range(14):
        proc.append([look_alike(r, "5"), ago(r.randint(1, 30)), r.choice(["住居地届出", "転居", "通称記載", "世帯変更"]),
                     f"{'ＡＢＣＤＥＦＧＨＩＪＫＬＭＮ'[i]}さん", r.choice(list(FOREIGN)), r.choice(STATUSES), "済"])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(sheets=[sheet("処理簿", proc, title="在留カード関係届出 処理簿（研修用・氏名匿名化）")]),
            note="an anonymised log (Ａさん …); its 12-digit 受付番号 all failing the check digit, 1",
        )
    )
    interp = [ctx.staff() for _ in range(3)]
    docs.append(
        Doc(
            F,
            "txt",
            1,
            [],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    ago(4),
                    [
                        ("08:52", chief, "来週の多言語窓口のシフト、協会からの通訳員さんの割り振りです"),
                        (
                            "08:53",
                            chief,
                            f"火曜 ポルトガル語 {interp[0]}さん、木曜 ベトナム語 {interp[1]}さん、金曜 英語 {interp[2]}さん",
                        ),
                        ("08:55", clerk, "了解です。火曜の午後は転入が多いのでブースを2つ使います"),
                        ("08:57", chief, f"通訳員さんの連絡は協会事務局（{ctx.tel()}）経由でお願いします"),
                        ("09:01", clerk, "承知しました"),
                    ],
                    "市民課・多言語窓口",
                )
            ),
            note="staff and the association's interpreters named in role; the phone is the association's, 1",
        )
    )
    # level 2 -------------------------------------------------------------------------------------------
    k = ctx.foreigner("韓国", born=(1950, 1985))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="通称の記載申出書",
                paragraphs=[
                    f"{ctx.city}長 様",
                    f"申出日　{wareki(ago(3))}",
                    f"氏名　{k.name()}（{k.kanji}）",
                    f"カタカナ　{k.kana}",
                    f"記載を求める通称　{k.tsusho}",
                    f"生年月日　{k.birth.year}年{k.birth.month}月{k.birth.day}日",
                    f"国籍・地域　{k.nat}",
                    f"住所　{k.address()}",
                    f"在留資格　{k.status}（特別永住者証明書 {k.card}）",
                    "通称が通用していることを証する資料　健康保険証、勤務先の在職証明書",
                ],
            ),
            note="a 特別永住者's name in roman letters, kanji and a 通称名, with address and birth date, 2",
        )
    )
    fs = [ctx.foreigner() for _ in range(10)]
    rec: list[list[Cell]] = [
        [
            "届出日",
            "姓（Family name）",
            "名（Given name）",
            "カタカナ",
            "国籍",
            "在留カード番号",
            "在留資格",
            "住居地",
        ]
    ]
    for fr in fs:
        rec.append([ago(r.randint(1, 25)), fr.sei, fr.mei, fr.kana, fr.nat, fr.card, fr.status, fr.address()])
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "address"],
            DocSpec(sheets=[sheet("住居地届出", rec, first_row=7, title="住居地届出 受付簿（７月分）")]),
            note="foreign residents' family and given names in separate columns with katakana and addresses, 2",
        )
    )
    lw = ctx.foreigner("ベトナム")
    docs.append(
        Doc(
            F,
            "txt-cp932",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "lineworks",
                    ago(1),
                    [
                        ("10:21", clerk, f"{lw.kana}さん（{lw.name()}）の転居届、世帯主欄の記入漏れです"),
                        ("10:23", interp[1], "本人に確認します。電話番号わかりますか"),
                        ("10:24", clerk, f"届書に {lw.phone} とあります"),
                        ("10:30", interp[1], "確認できました。世帯主は本人です"),
                        ("10:31", clerk, "ありがとうございます"),
                    ],
                    "多言語窓口",
                )
            ),
            note="a LINE WORKS thread in cp932: the resident named in katakana and roman letters, then a phone, 2",
        )
    )
    p = ctx.foreigner()
    ctx.urban(p)
    lines = ["^在留期間更新後の届出について（お願い）", "", f">{wareki(TODAY)}", f"〒{p.zip}", f"{p.address()}",
             f"{p.name()} 様（{p.kana} 様）", "", f">{ctx.city}長（市民課）", "",
             f"あなたの在留期間は{wareki(ago(20))}までとなっていましたが、住民票の在留期間がまだ更新されていません。",
             "新しい在留カードを受け取った方は、市民課で住民票の記載事項の確認を受けてください。",
             "Please bring your new residence card to the Citizens Division.", "",
             f"問い合わせ　市民課 住民記録係 {ctx.office_phone(1)}"]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="お願い"),
            post=letter_pdf([spaced_digits(x) for x in lines]),
        )
    )
    c = ctx.foreigner("中国", born=(1970, 2000))
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "birth_date"],
            DocSpec(
                title="住民票記載事項の修正について（決裁）",
                paragraphs=[
                    f"起案 {ymd(ago(5))}　住民記録係 {clerk}",
                    f"対象者　{c.name()}　漢字氏名 {c.kanji or '（なし）'}　カタカナ {c.kana}",
                    f"生年月日　{c.birth.year}年{c.birth.month}月{c.birth.day}日",
                    "修正内容　漢字氏名の併記（在留カードに漢字氏名が記載されたため）",
                    "根拠　住民基本台帳法施行令第12条第3項",
                ],
            ),
            note="a foreign resident's name in roman, kanji and katakana with the birth date, 2",
        )
    )
    # level 3 -------------------------------------------------------------------------------------------
    exp = [ctx.foreigner() for _ in range(r.randint(112, 124))]
    prt = [[f"G{r.randint(100000, 999999)}", x.name(), x.kana, x.nat, x.status, ymd(TODAY + dt.timedelta(days=r.randint(1, 90))),
            x.address()[:22]] for x in exp]  # fmt: skip
    cols = [("管理番号", 0.0), ("氏名（ローマ字）", 0.0), ("カタカナ", 0.0), ("国籍", 0.0), ("在留資格", 0.0), ("満了日", 0.0),
            ("住居地", 0.0)]  # fmt: skip
    docs.append(Doc(F, "pdf", 3, ["name", "address"], DocSpec(title="満了予定者"),
                    post=system_print("在留期間満了予定者一覧（90日以内）", f"{ctx.city} 住民記録システム  GKJ-EXP", cols, prt, 30,
                                      f"基準日 {ymd(TODAY)}", padded=[9, 26, 30, 13, 25, 12, 40]),
                    note="a line-printer list (one space-padded string per row) of more than 100 foreign residents, 3"))  # fmt: skip
    q = ctx.foreigner("ネパール")
    docs.append(
        Doc(
            F,
            "txt",
            3,
            ["name", "arrears"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    ago(3),
                    [
                        (
                            "11:05",
                            clerk,
                            f"{q.name()}さん（{q.kana}）が在留資格変更で課税・納税証明書を取りに来ています",
                        ),
                        ("11:07", ctx.staff(), "税務課です。確認しました"),
                        (
                            "11:09",
                            ctx.staff(),
                            f"令和5年度の市県民税が2期分 {yen(r.randint(2, 9) * 10000)}円 未納で、納税証明は出せません",
                        ),
                        ("11:10", clerk, "納付してからの再来庁をご案内します"),
                        ("11:12", interp[0], "通訳入ります"),
                    ],
                    "市民課・税務課 連絡",
                )
            ),
            note="a Teams thread: one message names the resident, a reply gives their 市県民税 arrears, 3",
        )
    )
    hold = [ctx.foreigner() for _ in range(r.randint(7, 9))]
    vis: list[list[Cell]] = [["予約日", "氏名", "カタカナ", "国籍", "住居地", "交付予定日"]]
    hid: list[list[Cell]] = [["No", "氏名", "番号"]]
    for i, x in enumerate(hold, start=1):
        vis.append(
            [
                ago(r.randint(1, 20)),
                x.name(),
                x.kana,
                x.nat,
                x.address(),
                TODAY + dt.timedelta(days=r.randint(3, 20)),
            ]
        )
        hid.append([i, x.name(), int(random_my_number(r, str(r.randint(1, 9))))])
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                sheets=[
                    sheet("番号", hid, state="hidden", number_formats={2: "0"}),
                    sheet("交付予約", vis, title="カード交付予約（通訳付き）"),
                ]
            ),
            note="My Numbers as number cells on a hidden sheet headed only 番号, 3",
        )
    )
    g = ctx.foreigner("ベトナム")
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="窓口対応メモ（通訳同席）",
                paragraphs=[
                    f"{ymd(ago(1))}　対応 {clerk}　通訳 {interp[1]}（協会）",
                    f"来庁者　{g.kana}（{g.name()}）",
                    f"住所　{g.address()}",
                    "用件：勤務先から番号の提出を求められたが、通知カードをなくしたとのこと。",
                    "対応：番号の記載された住民票の写しを本人に交付した。勤務先への提出方法を説明した。",
                ],
                textboxes=[f"{g.sei_kana}さんの番号 {grouped(mn)}"],
            ),
            note="the My Number sits in a text box labelled only 「○○さんの番号」, 3",
        )
    )
    lst = [ctx.foreigner() for _ in range(r.randint(110, 122))]
    wide: list[list[Cell]] = [
        far(26, ["No", "Family name", "Given name", "カタカナ", "生年月日", "国籍", "住居地", "希望言語"])
    ]
    for i, x in enumerate(lst, start=1):
        wide.append(far(26, [i, x.sei, x.mei, x.kana, x.birth, x.nat, x.address(),
                                   r.choice(["やさしい日本語", "英語", "ポルトガル語", "ベトナム語", "中国語"])]))  # fmt: skip
    docs.append(
        Doc(
            F,
            "xlsx",
            3,
            ["name", "address", "birth_date"],
            DocSpec(
                sheets=[
                    sheet("送付先", wide, first_row=4, title="日本語教室 案内送付先（住民基本台帳から抽出）")
                ]
            ),
            note="more than 100 foreign residents with birth dates and addresses, data starting in column AA, 3",
        )
    )
    return docs


def tabunka(ctx: Ctx) -> list[Doc]:
    """国際交流: 多言語相談 and 日本語教室."""
    r, F = ctx.rng, "tabunka"
    docs: list[Doc] = []
    staff, chief = ctx.staff(), ctx.staff()
    assoc = ctx.association
    # level 1 -------------------------------------------------------------------------------------------
    docs.append(
        Doc(
            F,
            "pptx",
            1,
            [],
            DocSpec(
                title=f"{ctx.city}で くらす みなさんへ（多言語パンフレット）",
                paragraphs=[
                    "ひっこしを したら 14にち いないに しやくしょに とどけて ください",
                    "When you move, notify the city office within 14 days.",
                    "Khi chuyển nhà, hãy thông báo cho tòa thị chính trong vòng 14 ngày.",
                    "Ao mudar de endereço, comunique à prefeitura dentro de 14 dias.",
                    "Kapag lumipat kayo, ipaalam sa city hall sa loob ng 14 na araw.",
                    f"そうだん（Consultation）：{assoc} {ctx.tel()}",
                ],
                notes=["翻訳：" + "、".join(TRANSLATORS[:2]) + "　監修：" + ctx.kokusai],
            ),
        )
    )
    teach: list[list[Cell]] = [["教室", "曜日", "会場", "講師（ボランティア）", "担当レベル", "連絡先"]]
    for cls in ["中央教室", "駅前教室", "夜間教室", "こども日本語教室", "オンライン教室"]:
        teach.append([cls, r.choice(["月", "水", "金", "土", "日"]), r.choice(["国際交流センター", "公民館", "中央図書館"]),
                      ctx.staff(), r.choice(["入門", "初級", "中級", "JLPT対策"]), f"協会事務局 {ctx.tel()}"])  # fmt: skip
    docs.append(
        Doc(
            F,
            "ods",
            1,
            [],
            DocSpec(
                sheets=[sheet("講師", teach, title="令和6年度 日本語教室 講師一覧（協会ホームページ掲載）")]
            ),
            note="日本語教室 volunteer teachers named in role, contact via the association, 1",
        )
    )
    cons: list[list[Cell]] = [
        [
            "相談内容",
            "ベトナム語",
            "ポルトガル語",
            "英語",
            "中国語",
            "タガログ語",
            "ネパール語",
            "やさしい日本語",
            "計",
        ]
    ]
    for topic in [
        "住民票・届出",
        "在留手続",
        "税金",
        "国保・年金",
        "子育て・教育",
        "医療",
        "労働",
        "住宅",
        "その他",
    ]:
        vals = [r.randint(0, 60) for _ in range(7)]
        cons.append([topic, *vals, sum(vals)])
    docs.append(
        Doc(
            F,
            "xlsx",
            1,
            [],
            DocSpec(
                sheets=[
                    sheet(
                        "相談件数",
                        cons,
                        first_row=4,
                        title="令和5年度 多言語相談窓口 相談件数（言語別・内容別）",
                    ),
                    sheet("入力用", [["日付", "言語", "内容コード"], ["(削除済)", "", ""]], state="hidden"),
                ]
            ),
            post=merge_xlsx({"相談件数": ["B3:H3", "A3:A4"]}),
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="報道資料　秋期 日本語教室の受講者を募集します",
                paragraphs=[
                    f"{assoc}（理事長 {ctx.staff()}）は、市内に住む外国人の方を対象に日本語教室を開講します。",
                    "期間　10月5日～2月22日（全20回）　会場　国際交流センター　受講料　無料（教材費 1,000円）",
                    "今年度から、子育て中の方のための託児付きクラスを新設します。",
                    f"問い合わせ　{assoc} 事務局 {ctx.tel()}　／　{ctx.city} {ctx.kokusai} {staff}（主査） {ctx.office_phone(4)}",
                ],
            ),
        )
    )
    docs.append(
        Doc(
            F,
            "odt",
            1,
            [],
            DocSpec(
                title="多言語相談 事例集（研修用・匿名化）",
                paragraphs=[
                    "事例1　Ａさん（ベトナム国籍、20代男性）：転職後、住民税の通知が前の会社の住所に届いていた。→ 税務課へ同行。",
                    "事例2　Ｂさん（ブラジル国籍、40代女性）：子どもの就学手続きがわからない。→ 教育委員会を紹介。",
                    "事例3　Ｃさん（フィリピン国籍、30代女性）：〇〇 〇〇 名義の郵便物が届く。→ 郵便局へ転居届。",
                    "個人が特定される情報は削除しています。",
                    f"作成 {ctx.kokusai} 課長 {chief}",
                ],
            ),
        )
    )
    tr: list[list[Cell]] = [["契約件名", "契約相手方", "法人番号", "契約日", "契約金額（円）"]]
    for name in TRANSLATORS:
        tr.append([r.choice(["行政文書翻訳業務", "多言語通訳（電話・映像）業務", "パンフレット翻訳"]), name, random_corporate_number(r),
                   wareki(ago(r.randint(60, 400))), yen(r.randint(200, 3000) * 1000)])  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            1,
            ["corporate_number"],
            DocSpec(
                title="翻訳・通訳業務 委託契約一覧（公表）", tables=[[[str(c) for c in row] for row in tr]]
            ),
            note="contracts with translation companies and their 法人番号; 契約日 are not birth dates, 1",
        )
    )
    # level 2 -------------------------------------------------------------------------------------------
    a = ctx.foreigner()
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "phone"],
            DocSpec(
                title="日本語教室 受講申込書",
                paragraphs=[
                    f"申込日　{ymd(ago(6))}",
                    f"なまえ（Name）　{a.name()}",
                    f"カタカナ　{a.kana}",
                    f"国籍　{a.nat}　在留資格 {a.status}",
                    "希望クラス　☑初級　□中級　託児 □希望する",
                ],
                textboxes=[f"住所 {a.address()}", f"電話 {a.phone}"],
            ),
            note="a one-person form: the address and phone are in text boxes, 2",
        )
    )
    ls = [ctx.foreigner() for _ in range(18)]
    wide: list[list[Cell]] = [far(26, ["No", "Family", "Given", "カタカナ", "国籍", "電話", "クラス"])]
    for i, x in enumerate(ls, start=1):
        wide.append(far(26, [i, x.sei, x.mei, x.kana, x.nat, x.phone, r.choice(["初級A", "初級B", "中級"])]))
    docs.append(
        Doc(
            F,
            "xlsx",
            2,
            ["name", "phone"],
            DocSpec(sheets=[sheet("名簿", wide, first_row=6, title="中央教室 受講者名簿")]),
            note="18 learners with phones, data starting far right, 2",
        )
    )
    b = ctx.foreigner()
    docs.append(
        Doc(
            F,
            "odt",
            2,
            ["name", "phone", "address"],
            DocSpec(
                title="多言語相談 受付票",
                paragraphs=[
                    f"受付日　{ymd(ago(2))}　言語 {r.choice(['ポルトガル語', 'ベトナム語', 'タガログ語'])}　相談員 {ctx.staff()}",
                    f"相談者　{b.mixed()}",
                    f"住所　{b.address()}",
                    f"連絡先　{b.phone}",
                    "内容　転居したので住所を変えたい。家族の分もまとめてできるか。",
                    "対応　市民課で転居届ができること、世帯員の分もできることを説明。在留カードを持参するよう伝えた。",
                ],
            ),
        )
    )
    c = ctx.foreigner("ブラジル")
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "slack",
                    ago(1),
                    [
                        (
                            "14:02",
                            staff,
                            f"明日の{c.kana}さん（{c.name()}）の市民課同行、ポルトガル語通訳お願いできますか",
                        ),
                        ("14:05", ctx.staff(), "大丈夫です。ご本人の連絡先を教えてください"),
                        ("14:06", staff, f"{c.phone} です。夕方以降つながります"),
                        ("14:10", ctx.staff(), "了解です"),
                    ],
                    "tsuyaku-irai",
                )
            ),
            note="a Slack copy: the resident named, a reply gives their phone, 2",
        )
    )
    d = ctx.foreigner()
    t1 = ctx.staff()
    docs.append(Doc(F, "txt", 2, ["name", "address"], DocSpec(paragraphs=mail(
        f"{staff} <kokusai@city.example.lg.jp>", f"{t1}（日本語教室 講師）", "RE: 修了証の送付先について",
        "2024年7月12日 金曜日 9:48",
        [f"{t1} 先生", "", "ご連絡ありがとうございます。修了証は下記の住所に郵送します。",
         f"{d.name()}（{d.kana}）さん　{d.address()}"],
        ["差出人: " + t1, "送信日時: 2024年7月11日 木曜日 20:15", "件名: 修了証の送付先について", "",
         f"{ctx.kokusai} ご担当様", f"中央教室の{d.kana}さんが引越したので、修了証を新しい住所に送ってほしいとのことです。",
         f"新しい住所は {d.address()} です。"])),
        note="an Outlook mail with the quoted earlier mail: a learner's new address; the teacher is in role, 2"))  # fmt: skip
    # level 3 -------------------------------------------------------------------------------------------
    e = ctx.foreigner("フィリピン", born=(1990, 2002))
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="多言語相談 記録（タガログ語）",
        paragraphs=[f"{wareki(ago(15))}　相談員 {ctx.staff()}　記録 {staff}",
                    f"相談者　{e.mixed()}　{e.address()}",
                    "夫の転勤に伴い今年転入。市民課での手続きは済んでいる。",
                    "母子健康手帳は受け取ったが、健診の案内が日本語で読めない、とのこと。英語版の案内を渡した。",
                    "夫は平日は帰りが遅く、病院に一人で行くのが不安との話もあった。",
                    "その後、先週の妊婦健診で切迫早産と言われ、医師から安静と入院をすすめられていることがわかった。",
                    "保健センターの保健師につなぎ、医療通訳の派遣を調整する。"]),
        note="a consultation record in prose: named once, the pregnancy complication comes paragraphs later, 3"))  # fmt: skip
    f_ = ctx.foreigner()
    docs.append(
        Doc(
            F,
            "txt-cp932",
            3,
            ["name", "arrears"],
            DocSpec(
                paragraphs=chat(
                    "arrow",
                    ago(2),
                    [
                        ("", staff, f"日本語教室の{f_.kana}さん、保育園のことで相談したいそうです"),
                        ("", ctx.staff(), "こども課に確認しました"),
                        (
                            "",
                            ctx.staff(),
                            f"保育料が4か月分 未納 で、{yen(r.randint(6, 15) * 10000)}円 の督促状が出ているそうです",
                        ),
                        ("", staff, "分納の相談ができると伝えます"),
                    ],
                    "国際交流係",
                )
            ),
            note="a pasted 「名前 → …」 chat in cp932: the learner named, a reply gives 保育料 arrears, 3",
        )
    )
    roll = [ctx.foreigner() for _ in range(r.randint(106, 118))]
    rrow: list[list[Cell]] = [["年度", "受講番号", "氏名", "カタカナ", "国籍", "電話", "修了"]]
    for i, x in enumerate(roll, start=1):
        rrow.append(
            [
                f"R{r.randint(1, 6)}",
                f"{r.randint(1, 6)}-{i:03d}",
                x.name(),
                x.kana,
                x.nat,
                x.phone,
                r.choice(["○", "○", "×"]),
            ]
        )
    docs.append(
        Doc(
            F,
            "csv-cp932",
            3,
            ["name", "phone"],
            DocSpec(sheets=[sheet("台帳", rrow)]),
            note="a cp932 roll of more than 100 learners over six years with phones, 3",
        )
    )
    h = ctx.foreigner("インドネシア", born=(1985, 2000))
    allergy = r.choice(["卵・小麦", "乳・落花生", "えび・かに"])
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["name", "phone", "health"],
            DocSpec(
                title="こども日本語教室 参加申込・個人票",
                paragraphs=[
                    f"保護者　{h.mixed()}　電話 {h.phone}",
                    f"子ども　{h.sei} {r.choice(['AISYAH', 'FARHAN', 'NADIA'])}（小学3年）",
                    "参加する曜日　土曜",
                    "送迎　保護者",
                ],
                textboxes=[f"【注意】食物アレルギー（{allergy}）あり。エピペン処方。おやつは保護者が用意。"],
            ),
            note="a one-person sheet whose health detail (a child's allergy) is in a text box, 3",
        )
    )
    return docs


def inkan(ctx: Ctx) -> list[Doc]:
    """印鑑登録 and 証明書コンビニ交付."""
    r, F = ctx.rng, "inkan"
    docs: list[Doc] = []
    clerk, chief = ctx.staff(), ctx.staff()
    # level 1 -------------------------------------------------------------------------------------------
    docs.append(Doc(F, "pdf", 1, [], DocSpec(
        title="印鑑登録・証明書のコンビニ交付について",
        paragraphs=["印鑑登録は本人が窓口で申請してください。登録できる印鑑は1人1個です。",
                    "顔写真付きの本人確認書類がない場合は、照会書を郵送し、回答書を持参していただいた時点で登録となります。",
                    "コンビニ交付：住民票の写し・印鑑登録証明書・戸籍証明書等を全国のコンビニで取得できます（6:30～23:00）。",
                    f"問い合わせ　市民課 証明係 {ctx.office_phone(2)}"],
        tables=[[["手続き", "手数料"], ["印鑑登録", "無料"], ["印鑑登録証（カード）再交付", "300円"],
                 ["印鑑登録証明書（窓口）", "300円"], ["印鑑登録証明書（コンビニ）", "200円"]]])))  # fmt: skip
    chains = [s.split(" ")[1] for s in STORES]
    use: list[list[Cell]] = [["月", *chains, "計"]]
    for m in ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]:
        vals = [r.randint(50, 900) for _ in chains]
        use.append([m, *vals, sum(vals)])
    docs.append(Doc(F, "xlsx", 1, [], DocSpec(sheets=[
        sheet("利用件数", use, first_row=4, title="令和5年度 証明書コンビニ交付 利用件数（事業者別）"),
        sheet("証明書別", [["証明書", "件数"], ["住民票の写し", r.randint(5000, 9000)], ["印鑑登録証明書", r.randint(4000, 8000)]],
              state="hidden")]),
        post=merge_xlsx({"利用件数": ["B3:D3", "E3:G3", "A3:A4"]})))  # fmt: skip
    st: list[list[Cell]] = [["事業者名", "法人番号", "本店所在地", "市内店舗数", "サービス開始日"]]
    for s in STORES:
        st.append([s, random_corporate_number(r), f"東京都{r.choice(['港区', '千代田区', '品川区'])}{r.choice(['芝', '丸の内', '大崎'])}{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 15)}",
                   r.randint(5, 40), wareki(dt.date(r.randint(2014, 2023), r.randint(1, 12), 1))])  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            1,
            ["corporate_number"],
            DocSpec(sheets=[sheet("参加事業者", st, title="コンビニ交付 参加事業者一覧")]),
            note="convenience-store companies with 法人番号; サービス開始日 are not birth dates, 1",
        )
    )
    docs.append(
        Doc(
            F,
            "docx",
            1,
            [],
            DocSpec(
                title="印鑑登録申請書 記入例（保証人による場合）",
                paragraphs=[
                    "申請者　住所 " + f"{ctx.city}中央1丁目1番1号　氏名 市民 太郎　生年月日 昭和60年1月1日",
                    "保証人　住所 " + f"{ctx.city}中央2丁目2番2号　氏名 見本 花子　登録番号 000000",
                    "保証人は、本市で印鑑登録をしている方に限ります。保証人の登録印を押印してください。",
                ],
                textboxes=["記入例　ここに登録する印鑑を押してください"],
            ),
            note="a 記入例 with sample applicant and guarantor, 1",
        )
    )
    logr: list[list[Cell]] = [
        ["発生日時", "端末ID", "取引番号", "証明書種別", "エラーコード", "内容", "対応"]
    ]
    for _ in range(14):
        logr.append([f"{ymd(ago(r.randint(1, 30)))} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}", f"KIOSK-{r.randint(100, 999)}",
                     look_alike(r, "9"), r.choice(["住民票", "印鑑証明", "戸籍謄本", "附票"]), f"E{r.randint(100, 999)}",
                     r.choice(["用紙切れ", "通信タイムアウト", "カード読取エラー", "暗証番号相違"]), r.choice(["自動返金", "再発行済", "対応不要"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv",
            1,
            [],
            DocSpec(sheets=[sheet("エラーログ", logr)]),
            note="a kiosk error log with no person; its 12-digit 取引番号 all failing the check digit, 1",
        )
    )
    # level 2 -------------------------------------------------------------------------------------------
    p = ctx.person((1950, 2004))
    ctx.urban(p)
    lines = ["^印鑑登録照会書", "", f">{wareki(TODAY)}", f"〒{p.zip}", f"{p.address()}", f"{p.name()} 様", "",
             f">{ctx.city}長", "", f"{wareki(ago(2))}にあなたから（又は代理人から）印鑑登録の申請がありました。",
             "申請に間違いがなければ、この照会書の回答書欄に記入・押印のうえ、本人確認書類と登録する印鑑を持って",
             f"{wareki(TODAY + dt.timedelta(days=30))}までに市民課へお越しください。",
             "身に覚えのない場合は、すぐに下記へご連絡ください。", "",
             f"問い合わせ　市民課 証明係 {ctx.office_phone(2)}"]  # fmt: skip
    docs.append(
        Doc(
            F,
            "pdf",
            2,
            ["name", "address"],
            DocSpec(title="照会書"),
            post=letter_pdf([spaced_digits(x) for x in lines]),
        )
    )
    q = ctx.person((1940, 2000))
    docs.append(
        Doc(
            F,
            "docx",
            2,
            ["name", "address", "birth_date"],
            DocSpec(
                title="印鑑登録廃止申請書",
                paragraphs=[
                    f"{ctx.city}長 様　{wareki(ago(1))}",
                    f"登録番号　{r.randint(100000, 999999)}",
                    f"住所　{q.address()}",
                    f"氏名　{q.name()}",
                    f"生年月日　{wareki(q.birth, 'abbr')}",
                    "廃止の理由　☑印鑑を紛失した　□登録印を変更する　□その他",
                    "申請者　☑本人　□代理人",
                ],
            ),
        )
    )
    ap, gu = ctx.person((1990, 2004)), ctx.person((1950, 1985))
    rows: list[list[Cell]] = [["印鑑登録 保証書"], [], ["区分", "氏名", "住所", "生年月日", "登録番号"],
                              ["申請者", ap.name(), ap.address(), wareki(ap.birth), "新規"],
                              ["保証人", gu.name(), gu.address(), wareki(gu.birth), str(r.randint(100000, 999999))],
                              [], ["上記の申請者は本人に相違ないことを保証します。"]]  # fmt: skip
    docs.append(
        Doc(
            F,
            "xls",
            2,
            ["name", "address", "birth_date"],
            DocSpec(sheets=[sheet("保証書", rows)]),
            note="an applicant and a private guarantor with addresses and birth dates, 2",
        )
    )
    t = ctx.person((1950, 2000))
    docs.append(
        Doc(
            F,
            "txt",
            2,
            ["name", "phone"],
            DocSpec(
                paragraphs=chat(
                    "teams",
                    ago(2),
                    [
                        (
                            "19:02",
                            clerk,
                            f"コールセンターから転送：{t.name()}さん、コンビニで印鑑証明が出ないそうです",
                        ),
                        ("19:04", chief, "暗証番号ロックかな。明日窓口で解除になると伝えて"),
                        ("19:05", clerk, f"折り返し先 {t.phone} です。明日朝いちで連絡します"),
                        ("19:06", chief, "よろしく"),
                    ],
                    "証明係",
                )
            ),
            note="a Teams thread: a resident named, the reply gives the phone, 2",
        )
    )
    # level 3 -------------------------------------------------------------------------------------------
    regs = ctx.people(r.randint(140, 156), foreign=0.1)
    prt = [
        [
            f"{r.randint(100000, 999999)}",
            x.name(),
            x.kana,
            ymd(x.birth),
            x.address()[:26],
            ymd(ago(r.randint(1, 3000))),
        ]
        for x in regs
    ]
    cols = [
        ("登録番号", 30.0),
        ("氏名", 90.0),
        ("カナ氏名", 200.0),
        ("生年月日", 340.0),
        ("住所", 410.0),
        ("登録日", 680.0),
    ]
    docs.append(Doc(F, "pdf", 3, ["name", "address", "birth_date"], DocSpec(title="印鑑登録原票"),
                    post=system_print("印鑑登録原票 一覧（町別）", f"{ctx.city} 印鑑登録システム  INK-LST", cols, prt, 36,
                                      "出力区分：全件　並び順：町名・登録番号")))  # fmt: skip
    ward = ctx.person((1930, 1950))
    docs.append(Doc(F, "docx", 3, ["name", "address", "health"], DocSpec(
        title="印鑑登録の抹消について（経過記録）",
        paragraphs=[f"対象　{ward.name()}（{ward.address()}）　登録番号 {r.randint(100000, 999999)}",
                    f"{wareki(ago(40))}　親族から、本人の登録印が使われていないか確認したいとの電話あり。",
                    f"{wareki(ago(30))}　法務局から後見登記の通知。住民記録システムに記録。",
                    "登録事項の確認と登録抹消の処理を行った（成年被後見人となったため）。",
                    "親族の話では、本人は昨年秋に脳梗塞で倒れ、血管性認知症と診断されて現在も療養型病院に入院中とのこと。",
                    f"抹消通知は後見人あてに送付した。　記録 {clerk}"]),
        note="a case record in prose: the person named once at the top, the stroke and dementia later, 3"))  # fmt: skip
    u = ctx.person((1945, 2000))
    mn = random_my_number(r)
    docs.append(
        Doc(
            F,
            "docx",
            3,
            ["my_number", "name", "address"],
            DocSpec(
                title="印鑑登録 再登録 受付控え",
                paragraphs=[
                    f"受付 {ymd(ago(1))}　{clerk}",
                    f"申請者　{u.name()}",
                    f"住所　{u.address()}",
                    "旧登録　紛失による廃止（同日）",
                    "新登録番号　" + str(r.randint(100000, 999999)),
                    "本人確認　顔写真付きカード（提示）",
                ],
                header=f"番号 {grouped(mn)}（本人確認済）",
            ),
            note="the My Number sits in the Word header labelled only 番号, 3",
        )
    )
    users = ctx.people(r.randint(118, 130), foreign=0.12)
    urow: list[list[Cell]] = [["利用者ID", "氏名", "カナ", "生年月日", "住所", "カード交付日", "利用登録"]]
    for x in users:
        urow.append([f"U{r.randint(1000000, 9999999)}", x.name(), x.kana, ymd(x.birth), x.address(),
                     ymd(ago(r.randint(10, 1500))), r.choice(["済", "済", "未"])])  # fmt: skip
    docs.append(
        Doc(
            F,
            "csv",
            3,
            ["name", "address", "birth_date"],
            DocSpec(sheets=[sheet("利用者", urow)]),
            note="more than 100 card holders registered for コンビニ交付 with birth dates and addresses, 3",
        )
    )
    return docs


# --- the set --------------------------------------------------------------------------------------------
FAMILIES: list[Callable[[Ctx], list[Doc]]] = [koseki, juminhyo, idou, dv, gaikoku, tabunka, inkan]


def build(rng: random.Random) -> list[Doc]:
    pref, city, ac, zip3, kokusai, towns = rng.choice(CITIES)
    ctx = Ctx(rng, pref, city, ac, zip3, kokusai, towns, set())
    docs: list[Doc] = []
    for family in FAMILIES:
        ctx.used = set()  # a desk's files may name a resident another desk also names
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set33", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
