"""Thirty-ninth red-team set (blind): a prefecture's 保健所 and its 感染症対策 desk serving several towns.

``python -m corpus.redteam.set39 OUT [--seed N]`` writes ``OUT/files/NNN.ext`` and ``OUT/manifest.jsonl``.

Written without reading the detectors, the policy data or the other sets' documents, to be scored on first
contact. One prefecture is drawn per build, with its 保健所 and the three or four towns it serves (大字…番地 and
…丁目 addresses, each town with its area code). Families follow the desk a document comes from: 積極的疫学調査
with its 調査票 and 行動歴 (``ekigaku``), 接触者 and 健康観察 with daily temperatures (``kansatsu``), 結核 with
接触者健診 and DOTS (``kekkaku``), 食中毒 調査 with 喫食者 and 検便 (``shokuchu``), 入院勧告・就業制限 and 公費負担
(``kankoku``), 感染症発生届 from clinics and the 発生動向 (``todoke``), and the 電話相談 and 研修 desk
(``soudan``); each with its public look-alikes (weekly aggregates, 注意喚起 press releases, 手引き and 記入例,
指定医療機関 and contractors with 法人番号, 研修 rosters of clinic staff in role, masked case studies).

The truth is the default policy's text only: 3 for a My Number, health (including pregnancy, allergies and
underlying illness) or arrears about a named private person, or records of more than 100 persons; 2 for a
private person's name with their address, birth date or phone; 1 otherwise. ``types`` lists what a perfect
reader reports about private persons (plus ``corporate_number`` where one is printed); doubtful files carry a
one-line ``note``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.factory.numbers import kanji_number, random_corporate_number, random_my_number
from corpus.factory.redteam_kit import fail_check, grouped, merge_xlsx, pdf_font, yen, ymd
from corpus.factory.sets import cli, write_set
from corpus.factory.spec import Cell, DocSpec, SheetSpec
from corpus.factory.writers import cell_text

SEED = 3939
VARIANT = "redteam39"

# --- pools (this module's own) -------------------------------------------------------------------------
# a town served by the 保健所: (town, 郡 or "", area code, zip prefix, areas); an area ending in "*" takes
# 番地 lots, the others 丁目 lots
Town = tuple[str, str, str, str, list[str]]
# (prefecture, 保健所, the 保健所's own address, its area code, the towns it serves)
PREFS: list[tuple[str, str, str, str, list[Town]]] = [
    ("長野県", "伊那保健所", "伊那市荒井3497", "0265", [
        ("伊那市", "", "0265", "396", ["大字西箕輪*", "大字東春近*", "荒井*", "中央", "西町*", "日影", "上の原"]),
        ("箕輪町", "上伊那郡", "0265", "399", ["大字中箕輪*", "大字三日町*", "松島", "木下*"]),
        ("南箕輪村", "上伊那郡", "0265", "399", ["大字南箕輪*", "北殿*", "神子柴*", "沢尻"]),
        ("辰野町", "上伊那郡", "0266", "399", ["大字伊那富*", "大字辰野*", "樋口*", "中央"]),
    ]),
    ("宮城県", "塩釜保健所", "塩竈市北浜4丁目8番15号", "022", [
        ("塩竈市", "", "022", "985", ["海岸通", "本町", "玉川", "花立町", "北浜", "字伊保石*", "藤倉"]),
        ("多賀城市", "", "022", "985", ["中央", "高崎", "浮島", "大代", "八幡", "桜木"]),
        ("松島町", "宮城郡", "022", "981", ["松島字町内*", "高城字町*", "手樽字三浦*", "磯崎字浜*"]),
        ("七ヶ浜町", "宮城郡", "022", "985", ["吉田浜字野山*", "汐見台", "遠山", "花渕浜字舘下*"]),
    ]),
    ("静岡県", "御殿場保健所", "御殿場市萩原983", "0550", [
        ("御殿場市", "", "0550", "412", ["萩原*", "新橋*", "川島田*", "東田中", "仁杉*", "ぐみ沢*", "新町"]),
        ("裾野市", "", "055", "410", ["佐野*", "伊豆島田*", "平松*", "御宿*", "富士見台", "二ツ屋"]),
        ("小山町", "駿東郡", "0550", "410", ["小山*", "藤曲*", "菅沼*", "用沢*", "大御神*", "湯船*"]),
    ]),
    ("福岡県", "宗像・遠賀保健福祉環境事務所", "宗像市東郷1丁目2番1号", "0940", [
        ("宗像市", "", "0940", "811", ["東郷", "日の里", "自由ヶ丘", "大字田熊*", "大字原町*", "赤間駅前"]),
        ("福津市", "", "0940", "811", ["花見が丘", "中央", "宮司浜", "大字津屋崎*", "大字手光*"]),
        ("岡垣町", "遠賀郡", "093", "811", ["海老津駅南", "大字山田*", "大字吉木*", "東高倉"]),
        ("遠賀町", "遠賀郡", "093", "811", ["大字今古賀*", "大字浅木*", "大字虫生津*", "松の本"]),
    ]),
    ("鹿児島県", "姶良保健所", "姶良市加治木町諏訪町12", "0995", [
        ("霧島市", "", "0995", "899", ["国分中央", "国分府中*", "隼人町真孚*", "隼人町見次*", "国分野口北"]),
        ("姶良市", "", "0995", "899", ["西餅田*", "加治木町本町*", "東餅田*", "宮島町*", "平松*", "東姶良"]),
        ("湧水町", "姶良郡", "0995", "899", ["米永*", "木場*", "北方*", "恒次*", "川西*"]),
    ]),
]  # fmt: skip
SURNAMES: list[tuple[str, str]] = [
    ("一尺八寸", "かまつか"), ("薬袋", "みない"), ("五月女", "そうとめ"), ("百鬼", "なきり"), ("廿楽", "つづら"),
    ("鍛冶屋敷", "かじやしき"), ("左右田", "そうだ"), ("日月", "たちもり"), ("仁平", "にへい"), ("鵜飼", "うかい"),
    ("勘解由小路", "かでのこうじ"), ("蛇穴", "さらぎ"), ("王生", "いくるみ"), ("芥田", "あくただ"),
    ("高橋", "たかはし"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("中村", "なかむら"), ("小林", "こばやし"),
    ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"), ("松本", "まつもと"),
    ("井上", "いのうえ"), ("木村", "きむら"), ("清水", "しみず"), ("山崎", "やまざき"), ("池田", "いけだ"),
    ("橋本", "はしもと"), ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"), ("後藤", "ごとう"),
    ("小川", "おがわ"), ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("村上", "むらかみ"), ("近藤", "こんどう"),
    ("石井", "いしい"), ("坂口", "さかぐち"), ("青木", "あおき"), ("上田", "うえだ"), ("金子", "かねこ"),
    ("竹内", "たけうち"), ("酒井", "さかい"), ("工藤", "くどう"), ("宮下", "みやした"), ("北村", "きたむら"),
    ("柴田", "しばた"), ("市川", "いちかわ"), ("菅原", "すがわら"), ("三浦", "みうら"), ("桑原", "くわばら"),
    ("大西", "おおにし"), ("松井", "まつい"), ("野村", "のむら"), ("菅野", "かんの"), ("樋渡", "ひわたし"),
    ("有働", "うどう"), ("保科", "ほしな"), ("唐沢", "からさわ"), ("赤羽", "あかはね"), ("下平", "しもだいら"),
]  # fmt: skip
MALE: list[tuple[str, str]] = [
    ("朔太郎", "さくたろう"), ("善次郎", "ぜんじろう"), ("甚八", "じんぱち"), ("寛治", "かんじ"), ("鉄男", "てつお"),
    ("正義", "まさよし"), ("健一", "けんいち"), ("隆", "たかし"), ("博之", "ひろゆき"), ("徹", "とおる"),
    ("大翔", "ひろと"), ("蓮", "れん"), ("陽翔", "はると"), ("翔太", "しょうた"), ("雄大", "ゆうだい"),
    ("和也", "かずや"), ("貴之", "たかゆき"), ("智也", "ともや"), ("慎吾", "しんご"), ("剛", "つよし"),
    ("孫四郎", "まごしろう"), ("晴臣", "はるおみ"), ("昭三", "しょうぞう"), ("敬介", "けいすけ"), ("亮", "りょう"),
]  # fmt: skip
FEMALE: list[tuple[str, str]] = [
    ("キヨ", "きよ"), ("ハナ", "はな"), ("千代", "ちよ"), ("文子", "ふみこ"), ("恵子", "けいこ"),
    ("裕子", "ゆうこ"), ("美穂", "みほ"), ("麻衣", "まい"), ("香織", "かおり"), ("優子", "ゆうこ"),
    ("結衣", "ゆい"), ("芽依", "めい"), ("心春", "こはる"), ("葵", "あおい"), ("朋美", "ともみ"),
    ("直美", "なおみ"), ("順子", "じゅんこ"), ("清美", "きよみ"), ("弥生", "やよい"), ("小雪", "こゆき"),
    ("乃愛", "のあ"), ("紗希", "さき"), ("綾乃", "あやの"), ("タマヱ", "たまえ"), ("十和子", "とわこ"),
]  # fmt: skip
BUILDINGS = ["メゾン若葉", "ハイツ春日", "県営住宅", "コーポ中央", "レジデンス駅南", "アーバン高台"]
CLINICS = [
    ("医療法人", "社団恵和会 はしもと内科クリニック"), ("医療法人", "清流会 こばやし小児科医院"),
    ("医療法人", "社団 みどり耳鼻咽喉科"), ("医療法人", "陽光会 中央病院"), ("社会医療法人", "仁愛会 総合病院"),
    ("医療法人", "あさひ会 あさひ皮フ科"), ("医療法人", "誠心会 やまびこ呼吸器内科"), ("医療法人", "社団 さくら産婦人科"),
    ("医療法人", "桂会 かつら整形外科・内科"), ("医療法人", "泉会 いずみ泌尿器科"), ("医療法人", "和光会 わこう医院"),
    ("医療法人", "ひかり会 ひかりこどもクリニック"), ("医療法人", "青葉会 あおば消化器内科"),
    ("社会福祉法人", "恩賜財団 済生会病院"), ("医療法人", "晴嵐会 せいらん診療所"), ("医療法人", "聖和会 聖和病院"),
]  # fmt: skip
COMPANIES = [
    ("株式会社", "ヘルスコール"), ("株式会社", "メディカル移送サービス"), ("有限会社", "ひばり交通"),
    ("株式会社", "環境衛生検査センター"), ("一般財団法人", "県衛生検査協会"), ("株式会社", "つばさ給食"),
    ("株式会社", "かがやき弁当"), ("有限会社", "丸一仕出し店"), ("株式会社", "グリーンフードサービス"),
    ("株式会社", "ミナト臨床検査"), ("合同会社", "さわやかクリーン"), ("株式会社", "コスモ物流"),
    ("株式会社", "ゆうあいケータリング"), ("有限会社", "大黒屋食品"), ("株式会社", "テレサポート東日本"),
]  # fmt: skip
FACILITIES = ["特別養護老人ホーム 桜の園", "介護老人保健施設 はなみずき", "グループホーム ひだまり", "保育園 つくし",
              "私立 若葉幼稚園", "放課後児童クラブ どんぐり", "障害者支援施設 あゆみ", "小規模多機能 ふれあい"]  # fmt: skip
SAMPLE_NAMES = ["感染 太郎", "保健 花子", "喫食 一郎", "観察 次郎", "届出 良子"]
ERAS = [("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)),
        ("大正", "T", dt.date(1912, 7, 30))]  # fmt: skip
TODAY = dt.date(2024, 11, 15)
OUTBREAK = dt.date(2024, 10, 21)
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
SYMPTOMS = ["発熱", "咳嗽", "咽頭痛", "発疹", "結膜充血", "鼻汁", "倦怠感", "頭痛", "関節痛", "リンパ節腫脹"]
GI = ["下痢", "水様便", "嘔吐", "腹痛", "発熱", "血便", "悪寒", "吐き気"]
UNDERLYING = ["糖尿病", "慢性腎不全（人工透析）", "気管支喘息", "関節リウマチ（免疫抑制剤内服中）", "妊娠22週",
              "高血圧症", "COPD", "心不全", "統合失調症（通院中）", "C型肝炎"]  # fmt: skip
DISEASES = ["麻しん", "腸管出血性大腸菌感染症", "結核", "レジオネラ症", "百日咳", "A型肝炎", "日本紅斑熱", "梅毒",
            "劇症型溶血性レンサ球菌感染症", "E型肝炎"]  # fmt: skip
JOBS = [
    "会社員",
    "パート",
    "学生",
    "無職",
    "自営業",
    "介護職員",
    "調理師",
    "看護師",
    "農業",
    "保育士",
    "運転手",
]


# --- helpers (adapted from set34's plumbing) -------------------------------------------------------------
def wareki(d: dt.date, style: str = "long") -> str:
    """Japanese era dates: long 昭和48年3月5日, short S48.3.5, abbr 昭和48.3.5, slash S48/03/05, spaced 令和 6 年 7 月 10 日."""
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


def spaced_digits(text: str) -> str:
    """Digits set apart from the words around them, as a PDF print often extracts: 3丁目12番 → 3 丁目 12 番."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if i and (ch.isdigit() != prev.isdigit()) and ch not in " -" and prev not in " -":
            out.append(" ")
        out.append(ch)
    return "".join(out)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def md(d: dt.date) -> str:
    return f"{d.month}/{d.day}"


@dataclass
class Person:
    sei: str
    mei: str
    sei_kana: str
    mei_kana: str
    sex: str
    birth: dt.date
    town: str
    area: str
    lot: str
    phone: str
    zip: str
    head: str = ""  # prefecture and 郡, for addresses written in full

    def name(self, sep: str = " ") -> str:
        return f"{self.sei}{sep}{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    def address(self, with_pref: bool = False) -> str:
        return (self.head if with_pref else "") + self.town + self.area + self.lot

    def age(self, on: dt.date = TODAY) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


@dataclass
class Ctx:
    rng: random.Random
    pref: str
    hokenjo: str
    seat: str
    ac: str
    towns: list[Town]
    used: set[str] = field(default_factory=set)

    @property
    def office(self) -> str:
        return f"{self.pref}{self.hokenjo}"

    @property
    def town_names(self) -> list[str]:
        return [t[0] for t in self.towns]

    def tel(self, ac: str | None = None, local: int | None = None, line: int | None = None) -> str:
        """A fixed line: area code, local exchange and line number, 10 digits in all."""
        ac = ac or self.ac
        width = 10 - len(ac) - 4
        lo, hi = 2 * 10 ** (width - 1), 10**width - 1
        local = self.rng.randint(lo, hi) if local is None else min(hi, max(lo, local))
        line = self.rng.randint(1000, 9999) if line is None else line
        return f"{ac}-{local}-{line:04d}"

    def office_phone(self, n: int = 0) -> str:
        width = 10 - len(self.ac) - 4
        return self.tel(self.ac, (76 if width == 2 else 363) + n, 3111 + 23 * n)

    def phone(self, ac: str, mobile: float = 0.55) -> str:
        r = self.rng
        if r.random() < mobile:
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        return self.tel(ac)

    def lot(self, area: str) -> str:
        r = self.rng
        if area.endswith("*"):
            base = f"{r.randint(1, 4800)}番地"
            if r.random() < 0.3:
                base += f"{r.randint(1, 12)}"
            elif r.random() < 0.15:
                base = base.translate(FW)
            return base
        style = r.randint(0, 3)
        a, b, c = r.randint(1, 6), r.randint(1, 30), r.randint(1, 24)
        if style == 0:
            text = f"{a}丁目{b}番{c}号"
        elif style == 1:
            text = f"{a}-{b}-{c}"
        elif style == 2:
            text = f"{kanji_number(a)}丁目{b}番地{c}"
        else:
            text = f"{a}丁目{b}-{c}".translate(FW)
        if r.random() < 0.2:
            text += f" {r.choice(BUILDINGS)}{r.randint(1, 4)}0{r.randint(1, 8)}"
        return text

    def urban(self, p: Person) -> str:
        """Move ``p`` to a 丁目 area of one of the towns, with a clean 丁目・番 lot; return the lot."""
        choices = [(t, a) for t in self.towns for a in t[4] if not a.endswith("*")]
        town, area = self.rng.choice(choices)
        p.town, p.area, p.head = town[0], area, self.pref + town[1]
        a, b, c = self.rng.randint(1, 6), self.rng.randint(1, 28), self.rng.randint(1, 20)
        p.lot = f"{a}丁目{b}番地{c}" if self.rng.random() < 0.5 else f"{a}丁目{b}番{c}号"
        return p.lot

    def person(self, born: tuple[int, int] = (1938, 2004), sex: str = "", town: int | None = None) -> Person:
        r = self.rng
        want = sex
        while True:
            sei, sk = r.choice(SURNAMES)
            sex = want or r.choice("男女")
            mei, mk = r.choice(MALE if sex == "男" else FEMALE)
            if sei + mei not in self.used:
                self.used.add(sei + mei)
                break
        t = self.towns[town] if town is not None else r.choice(self.towns)
        area = r.choice(t[4])
        birth = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
        zipc = f"{t[3]}-{r.randint(0, 99):02d}{r.randint(0, 99):02d}"
        return Person(sei, mei, sk, mk, sex, birth, t[0], area.rstrip("*"), self.lot(area), self.phone(t[2]),
                      zipc, self.pref + t[1])  # fmt: skip

    def people(self, n: int, born: tuple[int, int] = (1938, 2004)) -> list[Person]:
        return [self.person(born) for _ in range(n)]

    def staff(self) -> str:
        """An officer or a clinic's doctor (not drawn from the residents: they may share a resident's name)."""
        sei, _ = self.rng.choice(SURNAMES)
        mei, _ = self.rng.choice(MALE + FEMALE)
        return f"{sei} {mei}"

    def company(self) -> str:
        kind, name = self.rng.choice(COMPANIES)
        return f"{kind}{name}" if self.rng.random() < 0.6 else f"{name}{kind}"

    def clinics(self, n: int) -> list[str]:
        picks = self.rng.sample(CLINICS, min(n, len(CLINICS)))
        return [f"{k}{c}" for k, c in picks]

    def hospital(self) -> str:
        """A hospital with beds (not a clinic)."""
        return self.rng.choice([f"{k}{c}" for k, c in CLINICS if c.endswith("病院")])

    def biz_address(self) -> str:
        t = self.rng.choice(self.towns)
        area = self.rng.choice(t[4])
        return t[0] + area.rstrip("*") + self.lot(area).split(" ")[0]

    def temps(self, days: int, fever_from: int = 99) -> list[str]:
        out: list[str] = []
        for d in range(days):
            base = 36.2 + self.rng.random() * 0.7
            if d >= fever_from:
                base = 37.6 + self.rng.random() * 1.6
            out.append(f"{base:.1f}")
        return out


@dataclass
class Doc:
    family: str
    fmt: str
    level: int
    types: list[str]
    spec: DocSpec
    note: str = ""
    post: Callable[[Path], None] | None = None


@dataclass
class Desk:
    """The documents of one desk (a family), added in order."""

    family: str
    docs: list[Doc] = field(default_factory=list)

    def add(
        self,
        fmt: str,
        level: int,
        types: Sequence[str],
        spec: DocSpec,
        note: str = "",
        post: Callable[[Path], None] | None = None,
    ) -> None:
        self.docs.append(Doc(self.family, fmt, level, sorted(set(types)), spec, note, post))


def system_print(
    title: str,
    system: str,
    cols: Sequence[tuple[str, float]],
    rows: list[list[str]],
    per_page: int,
    conditions: str = "",
    ruled: bool = False,
) -> Callable[[Path], None]:
    """Rewrite the file as a core-system list print: landscape, columns placed by x (no table), a system
    banner, the print conditions, a dashed or ruled line under the header and ``n / N`` on every page."""

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
            c.drawRightString(w - 30, h - 22, f"出力日 {ymd(TODAY)}  端末 KS{n % 3 + 1:02d}")
            c.setFont(font, 12)
            c.drawCentredString(w / 2, h - 42, title)
            c.setFont(font, 8)
            y = h - 60
            if conditions:
                c.drawString(30, y, conditions)
                y -= 14
            for label, x in cols:
                c.drawString(x, y, label)
            if ruled:
                c.setLineWidth(0.6)
                c.line(28, y - 4, w - 28, y - 4)
            else:
                c.drawString(30, y - 10, "-" * 170)
            y -= 20
            for row in chunk:
                for value, (_, x) in zip(row, cols, strict=False):
                    c.drawString(x, y, value)
                y -= 12.5
            if n == len(pages):
                c.drawString(30, y - 8, f"【合計 {len(rows)} 件】")
            c.drawCentredString(w / 2, 18, f"{n} / {len(pages)}")
            c.showPage()
        c.save()

    return post


def letter_pdf(lines: Sequence[str], head: str = "", per_page: int = 40) -> Callable[[Path], None]:
    """Rewrite the file as a portrait letter drawn line by line (a word processor's PDF export):
    ``>`` right-aligns a line, ``^`` centres it as a heading."""

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


def spaced_letter(lines: Sequence[str], head: str = "") -> tuple[DocSpec, Callable[[Path], None]]:
    """A letter PDF whose text comes out with its digits set apart (「8 丁目 3 番地」「令和 6 年」)."""
    out = [ln[0] + spaced_digits(ln[1:]) if ln and ln[0] in "^>" else spaced_digits(ln) for ln in lines]
    body = [ln.lstrip("^>") for ln in out]
    return DocSpec(paragraphs=body), letter_pdf(out, head)


def sheet(name: str, rows: Sequence[Sequence[Cell]], **kw: object) -> SheetSpec:
    return SheetSpec(name=name, rows=[list(r) for r in rows], **kw)  # type: ignore[arg-type]


def chat(kind: str, day: dt.date, lines: list[tuple[str, str, str]], room: str) -> list[str]:
    """A chat export as the tools write it: Teams ``[09:19] 名前: …``, LINE WORKS ``09:19<TAB>名前<TAB>…``,
    Slack copied as ``名前  [13:10]`` then the message, or a relay log ``名前 → …``."""
    out: list[str] = []
    if kind == "teams":
        out.append(f"会議チャット: {room}")
        out.append(f"{day.year}/{day.month}/{day.day}")
        out += [f"[{t}] {who}: {msg}" for t, who, msg in lines]
    elif kind == "lineworks":
        wd = "月火水木金土日"[day.weekday()]
        out.append(f"[LINE WORKS] {room}のトーク履歴")
        out.append(f"保存日時：{ymd(day)} 17:46")
        out.append("")
        out.append(f"{ymd(day)}({wd})")
        out += [f"{t}\t{who}\t{msg}" for t, who, msg in lines]
    elif kind == "arrow":
        out.append(f"■{room}（{ymd(day)} 電話・窓口 転記）")
        for t, who, msg in lines:
            out += [f"({t})", f"{who} → {msg}"]
    else:
        out.append(f"#{room}")
        out.append("")
        for t, who, msg in lines:
            out += [f"{who}  [{t}]", msg, ""]
    return out


def mail(
    sender: str,
    to: str,
    subject: str,
    sent: str,
    body: list[str],
    quoted: list[tuple[str, str, str, list[str]]],
) -> list[str]:
    """An Outlook message saved as text, with earlier messages quoted below (``> `` per level)."""
    out = [f"差出人: {sender}", f"送信日時: {sent}", f"宛先: {to}", f"件名: {subject}", "", *body, ""]
    depth = 1
    for who, when, subj, lines in quoted:
        q = "> " * depth
        out += [
            f"{q}-----Original Message-----",
            f"{q}From: {who}",
            f"{q}Sent: {when}",
            f"{q}Subject: {subj}",
        ]
        out += [f"{q}{line}" if line else q.rstrip() for line in lines]
        out.append("")
        depth += 1
    return out


def far_right(rows: Sequence[Sequence[Cell]], skip: int) -> list[list[Cell]]:
    """Shift a table ``skip`` columns to the right (data starting in column Z and beyond)."""
    pad: list[Cell] = [None] * skip
    return [pad + list(r) for r in rows]


def _pp(p: Person) -> str:
    """The label at the top of a one-person sheet: name and kana."""
    return f"{p.name()}（{katakana(p.kana)}）"


def _strs(rows: Sequence[Sequence[Cell]]) -> list[list[str]]:
    """A table as Word and PDF hold it: every cell as text."""
    return [[cell_text(v) for v in r] for r in rows]


def failing(rng: random.Random, n: int, first: str | None = None) -> list[str]:
    """``n`` distinct 12-digit numbers that all fail the My Number check digit."""
    out: list[str] = []
    while len(out) < n:
        bad = fail_check(random_my_number(rng, first), rng.randint(1, 9))
        if bad not in out:
            out.append(bad)
    return out


def _onset(ctx: Ctx, span: int = 20) -> dt.date:
    return OUTBREAK + dt.timedelta(days=ctx.rng.randint(0, span))


# --- 積極的疫学調査 (感染症対策課 疫学調査担当) -----------------------------------------------------------
def ekigaku(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    d = Desk("ekigaku")
    rows: list[list[Cell]]
    towns = ctx.town_names

    # level 1: the 実施要領, which lists the items asked but holds no person
    items = [["項目", "内容", "備考"], ["氏名・生年月日・性別", "本人確認", "調査票 1 面"],
             ["住所・連絡先", "健康観察・連絡のため", "携帯電話を優先"], ["発症日・症状", "感染可能期間の推定", "発症日不明時は検体採取日"],
             ["基礎疾患・妊娠の有無", "重症化リスクの評価", "要配慮個人情報として取扱い"],
             ["行動歴（発症 14 日前から）", "感染源・接触者の特定", "公共交通機関は便名まで"]]  # fmt: skip
    d.add("pdf", 1, [], DocSpec(
        title="積極的疫学調査 実施要領（令和6年度改訂）",
        paragraphs=[f"{ctx.office}", "1 目的　感染症法第15条に基づき、患者・疑似症患者・無症状病原体保有者及び接触者に対し、"
                    "感染源・感染経路の究明と感染拡大防止のための調査を行う。",
                    "2 調査項目　下表のとおり。聞き取った内容は調査票に記録し、施錠保管する。",
                    "3 留意事項　調査票は要配慮個人情報を含むため、庁外への持出し及び私用端末での撮影を禁止する。",
                    "4 関係機関　管内 " + "・".join(towns) + " の保健担当課と、必要に応じて情報を共有する。"],
        tables=[items]))  # fmt: skip

    # level 1: the 調査票 記入例 with a sample person and arrows in text boxes
    onset = dt.date(2024, 10, 3)
    d.add("docx", 1, [], DocSpec(
        title="積極的疫学調査票【記入例】",
        header="記入例（実際の調査では使用しないこと）",
        paragraphs=["※ 太字の箇所は必ず聞き取ること。", "行動歴は発症日の 14 日前から時系列で記入する。"],
        tables=[[["氏名", f"{SAMPLE_NAMES[0]}（カンセン タロウ）"], ["生年月日", "昭和60年4月1日（記入例）"],
                 ["住所", "○○市△△町1丁目2番3号"], ["電話", "XXX-XXXX-XXXX"], ["発症日", wareki(onset)],
                 ["症状", "発熱（38.5℃）、咳、発疹"]],
                [["日付", "時間", "場所", "同行者・接触者"], ["10/1", "8:00-17:00", "勤務先（○○工業）", "同僚 5 名"],
                 ["10/2", "19:00-21:00", "飲食店（△△亭）", "友人 2 名"]]],
        textboxes=["← 発症日は症状が出た最初の日", "← 同居家族は別紙の接触者票へ"]))  # fmt: skip

    # level 1: a 麻しん press release with the case anonymised and the officer named in role
    head = ctx.staff()
    days = sorted({_onset(ctx, 10) for _ in range(3)})
    d.add("docx", 1, [], DocSpec(
        title="麻しん患者の発生について（注意喚起）",
        paragraphs=[f"令和6年{OUTBREAK.month}月{OUTBREAK.day + 2}日", f"{ctx.office}",
                    f"管内（{r.choice(towns)}）在住の 20 代男性が麻しんと診断されました。患者は現在、医療機関に入院しています。",
                    "患者は感染可能期間中に下記の施設等を利用していました。該当する日時に利用された方は、"
                    "症状の有無を確認し、発熱や発疹が出た場合は事前に電話連絡のうえ医療機関を受診してください。",
                    *[f"・{m}月{dd}日 {t} {pl}" for (m, dd), t, pl in zip(((x.month, x.day) for x in days),
                       ["7:10〜7:45", "12:00〜13:30", "18:20〜19:05"], ["JR 線 上り普通列車（3 両目）",
                       "ショッピングセンター フードコート", "ドラッグストア 店内"], strict=False)],
                    "患者の個人情報については、本人及び家族の意向により公表しません。",
                    f"問い合わせ先 {ctx.hokenjo} 感染症対策課 課長 {head} 電話 {ctx.office_phone()}"]))  # fmt: skip

    # level 1: a masked case study (slides)
    d.add("pptx", 1, [], DocSpec(
        title="事例検討 腸管出血性大腸菌 家族内感染",
        paragraphs=["Ａさん（30 代女性）発症 第 1 日 下痢・腹痛", "第 3 日 血便、医療機関受診、便培養で O157 VT2 検出",
                    "同居家族 〇〇 〇〇（夫）、Ｂさん（長男）に健康調査", "長男に二次感染、保育施設の一斉検便を実施",
                    "教訓 手洗いの再指導、入浴順序の指導", "※ 個人が特定されないよう一部改変しています"],
        notes=["説明 5 分。氏名・地名は出さないこと。"]))  # fmt: skip

    # level 1: a Teams thread among staff about the shift of 調査員 (no resident)
    s1, s2, s3 = ctx.staff(), ctx.staff(), ctx.staff()
    d.add("txt", 1, [], DocSpec(paragraphs=chat("teams", TODAY, [
        ("08:41", s1, "今週の疫学調査の電話当番、木曜午後が空いています"),
        ("08:44", s2, "木曜は私が入れます。金曜は研修で不在です"),
        ("08:52", s3, "調査票の様式、最新版を共有フォルダに置きました（第3版）"),
        ("09:03", s1, "ありがとうございます。旧版は削除しておきます"),
        ("09:10", s2, "公用携帯の充電器、2 番が見当たりません。どなたか持っていませんか"),
    ], "感染症対策課 調査班")), note="a staff-only thread about shifts and forms: no resident")  # fmt: skip

    # level 1: survey counts by town and month, quarters merged, raw counts on a hidden sheet
    months = ["4月", "5月", "6月", "7月", "8月", "9月"]
    rows = [
        ["市町村", "第1四半期", None, None, "第2四半期", None, None, "計"],
        ["", *months, ""],
    ]
    raw: list[list[Cell]] = [["市町村", "疾病", "件数"]]
    for t in towns:
        counts = [r.randint(0, 14) for _ in months]
        rows.append([t, *counts, sum(counts)])
        raw += [[t, dis, r.randint(0, 6)] for dis in DISEASES[:4]]
    d.add("xlsx", 1, [], DocSpec(sheets=[
        sheet("件数", rows, title="積極的疫学調査 実施件数（令和6年度上半期）", first_row=3),
        sheet("集計元", raw, state="hidden")]),
        post=merge_xlsx({"件数": ["B3:D3", "E3:G3", "H3:H4", "A3:A4"]}))  # fmt: skip

    # level 2: applicants for part-time 調査補助員, 姓・名・セイ・メイ split, at their home address
    ps = ctx.people(r.randint(10, 14), (1960, 2001))
    rows = [["No", "姓", "名", "セイ", "メイ", "生年月日", "住所", "電話", "勤務可能日"]]
    rows += [[i, p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), p.birth, p.address(), p.phone,
              r.choice(["月水金", "火木", "平日全日", "土日のみ"])] for i, p in enumerate(ps, 1)]  # fmt: skip
    d.add("xlsx", 2, ["name", "address", "birth_date", "phone"], DocSpec(sheets=[
        sheet("登録者", rows, title="会計年度任用職員（疫学調査補助員）登録者一覧", first_row=3)]),
        note="applicants for a part-time post, at their home address, are private persons")  # fmt: skip

    # level 2: a resident's own letter about a call she took for a fraud, signed at the end
    p = ctx.person((1950, 1975), "女")
    d.add("docx", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        f"{ctx.hokenjo} 感染症対策課 御中", "",
        "前略　先日、夕方に「保健所の調査員」を名乗る男性から電話があり、家族の勤務先や最近出かけた場所を"
        "詳しく聞かれました。家族の誰にも心当たりがありません。",
        "最近は役所をかたる詐欺も多いと聞きますので、本当に保健所からの電話だったのか確認していただけないでしょうか。"
        "折り返しのお電話は平日の午前中にいただけると助かります。",
        "草々", "", f"令和6年{TODAY.month}月{TODAY.day - 4}日",
        f"{p.address(True)}", f"{p.name()}", f"電話 {p.phone}"]))  # fmt: skip

    # level 2: a Slack copy where a reply gives the caller's phone
    p = ctx.person((1945, 1990))
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        ("13:10", s1, f"{p.name()}さん（{p.town}）から、調査員の身分証の番号を確認したいと電話がありました"),
        ("13:12", s2, "どの調査員か分かりますか？名簿と照合します"),
        ("13:15", s1, f"名前までは控えていないそうです。折り返し先は {p.phone}、14時以降なら在宅とのこと"),
        ("13:16", s2, "了解、こちらから掛けます"),
    ], "ekigaku-desk")))  # fmt: skip

    # level 2: a spaced-digit reply letter on the published facility name
    p = ctx.person((1955, 1990))
    ctx.urban(p)
    spec, post = spaced_letter(
        [
            f">{ctx.hokenjo}感 第 {r.randint(300, 900)} 号",
            f">令和6年{TODAY.month}月{TODAY.day - 2}日",
            f"〒{p.zip}",
            p.address(),
            f"{p.name()} 様",
            "",
            f">{ctx.office}長",
            "^施設名の公表に関するお問い合わせについて（回答）",
            f"令和6年{TODAY.month - 1}月{r.randint(10, 28)}日付けでお問い合わせのありました件について、下記のとおり回答します。",
            "当所では、不特定多数の方が利用する施設で接触者の特定が困難な場合に限り、施設名を公表しています。",
            "ご指摘の店舗については、利用者の特定ができたため公表しておりません。",
            f"問い合わせ先 感染症対策課 電話 {ctx.office_phone(1)}",
        ]
    )
    d.add("pdf", 2, ["name", "address"], spec, post=post)

    # level 3: a one-person 調査票 with symptoms, underlying illness and the 行動歴
    p = ctx.person((1970, 2004))
    onset = _onset(ctx)
    acts = [[md(onset - dt.timedelta(days=k)), r.choice(["7:30-17:30", "10:00-12:00", "18:30-21:00", "終日"]),
             r.choice(["勤務先", "スーパー", "ジム", "実家", "居酒屋", "病院（付き添い）", "高速バス"]),
             r.choice(["同僚 4 名", "家族", "なし", "友人 3 名", "不明"])] for k in range(6, 0, -1)]  # fmt: skip
    d.add("docx", 3, ["name", "address", "birth_date", "phone", "health"], DocSpec(
        title="積極的疫学調査票（患者用）",
        paragraphs=[f"調査日 {wareki(onset + dt.timedelta(days=3))}  調査者 {ctx.staff()}（電話聞き取り）"],
        tables=[[["氏名", _pp(p)], ["生年月日", f"{wareki(p.birth)}（{p.age()}歳）"], ["性別", p.sex],
                 ["住所", p.address(True)], ["電話", p.phone], ["職業", r.choice(JOBS)],
                 ["発症日", wareki(onset)], ["症状", "、".join(r.sample(SYMPTOMS, 3)) + f"（最高 {r.randint(385, 402) / 10}℃）"],
                 ["基礎疾患", r.choice(UNDERLYING)], ["診断", f"{r.choice(DISEASES[:2])}（{r.choice(ctx.clinics(3))}）"]],
                [["日付", "時間", "場所", "接触者"], *acts]]))  # fmt: skip

    # level 3: a case record in prose: the name once, the pregnancy and the result paragraphs later
    p = ctx.person((1988, 2000), "女")
    onset = _onset(ctx)
    d.add("odt", 3, ["name", "address", "health"], DocSpec(title="疫学調査経過記録", paragraphs=[
        f"対象者 {p.name()}（{p.address()}）について、{wareki(onset)}に医療機関から疑い例として連絡を受けた。",
        "同日、勤務先及び同居家族の状況を電話で聴取した。勤務先は管外の事業所で、通勤には自家用車を使用している。",
        "発症前 2 週間の外出先は、勤務先のほか、週末に訪れた大型商業施設と親族の集まりである。",
        "親族の集まりには 11 名が参加しており、うち 2 名は乳児であったため、優先して連絡をとることとした。",
        "翌日、本人から追加の聴取を行った。本人は妊娠 22 週であり、かかりつけの産婦人科に受診予定があったことが判明した。",
        "検体は衛生研究所で検査し、麻しん IgM 抗体陽性、PCR 陽性の結果を得た。産婦人科と調整し、入院での管理となった。",
        f"記録者 {ctx.staff()}"]))  # fmt: skip

    # level 3: 118–132 persons printed from the surveillance system, with onset and symptoms (ruled)
    ps = ctx.people(r.randint(118, 132))
    rows2 = [[f"K{6000 + i:05d}", p.name(), katakana(p.kana), wareki(p.birth, "short"), str(p.age()), p.town + p.area,
              p.phone, md(_onset(ctx)), "・".join(r.sample(SYMPTOMS, 2)), r.choice(["患者", "疑似症", "無症状"])]
             for i, p in enumerate(ps, 1)]  # fmt: skip
    cols = [("管理番号", 30), ("氏名", 90), ("カナ", 160), ("生年月日", 270), ("年齢", 320), ("住所", 350),
            ("電話", 470), ("発症日", 560), ("症状", 600), ("区分", 720)]  # fmt: skip
    d.add("pdf", 3, ["name", "birth_date", "address", "phone", "health"], DocSpec(paragraphs=["print"]),
          post=system_print("疫学調査対象者一覧", f"感染症サーベイランスシステム {ctx.hokenjo}", cols, rows2, 30,
                            "抽出条件：登録日 令和6年10月1日〜 / 全疾病", ruled=True))  # fmt: skip

    # level 3: a Teams thread where the reply gives the dialysis and the phone
    p = ctx.person((1940, 1965))
    s1, s2 = ctx.staff(), ctx.staff()
    clinic = r.choice(ctx.clinics(4))
    d.add("txt", 3, ["name", "phone", "health"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("09:19", s1, f"{p.name()}さん（{p.town}）の調査、午前中に終わらせたいです"),
        ("09:21", s2, f"その方、人工透析で週 3 回 {clinic} に通っています。送迎車の同乗者も接触者になります"),
        ("09:22", s1, "了解です。連絡先は？"),
        ("09:24", s2, f"連絡先 {p.phone}。午後は透析中なので出られません"),
        ("09:30", s1, "透析室にも連絡を入れておきます"),
    ], "疫学調査 連絡")))  # fmt: skip

    # level 3: a 療養証明 application copy whose My Number is only in the Word header, labelled 番号
    p = ctx.person((1975, 2000))
    num = random_my_number(r)
    onset = _onset(ctx)
    d.add("docx", 3, ["my_number", "name", "address", "birth_date", "health"], DocSpec(
        title="療養証明書（麻しん）交付申請書 控え",
        header=f"受付 R6-{r.randint(100, 999)}　番号 {grouped(num)}",
        paragraphs=[f"申請日 {wareki(TODAY)}", f"申請者 {p.name()}", f"住所 {p.address(True)}",
                    f"生年月日 {wareki(p.birth)}", f"病名 麻しん（発症日 {wareki(onset)}）",
                    f"療養期間 {wareki(onset)}から{wareki(onset + dt.timedelta(days=9))}まで",
                    "使用目的 勤務先への提出", "本人確認 運転免許証"]))  # fmt: skip
    return d.docs


# --- 接触者・健康観察 (感染症対策課 接触者担当) ------------------------------------------------------------
def kansatsu(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    d = Desk("kansatsu")
    rows: list[list[Cell]]
    towns = ctx.town_names

    # level 1: the leaflet for contacts, with a 健康観察票 記入例
    sample = [["日付", "朝", "夕", "症状"]] + [[f"10/{i}", t, u, "なし"] for i, t, u in
                                               zip(range(1, 8), ctx.temps(7), ctx.temps(7), strict=False)]  # fmt: skip
    d.add("pdf", 1, [], DocSpec(
        title="健康観察のお願い（接触者の皆様へ）",
        paragraphs=["最終接触日の翌日から 14 日間、毎日朝と夕の 2 回、体温と症状を記録してください。",
                    "37.5℃以上の発熱や咳・発疹が出たときは、医療機関を受診する前に保健所へ電話してください。",
                    f"記入例（氏名欄：{SAMPLE_NAMES[3]}）", f"{ctx.office} 感染症対策課 電話 {ctx.office_phone()}"],
        tables=[sample]))  # fmt: skip

    # level 1: observations by week and disease (ods)
    weeks = [f"第{w}週" for w in range(40, 46)]
    rows = [["疾病", *weeks, "計"]]
    for dis in DISEASES[:6]:
        n = [r.randint(0, 30) for _ in weeks]
        rows.append([dis, *n, sum(n)])
    d.add("ods", 1, [], DocSpec(sheets=[sheet("健康観察件数", rows), sheet("注記", [["件数は観察開始日で計上"],
                                                                                   ["個人を特定できる情報は含まない"]])]))  # fmt: skip

    # level 1: training slides with a masked contact diagram
    d.add("pptx", 1, [], DocSpec(
        title="接触者調査の進め方（新任者研修）",
        paragraphs=["発端者 Ａさん → 家族 Ｂさん・Ｃさん（同居）", "職場 〇〇 〇〇 ほか 6 名（昼食を共にした）",
                    "濃厚接触者の定義：感染可能期間に 1m 以内で 15 分以上", "健康観察は最終接触日から起算",
                    "連絡がつかない場合は 3 回まで架電し、その後文書で依頼", "記録は共有フォルダの所定の場所に保存"],
        notes=[f"講師 {ctx.hokenjo} 感染症対策課 主査 {ctx.staff()}"]))  # fmt: skip

    # level 1: contractors of the observation line and the transport of samples, with 法人番号
    rows = [["事業者名", "法人番号", "業務", "所在地", "代表者", "電話"]]
    for kind, name in r.sample(COMPANIES, 10):
        rows.append([f"{kind}{name}", random_corporate_number(r), r.choice(["健康観察 自動架電", "検体搬送", "患者移送",
                     "消毒", "コールセンター"]), ctx.biz_address(), f"代表取締役 {ctx.staff()}", ctx.tel(ctx.ac)])  # fmt: skip
    d.add("csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("委託事業者", rows)]))

    # level 1: a LINE WORKS thread among staff about thermometers (no resident), cp932
    s1, s2, s3 = ctx.staff(), ctx.staff(), ctx.staff()
    d.add("txt-cp932", 1, [], DocSpec(paragraphs=chat("lineworks", TODAY, [
        ("10:02", s1, "貸出用の体温計、残り 12 本です"),
        ("10:05", s2, "パルスオキシメーターは 8 台あります。電池の交換が必要なものが 2 台"),
        ("10:07", s3, f"{r.choice(towns)}の保健センターから 20 本借りられるそうです"),
        ("10:11", s1, "午後に取りに行きます。公用車 3 号を予約しました"),
    ], "健康観察チーム")), note="a staff-only thread about thermometer stock: no resident")  # fmt: skip

    # level 1: the automatic-call log, 12-digit 受付番号 failing the check digit, no names (cp932)
    nums = failing(r, r.randint(16, 22))
    rows = [["受付番号", "架電日時", "回", "結果コード", "回答"]]
    for i, num in enumerate(nums):
        rows.append([num, f"{ymd(TODAY - dt.timedelta(days=i % 5))} {8 + i % 3}:{(i * 7) % 60:02d}", str(1 + i % 3),
                     r.choice(["00", "00", "00", "12", "31"]), r.choice(["異常なし", "異常なし", "不在", "要折返し"])])  # fmt: skip
    d.add("csv-cp932", 1, [], DocSpec(sheets=[sheet("架電ログ", rows)]),
          note="12-digit 受付番号 all failing the check digit; no person")  # fmt: skip

    # level 2: a workplace's staff list with phones, pasted far right and down
    ps = ctx.people(r.randint(7, 9), (1965, 2002))
    rows = [["所属", "氏名", "携帯電話", "最終出勤日"]]
    rows += [
        [r.choice(["製造1課", "製造2課", "総務", "品質管理"]), p.name(), p.phone, md(_onset(ctx, 6))]
        for p in ps
    ]
    d.add("xlsx", 2, ["name", "phone"], DocSpec(sheets=[sheet("提出", far_right(rows, 27), first_row=8)]),
          note="a workplace's staff list with phones for contact tracing; no symptom or result is stated")  # fmt: skip

    # level 2: a resident's own letter to the mayor about a staff car, exported with spaced digits
    p = ctx.person((1948, 1975), "男")
    ctx.urban(p)
    spec, post = spaced_letter(
        [
            f"{p.town}長 様",
            "",
            "^保健所の公用車について",
            f"令和6年{TODAY.month}月{TODAY.day - 6}日の朝、保健所の車が私の家の前に 1 時間ほど止まっていました。",
            "近所の方から「何かあったのか」と聞かれ、大変困りました。私の家は関係がありません。",
            "訪問先のお宅への配慮も必要だと思いますので、駐車の場所を考えていただくよう保健所にお伝えください。",
            "",
            f">令和6年{TODAY.month}月{TODAY.day - 5}日",
            f">{p.address()}",
            f">{p.name()}",
            f">電話 {p.phone}",
        ]
    )
    d.add("pdf", 2, ["name", "address", "phone"], spec, post=post)

    # level 2: an Outlook mail whose quoted message gives a resident's address and phone
    p = ctx.person((1950, 1990))
    staff = ctx.staff()
    d.add("txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=mail(
        f"{ctx.hokenjo} 感染症対策課 {staff}", f"{p.sei} 様", "RE: 説明会資料の送付について", f"{ymd(TODAY)} 11:02",
        [f"{p.sei} 様", "お問い合わせありがとうございます。説明会の資料は本日郵送いたしました。", staff],
        [(f"{p.name()}", f"{ymd(TODAY - dt.timedelta(days=1))} 20:41", "説明会資料の送付について",
          ["保健所のご担当者様", "施設向け感染対策説明会に参加できなかったので、資料を送っていただけますか。",
           f"送付先：{p.address(True)}", f"{p.name()}", f"電話 {p.phone}"])])))  # fmt: skip

    # level 2: a one-person application sheet, merged labels
    p = ctx.person((1955, 1995))
    rows = [["申込日", ymd(TODAY), None, None], ["氏名", p.name(), "フリガナ", katakana(p.kana)],
            ["生年月日", wareki(p.birth), "電話", p.phone], ["住所", p.address(True), None, None],
            ["参加希望", "第 2 回（手洗い・消毒）", None, None]]  # fmt: skip
    d.add("xlsx", 2, ["name", "address", "birth_date", "phone"], DocSpec(sheets=[
        sheet("申込書", rows, title="感染対策 住民説明会 参加申込書", first_row=3)]),
        post=merge_xlsx({"申込書": ["B6:D6", "B7:D7"]}))  # fmt: skip

    # level 3: a one-person 健康観察票 with 14 days of temperatures and symptoms
    p = ctx.person((1960, 2004))
    start = _onset(ctx, 8)
    am, pm = ctx.temps(14, 9), ctx.temps(14, 9)
    sym = ["なし"] * 9 + ["咳", "咳・倦怠感", "発熱・咳", "受診（医療機関）", "咳"]
    rows = [
        ["氏名", p.name(), "電話", p.phone],
        ["住所", p.address(), "最終接触日", ymd(start)],
        [],
        ["日付", "朝の体温", "夕の体温", "症状"],
    ]
    rows += [
        [start + dt.timedelta(days=i + 1), a, b, s]
        for i, (a, b, s) in enumerate(zip(am, pm, sym, strict=False))
    ]
    d.add("xlsx", 3, ["name", "address", "phone", "health"], DocSpec(sheets=[
        sheet("健康観察票", rows, title="健康観察票（14日間）", first_row=3)]))  # fmt: skip

    # level 3: a household's observation record in Word (temperatures, a sore throat, a referral)
    head = ctx.person((1965, 1985), "男")
    fam = [head] + [ctx.person((1970, 2018)) for _ in range(3)]
    for q in fam[1:]:
        q.sei, q.sei_kana = head.sei, head.sei_kana
    rels = ["世帯主", "妻", "長女", "長男"]
    rows3 = [["氏名", "続柄", "生年月日", "11/1", "11/2", "11/3", "11/4", "経過"]]
    for q, rel in zip(fam, rels, strict=False):
        t = ctx.temps(4, 2 if rel == "長女" else 9)
        rows3.append([q.name(), rel, wareki(q.birth, "short"), *t,
                      "咽頭痛あり、受診勧奨" if rel == "長女" else "異常なし"])  # fmt: skip
    d.add("docx", 3, ["name", "address", "birth_date", "health"], DocSpec(
        title="世帯健康観察記録", paragraphs=[f"住所 {head.address()}", "聞き取り方法：電話（毎日 10 時）"],
        tables=[rows3], footer=f"{ctx.hokenjo} 感染症対策課"))  # fmt: skip

    # level 3: 112–128 attendees of an event printed from the organiser's list (bulk; dashed)
    ps = ctx.people(r.randint(112, 128))
    rows2 = [[f"{i:04d}", p.name(), katakana(p.kana), p.address(), p.phone, r.choice(["A", "B", "C", "2階席"])]
             for i, p in enumerate(ps, 1)]  # fmt: skip
    cols = [
        ("受付番号", 30),
        ("氏名", 90),
        ("フリガナ", 170),
        ("住所", 290),
        ("電話番号", 560),
        ("座席", 660),
    ]
    d.add("pdf", 3, ["name", "address", "phone"], DocSpec(paragraphs=["print"]),
          post=system_print(f"{r.choice(towns)} 文化祭 来場者名簿（接触者調査用 提出分）", "来場者受付システム",
                            cols, rows2, 32, f"開催日 {ymd(OUTBREAK)}"),
          note="level 3 by bulk: more than 100 attendees with address and phone; no symptom is listed")  # fmt: skip

    # level 3: a LINE WORKS thread where a reply gives the fever and the address
    p = ctx.person((1950, 2000))
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt", 3, ["name", "address", "health"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        ("08:55", s1, f"{p.name()}さん、今朝の報告がまだです"),
        ("09:12", s2, "さっき電話がつながりました。38.9度の発熱と咳があるそうです"),
        ("09:13", s1, "PCR の手配をします。住所は？"),
        ("09:15", s2, f"{p.address()}。車がないので訪問で採取してほしいとのこと"),
        ("09:20", s1, "午後 2 時に伺います"),
    ], "健康観察チーム")))  # fmt: skip
    return d.docs


# --- 結核 (接触者健診・DOTS) ------------------------------------------------------------------------------
def kekkaku(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    d = Desk("kekkaku")
    rows: list[list[Cell]]
    towns = ctx.town_names

    # level 1: the guide to 接触者健診
    d.add("pdf", 1, [], DocSpec(
        title="結核接触者健康診断の手引き（管内版）",
        paragraphs=["1 対象 喀痰塗抹陽性の肺結核患者と、感染可能期間に同一空間で長時間過ごした者",
                    "2 方法 IGRA 検査（原則 2 か月後）、胸部エックス線検査（6 か月後・1 年後・2 年後）",
                    "3 結果の通知 本人に文書で通知し、陽性者には潜在性結核感染症の治療を勧める",
                    "4 費用 感染症法第17条に基づく健診は公費",
                    f"5 実施機関 {ctx.hokenjo} 及び委託医療機関"],
        tables=[[["区分", "IGRA", "胸部X線"], ["同居者", "実施", "実施"], ["職場", "実施", "必要時"],
                 ["医療機関", "必要時", "必要時"]]]))  # fmt: skip

    # level 1: new registrations by town and year, merged header and a hidden rate sheet
    years = ["R元", "R2", "R3", "R4", "R5"]
    rows = [["市町村", "新登録患者数", None, None, None, None], ["", *years]]
    rate: list[list[Cell]] = [["市町村", "人口", "罹患率(10万対)"]]
    for t in towns:
        n = [r.randint(0, 9) for _ in years]
        rows.append([t, *n])
        pop = r.randint(9000, 98000)
        rate.append([t, pop, round(n[-1] * 100000 / pop, 1)])
    d.add("xlsx", 1, [], DocSpec(sheets=[sheet("新登録", rows, title="結核新登録患者数の推移", first_row=3),
                                        sheet("率算出", rate, state="hidden")]),
          post=merge_xlsx({"新登録": ["B3:F3", "A3:A4"]}))  # fmt: skip

    # level 1: the pharmacies cooperating with DOTS, their pharmacists in role (odt)
    rows = [["薬局名", "管理薬剤師", "所在地", "電話", "対応"]]
    for i in range(r.randint(8, 11)):
        tw = ctx.towns[i % len(ctx.towns)]
        rows.append([f"{r.choice(['さくら', 'ひまわり', '中央', 'みどり', 'あおい', 'つばめ'])}薬局 {tw[0]}{'店' if i % 2 else '本店'}",
                     ctx.staff(), ctx.biz_address(), ctx.tel(tw[2]), r.choice(["来局", "訪問", "来局・訪問"])])  # fmt: skip
    d.add("odt", 1, [], DocSpec(title="DOTS 協力薬局一覧", paragraphs=["服薬支援に協力いただいている薬局です（令和6年10月現在）。"],
                                tables=[_strs(rows)]))  # fmt: skip

    # level 1: the press release for the 結核予防週間, naming the director
    d.add("docx", 1, [], DocSpec(
        title="結核予防週間における取組について",
        paragraphs=["9 月 24 日から 30 日は結核予防週間です。", "管内では昨年 " + str(r.randint(8, 19)) +
                    " 人が新たに結核と診断され、その約 7 割が 70 歳以上でした。",
                    "2 週間以上続く咳は、結核の可能性があります。早めに医療機関を受診してください。",
                    f"{ctx.hokenjo}では、期間中に無料の胸部エックス線検診を実施します（要予約）。",
                    f"{ctx.hokenjo}長 {ctx.staff()}", f"問い合わせ {ctx.office_phone(2)}"]))  # fmt: skip

    # level 1: a DOTS conference with the patient anonymised
    d.add("pptx", 1, [], DocSpec(
        title="DOTS カンファレンス（事例）",
        paragraphs=["Ｃさん 70 代男性 独居", "肺結核 治療開始後 2 か月、服薬確認は訪問 週 2 回",
                    "課題 飲み忘れ、介護サービスとの連携", "方針 ヘルパー訪問時の服薬確認を追加",
                    "関係者 〇〇 〇〇（ケアマネジャー）、協力薬局", "評価 服薬率 96%"],
        notes=["実名は記載しない"]))  # fmt: skip

    # level 1: the laboratory's bill for IGRA tests, 12-digit 検体番号 failing the check, no names (xls)
    nums = failing(r, r.randint(14, 20), "4")
    rows = [["検体番号", "受付日", "検査項目", "単価", "備考"]]
    rows += [[n, ymd(TODAY - dt.timedelta(days=20 - i)), r.choice(["IGRA（T-SPOT）", "IGRA（QFT）", "喀痰培養"]),
              yen(r.choice([6300, 6300, 4800])), ""] for i, n in enumerate(nums)]  # fmt: skip
    d.add("xls", 1, [], DocSpec(sheets=[sheet("請求明細", rows, title=f"検査委託料 請求明細（{ctx.company()}）")]),
          note="12-digit 検体番号 all failing the check digit; no person")  # fmt: skip

    # level 2: a spaced-digit invitation to a 接触者健診
    p = ctx.person((1960, 2000))
    ctx.urban(p)
    day = TODAY + dt.timedelta(days=r.randint(10, 20))
    spec, post = spaced_letter(
        [
            f">{ctx.hokenjo}感 第 {r.randint(100, 500)} 号",
            f">令和6年{TODAY.month}月{TODAY.day}日",
            f"〒{p.zip}",
            p.address(),
            f"{p.name()} 様",
            "",
            f">{ctx.office}長",
            "^接触者健康診断のお知らせ",
            "感染症の予防及び感染症の患者に対する医療に関する法律第17条に基づき、健康診断を実施しますのでお知らせします。",
            f"日時 令和6年{day.month}月{day.day}日 午前 9 時 30 分",
            f"場所 {ctx.hokenjo} 1 階 検診室",
            "内容 血液検査（IGRA）",
            "持ち物 この通知、健康保険証",
            f"問い合わせ 電話 {ctx.office_phone(1)}",
        ]
    )
    d.add("pdf", 2, ["name", "address"], spec, post=post,
          note="an invitation to a routine 接触者健診 states no finding or symptom of the addressee")  # fmt: skip

    # level 2: applications to a public lecture, in xls
    ps = ctx.people(r.randint(12, 17))
    rows = [["No", "氏名", "ふりがな", "市町村", "電話", "参加人数"]]
    rows += [[i, p.name(), p.kana, p.town, p.phone, r.choice([1, 1, 2])] for i, p in enumerate(ps, 1)]
    d.add(
        "xls",
        2,
        ["name", "phone"],
        DocSpec(sheets=[sheet("申込", rows, title="結核予防 市民講座 参加申込者")]),
    )

    # level 2: a Teams thread where a reply gives a private lecturer's home address
    p = ctx.person((1950, 1962), "女")
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt", 2, ["name", "address"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("14:02", s1, f"市民講座の講師をお願いした {p.name()}さん（元保健師）の謝金、どこへ送りますか"),
        ("14:05", s2, f"ご自宅です。{p.address(True)}"),
        ("14:06", s1, "振込ではなく現金書留でよいですか"),
        ("14:09", s2, "ご本人の希望で振込です。口座は申出書を見てください"),
    ], "結核係")), note="a retired nurse engaged as a private lecturer is a private person at her home address")  # fmt: skip

    # level 2: the DOTS volunteers with home addresses and phones (odt)
    ps = ctx.people(r.randint(6, 9), (1945, 1975))
    rows = [["氏名", "住所", "電話", "委嘱日", "担当地区"]]
    rows += [[p.name(), p.address(), p.phone, ymd(dt.date(2024, 4, 1)), p.town] for p in ps]
    d.add("odt", 2, ["name", "address", "phone"], DocSpec(
        title="服薬支援協力員 委嘱名簿", paragraphs=["任期 令和6年4月1日から令和8年3月31日まで"], tables=[_strs(rows)]))  # fmt: skip

    # level 3: a DOTS record: daily intake, drugs, side effects; a family contact on a hidden sheet
    p = ctx.person((1940, 1970))
    start = dt.date(2024, 9, 2)
    rows = [
        ["姓", p.sei, "名", p.mei],
        ["生年月日", p.birth, "住所", p.address()],
        ["病名", "肺結核（喀痰塗抹 2+）", "処方", "INH・RFP・EB・PZA"],
        [],
        ["日付", "服薬確認", "方法", "副作用・特記"],
    ]
    for i in range(28):
        day = start + dt.timedelta(days=i)
        rows.append([day, "×" if i in (6, 13) else "○", r.choice(["訪問", "来所", "電話", "ビデオ通話"]),
                     "視力低下の訴え→眼科受診" if i == 17 else ("食欲低下" if i == 9 else "")])  # fmt: skip
    fam = ctx.person((1965, 1990))
    d.add("xlsx", 3, ["name", "address", "birth_date", "phone", "health"], DocSpec(sheets=[
        sheet("服薬記録", rows, title="DOTS 服薬支援記録（9月）", first_row=3),
        sheet("連絡先", [["続柄", "氏名", "電話"], ["長女", fam.name(), fam.phone]], state="hidden")]))  # fmt: skip

    # level 3: results of a 接触者健診, starting in column AB with 姓・名・セイ・メイ
    ps = ctx.people(r.randint(14, 22))
    rows = [["姓", "名", "セイ", "メイ", "生年月日", "関係", "IGRA", "胸部X線", "判定"]]
    for p in ps:
        igra = r.choice(["陰性", "陰性", "陰性", "陽性", "判定保留"])
        rows.append([p.sei, p.mei, katakana(p.sei_kana), katakana(p.mei_kana), wareki(p.birth, "slash"),
                     r.choice(["同居", "職場", "友人"]), igra, "異常なし",
                     "LTBI 治療開始" if igra == "陽性" else "経過観察"])  # fmt: skip
    d.add("xlsx", 3, ["name", "birth_date", "health"], DocSpec(sheets=[
        sheet("結果", far_right(rows, 27), first_row=6)]))  # fmt: skip

    # level 3: 104–118 registered patients printed from the registry (dashed)
    ps = ctx.people(r.randint(104, 118), (1930, 2000))
    kinds = [
        "肺結核 塗抹陽性",
        "肺結核 塗抹陰性",
        "肺外結核（頸部リンパ節）",
        "潜在性結核感染症",
        "結核性胸膜炎",
    ]
    rows2 = [[f"T{p.birth.year % 100:02d}{i:04d}", p.name(), katakana(p.kana), wareki(p.birth, "short"),
              p.address(), r.choice(kinds), ymd(dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))),
              r.choice(["治療中", "観察中", "登録除外予定"])] for i, p in enumerate(ps, 1)]  # fmt: skip
    cols = [("登録番号", 30), ("氏名", 85), ("カナ", 160), ("生年月日", 265), ("住所", 320), ("病型", 530),
            ("登録日", 650), ("状況", 720)]  # fmt: skip
    d.add("pdf", 3, ["name", "birth_date", "address", "health"], DocSpec(paragraphs=["print"]),
          post=system_print("結核登録者 管理一覧", f"結核登録者情報システム {ctx.hokenjo}", cols, rows2, 28,
                            "条件：登録中（除外予定を含む）"))  # fmt: skip

    # level 3: a memo whose My Number is only in a text box labelled 番号確認済
    p = ctx.person((1945, 1975))
    num = random_my_number(r)
    d.add("docx", 3, ["my_number", "name", "address", "health"], DocSpec(
        title="公費負担申請 受付メモ",
        paragraphs=[f"受付日 {wareki(TODAY)}　受付者 {ctx.staff()}", f"申請者 {p.name()}（{p.address()}）",
                    "病名 肺結核（喀痰塗抹陽性）", f"入院先 {ctx.hospital()}", "添付 診断書、レントゲン写真",
                    "備考 本人入院中のため、長男が代理で来所"],
        textboxes=[f"番号確認済 {grouped(num, '-')}"]))  # fmt: skip

    # level 3: a daughter's letter about her father's treatment, with spaced digits
    dau = ctx.person((1965, 1985), "女")
    ctx.urban(dau)
    fa = ctx.person((1935, 1950), "男")
    spec, post = spaced_letter(
        [
            f"{ctx.hokenjo} 御中",
            "",
            "^父の治療についてのお願い",
            f"父 {fa.name()} は令和6年8月に肺結核と診断され、現在 {r.choice(towns)} の自宅で薬を飲んでいます。",
            "最近、薬の副作用か目がかすむと言っており、服薬を嫌がることがあります。",
            "保健師さんの訪問を週 3 回に増やしていただくことはできないでしょうか。",
            "また、医療費の自己負担が心配です。制度について教えてください。",
            "",
            f">令和6年{TODAY.month}月{TODAY.day - 3}日",
            f">{dau.address()}",
            f">{dau.name()}",
            f">電話 {dau.phone}",
        ]
    )
    d.add("pdf", 3, ["name", "address", "phone", "health"], spec, post=post)
    return d.docs


# --- 食中毒調査 (食品衛生課) -----------------------------------------------------------------------------
def shokuchu(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    d = Desk("shokuchu")
    rows: list[list[Cell]]
    towns = ctx.town_names
    shop_kind, shop = r.choice([c for c in COMPANIES if "弁当" in c[1] or "仕出し" in c[1] or "給食" in c[1]])
    event = r.choice(["結婚披露宴", "町内会の敬老会", "スポーツ少年団の合宿", "法事"])

    # level 1: the press release: the business (a company) and counts only
    d.add("docx", 1, [], DocSpec(
        title="食中毒の発生について",
        paragraphs=[f"令和6年{OUTBREAK.month}月{OUTBREAK.day + 4}日", f"{ctx.office} 食品衛生課",
                    f"{OUTBREAK.month}月{OUTBREAK.day}日に{r.choice(towns)}内の施設で提供された仕出し弁当を食べた "
                    f"{r.randint(60, 90)} 名のうち {r.randint(20, 40)} 名が、下痢、嘔吐等の症状を呈しました。",
                    "患者の便及び調理従事者の便からノロウイルス GII を検出したことから、当該施設を原因とする食中毒と断定しました。",
                    f"原因施設 {shop_kind}{shop}（営業者 {shop_kind}{shop} 代表取締役 {ctx.staff()}）",
                    "措置 営業停止 3 日間", "患者は全員快方に向かっています。"]))  # fmt: skip

    # level 1: the questionnaire's 記入例
    d.add("pdf", 1, [], DocSpec(
        title="喫食状況調査票【記入例】",
        paragraphs=[f"氏名 {SAMPLE_NAMES[2]}（記入例）　年齢 45 歳　電話 XXX-XXXX-XXXX",
                    "食べたものに○をつけてください。症状がある方は発症時刻を記入してください。"],
        tables=[[["品目", "喫食", "量"], ["ご飯", "○", "全部"], ["鶏の唐揚げ", "○", "半分"], ["ポテトサラダ", "", ""],
                 ["煮物", "○", "全部"]], [["症状", "有無", "発症時刻"], ["下痢", "有", "10/22 3:00"],
                                          ["嘔吐", "無", ""]]]))  # fmt: skip

    # level 1: yearly figures (csv)
    rows = [["年", "件数", "患者数", "主な病因物質"]]
    for y in range(2015, 2024):
        rows.append([str(y), str(r.randint(1, 6)), str(r.randint(4, 120)),
                     r.choice(["ノロウイルス", "カンピロバクター", "ウエルシュ菌", "アニサキス", "黄色ブドウ球菌"])])  # fmt: skip
    d.add("csv", 1, [], DocSpec(sheets=[sheet("食中毒発生状況", rows)]))

    # level 1: caterers with 法人番号 and their representatives in role (cp932)
    rows = [["営業者", "法人番号", "代表者", "施設所在地", "許可番号", "許可年月日", "電話"]]
    for kind, name in r.sample(COMPANIES, 12):
        rows.append([f"{kind}{name}", random_corporate_number(r), f"代表取締役 {ctx.staff()}", ctx.biz_address(),
                     f"第{r.randint(10, 99)}-{r.randint(1000, 9999)}号", wareki(dt.date(r.randint(2016, 2024), r.randint(1, 12),
                     r.randint(1, 28))), ctx.tel(ctx.ac)])  # fmt: skip
    d.add("csv-cp932", 1, ["corporate_number"], DocSpec(sheets=[sheet("営業者一覧", rows)]))

    # level 1: well-water tests of facilities, 12-digit 水栓番号 failing the check digit (ods)
    nums = failing(r, r.randint(12, 16), "7")
    rows = [["施設名", "水栓番号", "採水日", "一般細菌", "大腸菌", "判定"]]
    rows += [[f"{r.choice(FACILITIES)}（{r.choice(towns)}）", n, ymd(TODAY - dt.timedelta(days=i)),
              str(r.randint(0, 40)), "不検出", "適"] for i, n in enumerate(nums)]  # fmt: skip
    d.add("ods", 1, [], DocSpec(sheets=[sheet("水質検査", rows)]),
          note="12-digit 水栓番号 all failing the check digit; facilities only")  # fmt: skip

    # level 1: a course roster of 食品衛生責任者, named in their role at their business
    rows = [["No", "事業所名", "職名", "氏名", "事業所電話"]]
    for i in range(1, r.randint(14, 20)):
        kind, name = r.choice(COMPANIES)
        rows.append([i, f"{kind}{name}", r.choice(["食品衛生責任者", "調理長", "店長", "工場長"]), ctx.staff(),
                     ctx.tel(ctx.ac)])  # fmt: skip
    d.add("xlsx", 1, [], DocSpec(sheets=[sheet("受講者", rows, title="食品衛生責任者 実務講習会 受講者名簿")]),
          note="food-safety managers named in their role with their business's phone")  # fmt: skip

    # level 2: a complaint of a foreign object, no illness
    p = ctx.person((1950, 1995))
    d.add("docx", 2, ["name", "address", "phone"], DocSpec(
        title="食品等に関する苦情申出書",
        tables=[[["受付日", wareki(TODAY)], ["申出者", p.name()], ["住所", p.address(True)], ["電話", p.phone],
                 ["購入先", f"{ctx.company()}（{r.choice(towns)}）"], ["内容", "弁当の煮物にビニール片が混入していた。健康被害なし。"],
                 ["現品", "保健所で預かり"]]]),
        note="a foreign object with no illness stated: name, address and phone only")  # fmt: skip

    # level 2: a spaced-digit request to the organiser of the event
    p = ctx.person((1955, 1985))
    ctx.urban(p)
    spec, post = spaced_letter(
        [
            f">{ctx.hokenjo}食 第 {r.randint(50, 300)} 号",
            f">令和6年{OUTBREAK.month}月{OUTBREAK.day + 2}日",
            f"〒{p.zip}",
            p.address(),
            f"{p.name()} 様",
            "",
            f">{ctx.office}長",
            "^参加者名簿のご提供について（依頼）",
            f"令和6年{OUTBREAK.month}月{OUTBREAK.day}日の{event}で提供された料理について、調査を行っています。",
            "つきましては、当日の参加者の氏名と連絡先をご提供くださいますようお願いします。",
            "いただいた情報は調査の目的にのみ使用します。",
            f"担当 食品衛生課 電話 {ctx.office_phone(3)}",
        ]
    )
    d.add("pdf", 2, ["name", "address"], spec, post=post)

    # level 2: the guest list the organiser sent (phones, no symptom)
    ps = ctx.people(r.randint(16, 22))
    rows = [["席", "氏名", "ふりがな", "電話"]]
    rows += [[f"{chr(65 + i // 6)}-{i % 6 + 1}", p.name(), p.kana, p.phone] for i, p in enumerate(ps)]
    d.add("csv", 2, ["name", "phone"], DocSpec(sheets=[sheet("参加者", rows)]),
          note="a guest list with phones and no symptom column")  # fmt: skip

    # level 2: a Slack copy where a reply gives the organiser's phone
    p = ctx.person((1955, 1985))
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", OUTBREAK + dt.timedelta(days=1), [
        ("16:40", s1, f"{event}の幹事、{p.name()}さんで合ってますか"),
        ("16:42", s2, f"はい。携帯 {p.phone}、夜 7 時以降なら出られるそうです"),
        ("16:45", s1, "名簿の提供をお願いしてみます"),
    ], "shokuchu-chosa")))  # fmt: skip

    # level 2: where the thank-you cards go (odt)
    ps = ctx.people(r.randint(6, 9))
    rows = [["氏名", "〒", "住所", "発送日"]]
    rows += [[p.name(), p.zip, p.address(), ymd(TODAY)] for p in ps]
    d.add("odt", 2, ["name", "address"], DocSpec(
        title="調査協力者 謝礼送付先", paragraphs=["アンケートに回答いただいた方へ図書カードを送付する。"], tables=[_strs(rows)]),
        note="respondents to a questionnaire at their addresses; nothing on their health")  # fmt: skip

    # level 3: diners with symptoms, 姓/名 split, the menu on a hidden sheet
    ps = ctx.people(r.randint(36, 44))
    rows = [["No", "姓", "名", "年齢", "電話", "発症日時", "症状", "下痢回数", "受診"]]
    for i, p in enumerate(ps, 1):
        sick = r.random() < 0.6
        on = dt.datetime(2024, OUTBREAK.month, OUTBREAK.day + 1, r.randint(0, 23), 0)
        rows.append([i, p.sei, p.mei, p.age(), p.phone, on if sick else None, "・".join(r.sample(GI, 2)) if sick else "なし",
                     r.randint(2, 9) if sick else 0, r.choice(["有", "無"]) if sick else "無"])  # fmt: skip
    menu = [["品目"], ["ご飯"], ["鶏の唐揚げ"], ["ポテトサラダ"], ["煮物"], ["フルーツ"]]
    d.add("xlsx", 3, ["name", "phone", "health"], DocSpec(sheets=[
        sheet("喫食者", rows, title=f"{event} 喫食者調査一覧", first_row=3), sheet("献立", menu, state="hidden")]))  # fmt: skip

    # level 3: stool results of the kitchen staff (ods)
    ps = ctx.people(r.randint(10, 15), (1960, 2004))
    rows = [["氏名", "生年月日", "担当", "採取日", "ノロウイルスGII", "備考"]]
    for p in ps:
        pos = r.random() < 0.3
        rows.append([p.name(), ymd(p.birth), r.choice(["盛付", "調理", "洗浄", "配送"]), ymd(OUTBREAK + dt.timedelta(days=2)),
                     "陽性" if pos else "陰性", "10/20 下痢あり" if pos else ""])  # fmt: skip
    d.add("ods", 3, ["name", "birth_date", "health"], DocSpec(sheets=[sheet("検便結果", rows)]))

    # level 3: 112–128 diners printed from the survey database (ruled)
    ps = ctx.people(r.randint(112, 128))
    rows2 = [[f"{i:03d}", p.name(), katakana(p.kana), str(p.age()), p.town + p.area, p.phone,
              r.choice(["有", "有", "無"]), "・".join(r.sample(GI, 2))] for i, p in enumerate(ps, 1)]  # fmt: skip
    cols = [("No", 30), ("氏名", 60), ("カナ", 140), ("年齢", 250), ("住所", 280), ("電話", 420), ("発症", 520),
            ("症状", 560)]  # fmt: skip
    d.add("pdf", 3, ["name", "address", "phone", "health"], DocSpec(paragraphs=["print"]),
          post=system_print(f"{shop} 仕出し弁当 喫食者調査結果", "食中毒調査支援システム", cols, rows2, 30,
                            f"喫食日 {ymd(OUTBREAK)}", ruled=True))  # fmt: skip

    # level 3: a Teams thread in cp932 where the reply tells of a child's HUS
    p = ctx.person((2014, 2020))
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt-cp932", 3, ["name", "health"], DocSpec(paragraphs=chat("teams", TODAY - dt.timedelta(days=5), [
        ("11:05", s1, f"{p.town}の {p.name()}ちゃん、その後どうですか"),
        ("11:08", s2, f"{ctx.hospital()}に入院中。溶血性尿毒症症候群（HUS）で透析が始まったそうです"),
        ("11:09", s1, "O157 の菌株は衛研に送りました"),
        ("11:15", s2, "家族の検便も明日回収します"),
    ], "食中毒 調査本部")))  # fmt: skip
    return d.docs


# --- 入院勧告・就業制限・公費負担 ---------------------------------------------------------------------------
def kankoku(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    d = Desk("kankoku")
    rows: list[list[Cell]]

    # level 1: the procedure
    d.add("pdf", 1, [], DocSpec(
        title="入院勧告・就業制限の事務手続",
        paragraphs=["1 入院勧告（法第19条・第26条） 医師の届出を受け、入院が必要と認めるときは書面で勧告する。",
                    "2 感染症診査協議会 勧告から 10 日を超えて入院を継続する場合は協議会に諮る。",
                    "3 就業制限（法第18条） 飲食物に直接接触する業務等への従事を制限する。",
                    "4 公費負担（法第37条・第37条の2） 申請書、診断書、世帯の所得を確認する書類を受け付ける。",
                    "5 費用の徴収 所得に応じた自己負担額を決定し、納入通知書を送付する。"]))  # fmt: skip

    # level 1: the 就業制限通知書 記入例, sample name and text boxes
    d.add("docx", 1, [], DocSpec(
        title="就業制限通知書【記入例】",
        paragraphs=[f"{SAMPLE_NAMES[4]} 様（記入例）", "住所 ○○市△△町9丁目9番9号",
                    "感染症の予防及び感染症の患者に対する医療に関する法律第18条第1項の規定により、下記のとおり通知します。",
                    "1 病名 腸管出血性大腸菌感染症", "2 制限する業務 飲食物に直接接触する業務", "3 期間 病原体を保有しなくなるまで"],
        textboxes=["← 病名は届出のとおり", "← 期間は検便結果で判断"]))  # fmt: skip

    # level 1: the 診査協議会 members, doctors and lawyers in role (odt)
    rows = [["区分", "氏名", "所属・職名"]]
    for kind in ["医師", "医師", "医師", "法律学識経験者", "医療以外の学識経験者"]:
        aff = (
            r.choice(ctx.clinics(5)) + " 院長"
            if kind == "医師"
            else r.choice(["弁護士（県弁護士会）", "大学教授（公衆衛生学）", "民生委員児童委員協議会 会長"])
        )
        rows.append([kind, ctx.staff(), aff])
    d.add("odt", 1, [], DocSpec(title="感染症診査協議会 委員名簿", paragraphs=[f"{ctx.office} 感染症診査協議会（任期 令和6年4月1日〜令和8年3月31日）"],
                                tables=[_strs(rows)]))  # fmt: skip

    # level 1: counts of 勧告 and 就業制限 by disease, merged header, hidden notes
    rows = [
        ["疾病", "入院勧告", None, "就業制限", None],
        ["", "R5", "R6上半期", "R5", "R6上半期"],
    ]
    for dis in ["結核", "腸管出血性大腸菌感染症", "麻しん", "細菌性赤痢", "A型肝炎"]:
        rows.append([dis, r.randint(0, 12), r.randint(0, 8), r.randint(0, 10), r.randint(0, 6)])
    d.add("xlsx", 1, [], DocSpec(sheets=[sheet("件数", rows, title="入院勧告・就業制限 件数", first_row=3),
                                        sheet("注", [["注記"], ["件数は勧告日で計上"], ["延長は含まない"]], state="hidden")]),
          post=merge_xlsx({"件数": ["B3:C3", "D3:E3", "A3:A4"]}))  # fmt: skip

    # level 1: the contractors for patient transport and disinfection, with 法人番号 (ods)
    rows = [["事業者", "法人番号", "業務", "契約期間", "契約金額（円）", "連絡先"]]
    for kind, name in r.sample(COMPANIES, 9):
        rows.append([f"{kind}{name}", random_corporate_number(r), r.choice(["患者移送", "消毒", "検体搬送"]),
                     "令和6年4月1日〜令和7年3月31日", yen(r.randint(80, 900) * 10000), ctx.tel(ctx.ac)])  # fmt: skip
    d.add("ods", 1, ["corporate_number"], DocSpec(sheets=[sheet("委託契約", rows)]))

    # level 2: a disclosure request by a resident
    p = ctx.person((1950, 1990))
    d.add("docx", 2, ["name", "address", "phone"], DocSpec(
        title="行政文書開示請求書",
        paragraphs=[f"{ctx.pref}知事 様", f"{wareki(TODAY)}"],
        tables=[[["請求者 氏名", p.name()], ["住所", p.address(True)], ["電話", p.phone],
                 ["請求する文書", f"令和5年度に{ctx.hokenjo}が行った入院勧告の件数が分かる文書"],
                 ["開示の方法", "写しの交付（郵送）"]]]))  # fmt: skip

    # level 2: fees of the 診査協議会 members paid to their home addresses and accounts
    ps = ctx.people(r.randint(4, 5), (1950, 1975))
    rows = [["委員", "住所", "金融機関", "口座番号", "報酬額"]]
    rows += [[p.name(), p.address(), r.choice(["八十二銀行", "七十七銀行", "静岡銀行", "福岡銀行", "鹿児島銀行"]) + " 本店",
              f"普通 {r.randint(1000000, 9999999)}", yen(13600)] for p in ps]  # fmt: skip
    d.add("xlsx", 2, ["name", "address"], DocSpec(sheets=[sheet("報酬", rows, title="感染症診査協議会 委員報酬 支払調書")]),
          note="members paid at their home address and private account: private capacity, level 2")  # fmt: skip

    # level 2: a LINE WORKS thread where a reply gives a neighbour's phone
    p = ctx.person((1945, 1980))
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("lineworks", TODAY, [
        ("15:31", s1, f"移送車の駐車について近所の {p.name()}さんから苦情の電話がありました"),
        ("15:34", s2, "委託業者に伝えます。折り返しは必要ですか"),
        ("15:36", s1, f"課長から一度お詫びの電話を、とのことです。{p.phone}"),
    ], "感染症対策課")))  # fmt: skip

    # level 2: an apology for a misdelivered envelope, spaced digits
    p = ctx.person((1950, 1990))
    ctx.urban(p)
    spec, post = spaced_letter(
        [
            f">令和6年{TODAY.month}月{TODAY.day - 1}日",
            f"〒{p.zip}",
            p.address(),
            f"{p.name()} 様",
            "",
            f">{ctx.office}長",
            "^文書の誤送付についてのお詫びとお願い",
            f"令和6年{TODAY.month}月{TODAY.day - 8}日に当所から発送した文書が、誤ってお客様宛てに配達されました。",
            "大変ご迷惑をおかけし、申し訳ございません。同封の返信用封筒で、未開封のままご返送くださいますようお願いします。",
            f"問い合わせ 感染症対策課 電話 {ctx.office_phone()}",
        ]
    )
    d.add("pdf", 2, ["name", "address"], spec, post=post)

    # level 2: an Outlook mail asking for the meeting summaries to be mailed
    p = ctx.person((1950, 1990))
    staff = ctx.staff()
    d.add("txt", 2, ["name", "address", "phone"], DocSpec(paragraphs=mail(
        f"{ctx.hokenjo} 総務企画課 {staff}", p.name(), "RE: 議事概要の送付", f"{ymd(TODAY)} 09:48",
        [f"{p.sei} 様", "ご請求の議事概要（公開分）を本日発送しました。", staff],
        [(p.name(), f"{ymd(TODAY - dt.timedelta(days=3))} 22:10", "議事概要の送付",
          ["感染症診査協議会の議事概要を郵送でいただけますか。", f"〒{p.zip} {p.address(True)}",
           f"{p.name()}（電話 {p.phone}）"])])))  # fmt: skip

    # level 3: an 入院勧告書 to a named resident, spaced digits
    p = ctx.person((1940, 1980))
    ctx.urban(p)
    hosp = ctx.hospital()
    spec, post = spaced_letter(
        [
            f">{ctx.hokenjo}感 第 {r.randint(600, 900)} 号",
            f">令和6年{TODAY.month}月{TODAY.day - 9}日",
            f"〒{p.zip}",
            p.address(),
            f"{p.name()} 様",
            "",
            f">{ctx.pref}知事",
            "^入院勧告書",
            "感染症の予防及び感染症の患者に対する医療に関する法律第26条において準用する第19条第1項の規定により、"
            "下記のとおり入院を勧告します。",
            "1 病名 肺結核（喀痰塗抹陽性）",
            f"2 入院先 {hosp}（結核病床）",
            f"3 期間 令和6年{TODAY.month}月{TODAY.day - 9}日から 30 日以内",
            "4 この勧告に従わないときは、同条第3項の規定により入院させることがあります。",
        ]
    )
    d.add("pdf", 3, ["name", "address", "health"], spec, post=post)

    # level 3: a 就業制限通知書 (O157) with the birth date and job
    p = ctx.person((1965, 2000))
    d.add("docx", 3, ["name", "address", "birth_date", "health"], DocSpec(
        title="就業制限通知書",
        paragraphs=[f"{p.name()} 様", f"住所 {p.address(True)}", f"生年月日 {wareki(p.birth)}",
                    "感染症の予防及び感染症の患者に対する医療に関する法律第18条第1項の規定により、下記のとおり通知します。",
                    "1 病名 腸管出血性大腸菌感染症（O157 VT2）", "2 制限する業務 飲食物に直接接触する業務（調理）",
                    "3 期間 便培養で 2 回連続陰性が確認されるまで", f"{wareki(TODAY)}", f"{ctx.pref}知事"]))  # fmt: skip

    # level 3: the 公費負担 受付簿 with the My Numbers on a hidden sheet headed only 番号
    ps = ctx.people(r.randint(9, 13), (1935, 1990))
    rows = [["受付ID", "氏名", "生年月日", "住所", "病名", "申請日"]]
    ids = [f"K{r.randint(10000, 99999)}" for _ in ps]
    rows += [[i, p.name(), p.birth, p.address(), r.choice(["肺結核", "潜在性結核感染症", "結核性胸膜炎"]),
              TODAY - dt.timedelta(days=r.randint(1, 40))] for i, p in zip(ids, ps, strict=False)]  # fmt: skip
    hidden: list[list[Cell]] = [["受付ID", "氏名", "番号"]]
    hidden += [[i, p.name(), int(random_my_number(r))] for i, p in zip(ids, ps, strict=False)]
    d.add("xlsx", 3, ["my_number", "name", "address", "birth_date", "health"], DocSpec(sheets=[
        sheet("番号", hidden, state="hidden", number_formats={2: "0"}),
        sheet("受付簿", rows, title="結核医療費 公費負担申請 受付簿", first_row=3)]))  # fmt: skip

    # level 3: a 公費負担 application copy whose My Number is only in the footer as 「○○さんの番号」
    p = ctx.person((1945, 1985))
    num = random_my_number(r)
    d.add("docx", 3, ["my_number", "name", "address", "birth_date", "phone", "health"], DocSpec(
        title="感染症患者医療費公費負担申請書（法第37条の2）控え",
        tables=[[["患者氏名", _pp(p)], ["生年月日", wareki(p.birth)], ["住所", p.address(True)], ["電話", p.phone],
                 ["病名", "肺結核"], ["医療機関", ctx.hospital()], ["申請日", wareki(TODAY)]]],
        footer=f"{p.sei}さんの番号 {grouped(num)}"))  # fmt: skip

    # level 3: a 督促状 for the unpaid share of the hospital costs (odt)
    p = ctx.person((1950, 1985))
    owed = r.randint(8, 60) * 1000
    d.add("odt", 3, ["name", "address", "arrears", "health"], DocSpec(
        title="督促状",
        paragraphs=[f"{p.name()} 様", f"{p.address(True)}",
                    "感染症の予防及び感染症の患者に対する医療に関する法律第37条第2項に基づく入院医療費の自己負担金が、"
                    "納期限を過ぎても納付されていません。",
                    f"未納額 {yen(owed)} 円（結核入院分 令和6年{TODAY.month - 2}月分）",
                    f"指定期限 令和6年{TODAY.month + 1}月{r.randint(5, 20)}日",
                    "期限までに納付がないときは、滞納処分を行うことがあります。", f"{ctx.pref}知事"]),
        note="an unpaid share of a TB admission: arrears and health of a named person")  # fmt: skip
    return d.docs


# --- 感染症発生届・発生動向調査 -----------------------------------------------------------------------------
def todoke(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    d = Desk("todoke")
    rows: list[list[Cell]]
    towns = ctx.town_names

    # level 1: the weekly surveillance report printed over several pages (aggregates only)
    diseases = ["インフルエンザ", "新型コロナウイルス感染症", "RSウイルス感染症", "咽頭結膜熱", "A群溶レン菌咽頭炎",
                "感染性胃腸炎", "水痘", "手足口病", "伝染性紅斑", "突発性発しん", "ヘルパンギーナ", "流行性耳下腺炎",
                "急性出血性結膜炎", "流行性角結膜炎", "マイコプラズマ肺炎"]  # fmt: skip
    rows2 = []
    for w in range(40, 46):
        for dis in diseases:
            n = [r.randint(0, 40) for _ in towns]
            rows2.append(
                [f"2024-{w}", dis, *[str(x) for x in n], str(sum(n)), f"{sum(n) / (3 + len(towns)):.2f}"]
            )
    cols = [("週", 30), ("疾病", 90)] + [(t, 260 + 70 * i) for i, t in enumerate(towns)]
    cols += [("計", 260 + 70 * len(towns)), ("定点当たり", 330 + 70 * len(towns))]
    d.add("pdf", 1, [], DocSpec(paragraphs=["print"]),
          post=system_print("感染症発生動向調査 週報（定点把握疾患）", f"感染症発生動向調査システム {ctx.hokenjo}", cols, rows2,
                            22, "集計単位：市町村別 報告数", ruled=True))  # fmt: skip

    # level 1: sentinel counts by week with merged header and a hidden sheet of clinic codes
    rows = [
        ["疾病", "第43週", None, "第44週", None, "第45週", None],
        ["", "報告数", "定点当たり", "報告数", "定点当たり", "報告数", "定点当たり"],
    ]
    for dis in diseases[:8]:
        cells: list[Cell] = [dis]
        for _ in range(3):
            k = r.randint(0, 60)
            cells += [k, round(k / 7, 2)]
        rows.append(cells)
    codes = [["定点コード", "区分"]] + [
        [f"{r.randint(100, 999)}-{i:02d}", r.choice(["小児科", "内科", "眼科"])] for i in range(7)
    ]
    d.add("xlsx", 1, [], DocSpec(sheets=[sheet("週報", rows, title="定点把握疾患 報告数（管内）", first_row=3),
                                        sheet("定点コード", codes, state="hidden")]),
          post=merge_xlsx({"週報": ["B3:C3", "D3:E3", "F3:G3", "A3:A4"]}))  # fmt: skip

    # level 1: the 発生届 記入例 with a sample patient and a sample doctor
    d.add("docx", 1, [], DocSpec(
        title="麻しん発生届【記入例】",
        paragraphs=["届出は診断後直ちに（全数把握）。FAX 送信後、原本を郵送してください。"],
        tables=[[["患者氏名", f"{SAMPLE_NAMES[0]}（記入例）"], ["性別", "男"], ["生年月日", "平成2年1月1日（記入例）"],
                 ["住所", "○○市△△町1-1-1"], ["診断方法", "PCR 法"], ["届出医師", f"{SAMPLE_NAMES[1]}（記入例）"],
                 ["医療機関", "○○クリニック"]]],
        footer="記入例"))  # fmt: skip

    # level 1: designated and sentinel clinics with 法人番号 and 院長 in role (csv)
    rows = [["医療機関名", "法人番号", "院長", "所在地", "電話", "区分", "指定年月日"]]
    for kind, c in r.sample(CLINICS, r.randint(12, 15)):
        t = r.choice(ctx.towns)
        rows.append([f"{kind}{c}", random_corporate_number(r), ctx.staff(), ctx.biz_address(), ctx.tel(t[2]),
                     r.choice(["結核指定医療機関", "定点（小児科）", "定点（内科）", "感染症指定医療機関"]),
                     wareki(dt.date(r.randint(2000, 2023), r.randint(1, 12), r.randint(1, 28)))])  # fmt: skip
    d.add("csv", 1, ["corporate_number"], DocSpec(sheets=[sheet("指定医療機関", rows)]))

    # level 1: an インフルエンザ 注意報 (slides)
    d.add("pptx", 1, [], DocSpec(
        title="インフルエンザ注意報の発令について",
        paragraphs=[f"第45週の定点当たり報告数が {r.randint(10, 19)}.{r.randint(0, 9)} となり、注意報の基準を超えました",
                    "管内 " + "・".join(towns) + " の全域で増加", "年齢別では 5〜9 歳が最多",
                    "手洗い、咳エチケット、適度な湿度の保持を", "高齢者施設では面会時の体調確認を",
                    f"{ctx.office} {ctx.office_phone(4)}"]))  # fmt: skip

    # level 1: a Teams thread among staff about the weekly count (no resident)
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt", 1, [], DocSpec(paragraphs=chat("teams", TODAY, [
        ("10:30", s1, "第45週の週報、定点 2 か所がまだ未報告です"),
        ("10:33", s2, f"{r.choice(towns)}の小児科定点は FAX が届いていました。入力しておきます"),
        ("10:40", s1, "残り 1 か所は電話で催促します"),
        ("11:02", s2, "集計完了。本庁へ送付しました"),
    ], "発生動向 週報")), note="a staff-only thread about the weekly count: no resident")  # fmt: skip

    # level 2: subscribers to the e-mail bulletin, 姓と名 split, merged title
    ps = ctx.people(r.randint(18, 26))
    rows = [["姓", "名", "住所", "電話", "登録日"]]
    rows += [[p.sei, p.mei, p.address(), p.phone, TODAY - dt.timedelta(days=r.randint(5, 300))] for p in ps]
    d.add("xlsx", 2, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("登録者", rows, title="感染症情報メール配信 登録者", first_row=3)]))  # fmt: skip

    # level 2: a spaced-digit letter appointing a resident as a 手洗い普及員
    p = ctx.person((1950, 1985))
    ctx.urban(p)
    spec, post = spaced_letter(
        [
            f">令和6年{TODAY.month}月{TODAY.day}日",
            f"〒{p.zip}",
            p.address(),
            f"{p.name()} 様",
            "",
            f">{ctx.office}長",
            "^感染症予防普及員の委嘱について",
            "このたび、あなたを感染症予防普及員に委嘱しますので通知します。",
            "任期 令和6年12月1日から令和8年11月30日まで",
            "地域の集まり等で、手洗いや咳エチケットの普及にご協力をお願いします。",
        ]
    )
    d.add("pdf", 2, ["name", "address"], spec, post=post)

    # level 2: a Slack copy: a resident asks for the weekly data; the reply gives the phone
    p = ctx.person((1960, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("slack", TODAY, [
        ("09:05", s1, f"{p.name()}さんから、過去 5 年分の週報データがほしいと問い合わせ"),
        ("09:07", s2, "公開データの URL を案内すれば足ります。連絡先は？"),
        ("09:08", s1, f"{p.phone} です。自治会の勉強会で使うそうです"),
    ], "hassei-doko")))  # fmt: skip

    # level 2: an application whose address and phone are in text boxes
    p = ctx.person((1950, 1995))
    d.add("docx", 2, ["name", "address", "phone"], DocSpec(
        title="感染症予防 市民講座 受講申込書",
        paragraphs=[f"氏名 {p.name()}（{katakana(p.kana)}）", "受講希望 第 3 回 ノロウイルスと家庭の消毒",
                    "申込日 " + wareki(TODAY)],
        textboxes=[f"住所 {p.address(True)}", f"連絡先 {p.phone}"]))  # fmt: skip

    # level 3: a 発生届 as faxed by a clinic (patient, birth date, symptoms; the doctor in role)
    p = ctx.person((1980, 2004))
    dis = r.choice(["麻しん", "腸管出血性大腸菌感染症", "百日咳", "劇症型溶血性レンサ球菌感染症"])
    clinic = r.choice(ctx.clinics(5))
    d.add("pdf", 3, ["name", "address", "birth_date", "phone", "health"], DocSpec(
        title=f"{dis}発生届",
        paragraphs=[f"{ctx.hokenjo}長 殿", "感染症の予防及び感染症の患者に対する医療に関する法律第12条第1項の規定により、以下のとおり届け出る。"],
        tables=[[["患者氏名", p.name()], ["性別", p.sex], ["生年月日", f"{wareki(p.birth)}（{p.age()}歳）"],
                 ["職業", r.choice(JOBS)], ["住所", p.address(True)], ["電話", p.phone],
                 ["症状", "、".join(r.sample(SYMPTOMS, 3))], ["診断方法", "PCR 法（咽頭ぬぐい液）"],
                 ["発病年月日", wareki(_onset(ctx))], ["医師", f"{ctx.staff()}（{clinic}）"]]]))  # fmt: skip

    # level 3: 106–122 notifications of the year in cp932
    ps = ctx.people(r.randint(106, 122), (1930, 2020))
    rows = [["受理番号", "疾病", "氏名", "カナ", "性別", "生年月日", "住所", "届出医療機関"]]
    cl = ctx.clinics(10)
    rows += [[f"R6-{i:04d}", r.choice(DISEASES), p.name(), katakana(p.kana), p.sex, ymd(p.birth), p.address(), r.choice(cl)]
             for i, p in enumerate(ps, 1)]  # fmt: skip
    d.add(
        "csv-cp932", 3, ["name", "birth_date", "address", "health"], DocSpec(sheets=[sheet("受理一覧", rows)])
    )

    # level 3: an Outlook mail from a clinic correcting a 発生届; the quoted message names the patient
    p = ctx.person((1975, 2000))
    doc_, staff = ctx.staff(), ctx.staff()
    clinic = r.choice(ctx.clinics(5))
    d.add("txt", 3, ["name", "birth_date", "health"], DocSpec(paragraphs=mail(
        f"{ctx.hokenjo} 感染症対策課 {staff}", f"{clinic} {doc_} 先生", "RE: 発生届の訂正について", f"{ymd(TODAY)} 16:20",
        ["先生", "訂正の件、承知しました。差し替えの届出を FAX でお送りください。", staff],
        [(f"{clinic} {doc_}", f"{ymd(TODAY)} 12:05", "発生届の訂正について",
          ["お世話になります。", f"昨日届け出た {p.name()}（{wareki(p.birth)}生）の梅毒発生届ですが、",
           "病型を「早期顕症梅毒（第二期）」に訂正させてください。", "よろしくお願いします。"])])))  # fmt: skip

    # level 3: this month's notifications pasted from column AA on row 10, 姓/名 split
    ps = ctx.people(r.randint(22, 34), (1935, 2020))
    rows = [["受理日", "姓", "名", "性別", "年齢", "住所", "疾病名", "診断医療機関"]]
    rows += [[TODAY - dt.timedelta(days=r.randint(0, 14)), p.sei, p.mei, p.sex, p.age(), p.town + p.area,
              r.choice(DISEASES), r.choice(cl)] for p in ps]  # fmt: skip
    d.add(
        "xlsx",
        3,
        ["name", "address", "health"],
        DocSpec(sheets=[sheet("11月", far_right(rows, 26), first_row=10)]),
    )
    return d.docs


# --- 電話相談・研修 ---------------------------------------------------------------------------------------
def soudan(ctx: Ctx) -> list[Doc]:
    r = ctx.rng
    d = Desk("soudan")
    rows: list[list[Cell]]
    towns = ctx.town_names

    # level 1: the infection-control course roster: clinic staff named in their role
    rows = [["No", "医療機関・施設名", "職種", "氏名", "受講区分", None]]
    places = ctx.clinics(8) + r.sample(FACILITIES, 4)
    for i in range(1, r.randint(20, 27)):
        rows.append([i, r.choice(places), r.choice(["看護師", "准看護師", "医師", "臨床検査技師", "介護職員", "事務長"]),
                     ctx.staff(), r.choice(["前期", "後期"]), r.choice(["修了", "修了", "一部欠席"])])  # fmt: skip
    d.add("xlsx", 1, [], DocSpec(sheets=[sheet("受講者", rows, title="院内感染対策研修会 受講者名簿（令和6年度）", first_row=3)]),
          note="clinic and care-home staff named in their role at their workplace",
          post=merge_xlsx({"受講者": ["E3:F3"]}))  # fmt: skip

    # level 1: a course report with a masked case
    d.add("docx", 1, [], DocSpec(
        title="高齢者施設 感染対策研修 実施報告",
        paragraphs=[f"日時 令和6年{TODAY.month - 1}月{r.randint(5, 25)}日 14:00〜16:00　会場 {ctx.hokenjo} 大会議室",
                    f"参加 {r.randint(30, 60)} 名（{len(towns)} 市町村の {r.randint(12, 25)} 施設）",
                    "事例 Ｄさん（80 代、入所者）の発熱から始まった集団感染。〇〇 〇〇 職員の初動と、ゾーニングの課題。",
                    "演習 ガウンテクニック、吐物処理", "アンケート 「分かりやすかった」 92%"]))  # fmt: skip

    # level 1: calls by topic and month (ods)
    topics = ["発熱時の受診", "予防接種", "食中毒の疑い", "結核", "性感染症", "海外渡航", "その他"]
    rows = [["相談内容", "7月", "8月", "9月", "10月"]]
    rows += [[t, *[r.randint(3, 80) for _ in range(4)]] for t in topics]
    d.add("ods", 1, [], DocSpec(sheets=[sheet("相談件数", rows)]))

    # level 1: the FAQ of the consultation line (odt)
    d.add("odt", 1, [], DocSpec(title="感染症電話相談 よくある質問", paragraphs=[
        "Q 熱が出たらどこに相談すればよいですか。 A かかりつけ医に電話で相談してください。",
        "Q 検査は無料ですか。 A 保健所の HIV・梅毒検査は匿名・無料です。",
        "Q 家族が結核と診断されました。 A 保健所から接触者健診のご案内をします。",
        f"相談専用ダイヤル {ctx.office_phone(5)}（平日 8:30〜17:15）"]))  # fmt: skip

    # level 1: the call log with 12-digit 受付番号 failing the check digit and no names (cp932)
    nums = failing(r, r.randint(15, 20), "2")
    lines = ["感染症電話相談 受付ログ（匿名）", "受付番号\t受付日時\t区分\t対応"]
    lines += [f"{n}\t{ymd(TODAY - dt.timedelta(days=i // 3))} {9 + i % 8}:{(i * 11) % 60:02d}\t{r.choice(topics)}\t"
              f"{r.choice(['情報提供', '受診勧奨', '他機関紹介'])}" for i, n in enumerate(nums)]  # fmt: skip
    d.add(
        "txt-cp932",
        1,
        [],
        DocSpec(paragraphs=lines),
        note="12-digit 受付番号 all failing the check digit; no person",
    )

    # level 2: applications to a course in xls
    ps = ctx.people(r.randint(14, 20))
    rows = [["No", "氏名", "市町村", "電話", "希望日"]]
    rows += [[i, p.name(), p.town, p.phone, r.choice(["12/3", "12/10"])] for i, p in enumerate(ps, 1)]
    d.add(
        "xls",
        2,
        ["name", "phone"],
        DocSpec(sheets=[sheet("申込", rows, title="家庭でできる感染対策講座 申込者")]),
    )

    # level 2: a resident's own letter to the director about the busy line, signed at the end
    p = ctx.person((1945, 1980))
    d.add("docx", 2, ["name", "address", "phone"], DocSpec(paragraphs=[
        f"{ctx.hokenjo}長 様", "",
        "講座の日程を聞こうと何度も電話しましたが、いつも話し中でつながりませんでした。",
        "電話がつながらないと、高齢者は困ります。回線を増やすか、広報紙に日程を載せてください。", "",
        f"令和6年{TODAY.month}月{TODAY.day - 2}日", p.address(True), p.name(), f"電話 {p.phone}"]))  # fmt: skip

    # level 2: a relay log of callbacks 「名前 → …」 giving a caller's phone
    p = ctx.person((1950, 1990))
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("arrow", TODAY, [
        ("9:40", s1, f"{s2}さん　{p.name()}さんから講座の会場について問い合わせ。折り返し希望"),
        ("9:52", s2, f"{s1}さん　了解。電話番号は？"),
        ("9:55", s1, f"{s2}さん　{p.phone}（自宅）。午前中なら在宅"),
        ("10:20", s2, f"{s1}さん　会場と駐車場を案内済み"),
    ], "相談 折り返しメモ")))  # fmt: skip

    # level 2: a private lecturer's fee slip (odt)
    p = ctx.person((1950, 1970))
    d.add("odt", 2, ["name", "address"], DocSpec(title="講師謝金 支払調書", tables=[[
        ["講師氏名", p.name()], ["住所", p.address(True)], ["講座名", "家庭でできる感染対策"],
        ["謝金", f"{yen(15000)} 円（源泉徴収後 {yen(13468)} 円）"], ["振込先", f"普通 {r.randint(1000000, 9999999)}"]]]),
        note="a lecturer paid as a private person at their home address")  # fmt: skip

    # level 2: a Teams thread about a visitor's lost wallet; the reply gives the phone
    p = ctx.person((1950, 1995))
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt", 2, ["name", "phone"], DocSpec(paragraphs=chat("teams", TODAY, [
        ("13:02", s1, "相談室に財布の忘れ物がありました"),
        ("13:05", s2, f"午前の来所者の {p.name()}さんのものだと思います。受付票に電話番号があります"),
        ("13:06", s2, f"{p.phone} です"),
        ("13:20", s1, "ご本人に連絡がつきました。夕方取りに来られます"),
    ], "相談係")))  # fmt: skip

    # level 3: the consultation book of 105–124 callers with what they asked about their health (csv)
    ps = ctx.people(r.randint(105, 124), (1940, 2006))
    asks = ["発熱 38℃、受診先の相談", "妊娠中で風しんが心配", "HIV 検査の結果について", "家族が結核で入院、自分も咳",
            "下痢が続く、昨日の弁当が原因か", "帯状疱疹、水痘の孫と同居", "梅毒の症状について", "予防接種の副反応（発熱）"]  # fmt: skip
    rows = [["受付日", "氏名", "年齢", "電話", "市町村", "相談内容", "対応"]]
    rows += [[ymd(TODAY - dt.timedelta(days=r.randint(0, 90))), p.name(), str(p.age()), p.phone, p.town,
              r.choice(asks), r.choice(["受診勧奨", "情報提供", "検査案内"])] for p in ps]  # fmt: skip
    d.add("csv", 3, ["name", "phone", "health"], DocSpec(sheets=[sheet("相談受付簿", rows)]))

    # level 3: a consultation record in prose: the name once, the pregnancy and the antibody result later
    p = ctx.person((1990, 2002), "女")
    d.add("docx", 3, ["name", "phone", "health"], DocSpec(title="相談記録", paragraphs=[
        f"相談者 {p.name()}（電話 {p.phone}）", "職場で発疹の出た同僚がいると聞き、自分にうつっていないか心配との相談。",
        "同僚は先週から休んでおり、診断名は聞いていないとのこと。職場は事務所で、席は離れている。",
        "相談者の予防接種歴は母子手帳で確認できるが、手元にないため後日確認することとした。",
        "再度の電話で、現在妊娠 14 週であることが分かった。妊婦健診で風しん抗体価が HI 8 倍と低値だったと話す。",
        "産婦人科主治医に相談するよう助言し、同居の夫の抗体検査・予防接種を勧めた。", f"対応者 {ctx.staff()}"]))  # fmt: skip

    # level 3: a relay log in cp932 where a reply states a caller's arrears
    p = ctx.person((1950, 1985))
    s1, s2 = ctx.staff(), ctx.staff()
    d.add("txt-cp932", 3, ["name", "phone", "arrears"], DocSpec(paragraphs=chat("arrow", TODAY, [
        ("14:10", s1, f"{s2}さん　{p.name()}さん（{p.phone}）が検査手数料の減免を受けたいとのこと"),
        ("14:25", s2, f"{s1}さん　税務課に確認。国民健康保険税を 2 年分滞納していて督促中。減免は難しい"),
        ("14:30", s1, f"{s2}さん　分納の相談先を案内します"),
    ], "相談 連絡メモ")))  # fmt: skip

    # level 3: 110–128 course participants of the year, pasted from column Z (bulk)
    ps = ctx.people(r.randint(110, 128))
    rows = [["受講回", "氏名", "フリガナ", "住所", "電話"]]
    rows += [[f"第{r.randint(1, 6)}回", p.name(), katakana(p.kana), p.address(), p.phone] for p in ps]
    d.add("xlsx", 3, ["name", "address", "phone"], DocSpec(sheets=[
        sheet("受講者", far_right(rows, 25), first_row=4), sheet("メモ", [["集計は第6回終了後に更新"]])]),
        note="level 3 by bulk: more than 100 participants with address and phone")  # fmt: skip
    return d.docs


FAMILIES: list[Callable[[Ctx], list[Doc]]] = [ekigaku, kansatsu, kekkaku, shokuchu, kankoku, todoke, soudan]


def build(rng: random.Random) -> list[Doc]:
    pref, hokenjo, seat, ac, towns = rng.choice(PREFS)
    ctx = Ctx(rng, pref, hokenjo, seat, ac, towns)
    docs: list[Doc] = []
    for family in FAMILIES:
        docs.extend(family(ctx))
    return docs


def generate(out: Path, seed: int = SEED) -> list[dict[str, object]]:
    return write_set(build(random.Random(seed)), out, VARIANT)


def main(argv: Sequence[str] | None = None) -> int:
    return cli(argv, "python -m corpus.redteam.set39", __doc__ or "", generate, SEED)


if __name__ == "__main__":
    sys.exit(main())
