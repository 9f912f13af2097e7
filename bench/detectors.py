"""Detector throughput and the word-boundary analysers: ``python -m bench.detectors [--analysers]``.

(a) Characters per second (CPU time) of all registered detectors over running text: the text files of the
    generated evaluation corpus (memos, letters, case notes), repeated to about 2 M characters and
    cut into paragraphs, as one document per 200 paragraphs (detectors cache per document).
(b) Cells per second over a 5,000-row person table and a 5,000-row facility table.
(c) With ``--analysers``: SudachiPy (core and small dictionaries) and fugashi + unidic-lite on the
    word-boundary cases of docs/decisions.md (quality) and on the whole text (characters/s).

Run it on two checkouts to compare (``PYTHONPATH=OTHER/src python -m bench.detectors``).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from assetclass.config import default_config
from assetclass.engine import get_engine
from assetclass.interfaces import DetectContext
from assetclass.model import Document, Table, TextBlock

REPO = Path(__file__).resolve().parents[1]
TARGET_CHARS = 2_000_000
# (text, whether a word of the health/arrears vocabulary is really there)
BOUNDARY_CASES: tuple[tuple[str, str, bool], ...] = (
    ("最後までがんばるつもりです", "がん", False),
    ("しゃがんで靴ひもを結ぶ", "がん", False),
    ("がんじょうな箱に入れた", "がん", False),
    ("がんこな性格です", "がん", False),
    ("手続きは滞りなく終わった", "滞り", False),
    ("父はがんで入院した", "がん", True),
    ("胃がんの手術を受けた", "がん", True),
    ("がんが見つかった", "がん", True),
    ("支払いが滞りがちです", "滞り", True),
    ("週に一度通院している", "通院", True),
    ("通院中のため欠席", "通院", True),
    ("眼科に通院", "通院", True),
)


def _paragraphs() -> list[str]:
    corpus = REPO / "build" / "eval-corpus"
    if not (corpus / "manifest.jsonl").is_file():
        from corpus.eval.generate import DEFAULT_PER_FAMILY, DEFAULT_SEED, generate

        generate(corpus, DEFAULT_SEED, DEFAULT_PER_FAMILY, "a")
    texts = []
    for p in sorted(corpus.glob("files/*.txt")):
        for enc in ("utf-8-sig", "cp932"):
            try:
                texts.append(p.read_text(encoding=enc))
                break
            except UnicodeDecodeError:
                continue
    lines = [ln for t in texts for ln in t.splitlines() if ln.strip()]
    out: list[str] = []
    total = 0
    while total < TARGET_CHARS:
        for ln in lines:
            out.append(ln)
            total += len(ln)
    return out


def _run(docs: list[Document]) -> float:
    engine = get_engine(default_config())
    # CPU time of this process: the machine is shared, wall-clock time varies with its load
    started = time.process_time()
    for doc in docs:
        context = DetectContext(config=engine.config)
        for detector in engine.detectors:
            for _ in detector.detect(doc, context):
                pass
    return time.process_time() - started


def text_throughput() -> tuple[int, float]:
    paras = _paragraphs()
    docs = [
        Document(
            f"bench{i}.txt",
            "txt",
            blocks=[TextBlock(p, f"paragraph {k + 1}") for k, p in enumerate(paras[i : i + 200])],
        )
        for i in range(0, len(paras), 200)
    ]
    chars = sum(len(p) for p in paras)
    return chars, _run(docs)


def table_throughput() -> tuple[int, float]:
    rng = random.Random(7)
    surnames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
    given = ["太郎", "花子", "一郎", "直美", "健", "由美", "大輔", "美咲", "翔", "陽子"]
    persons = [["氏名", "住所", "電話番号", "生年月日"]] + [
        [
            f"{rng.choice(surnames)} {rng.choice(given)}",
            f"釜石市只越町{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            f"0193-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            f"昭和{rng.randint(20, 60)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        ]
        for _ in range(5000)
    ]
    kinds = ["公園", "保育所", "集会所", "倉庫", "小学校"]
    facilities = [["名称", "名称_カナ", "住所", "電話番号", "緯度", "経度"]] + [
        [
            f"{rng.choice(surnames)}{rng.choice(kinds)}",
            "カナ",
            f"焼津市栄町{rng.randint(1, 9)}-{rng.randint(1, 30)}",
            f"054-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
            f"34.{rng.randint(100000, 999999)}",
            f"138.{rng.randint(100000, 999999)}",
        ]
        for _ in range(5000)
    ]
    docs = [
        Document("p.csv", "csv", tables=[Table("p.csv", "p.csv", persons)]),  # type: ignore[arg-type]
        Document("f.csv", "csv", tables=[Table("f.csv", "f.csv", facilities)]),  # type: ignore[arg-type]
    ]
    cells = sum(len(r) for r in persons) + sum(len(r) for r in facilities)
    return cells, _run(docs)


def analysers(paras: list[str]) -> None:  # pragma: no cover - a measurement
    from assetclass.detect.words import negated  # not in checkouts older than the analyser

    sample = "\n".join(paras)[:300_000]
    candidates = []
    try:
        from sudachipy import Dictionary, SplitMode

        for name in ("core", "small"):
            started = time.perf_counter()
            tok = Dictionary(dict=name).tokenizer(mode=SplitMode.C)
            load = time.perf_counter() - started

            def spans(text: str, tok=tok) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
                return [(m.begin(), m.end(), m.part_of_speech()[0]) for m in tok.tokenize(text)]

            candidates.append((f"sudachipy {name}", load, spans))
    except ImportError:
        print("sudachipy not installed")
    try:
        import fugashi

        started = time.perf_counter()
        tagger = fugashi.Tagger()
        load = time.perf_counter() - started

        def fspans(text: str) -> list[tuple[int, int, str]]:
            out, pos = [], 0
            for w in tagger(text):
                start = text.index(w.surface, pos)
                pos = start + len(w.surface)
                out.append((start, pos, w.feature.pos1))
            return out

        candidates.append(("fugashi unidic-lite", load, fspans))
    except ImportError:
        print("fugashi not installed")
    for name, load, spans in candidates:
        right = 0
        for case, word, truth in BOUNDARY_CASES:
            s = case.index(word)
            e = s + len(word)
            inside = [t for t in spans(case) if t[0] < e and t[1] > s]
            aligned = inside[0][0] == s and inside[-1][1] == e
            # the product's rule (assetclass.detect.words): aligned, or inside one noun, not negated
            ok = (aligned or (len(inside) == 1 and inside[0][2] == "名詞")) and not negated(case, e)
            right += ok == truth
        started = time.perf_counter()
        for chunk in (sample[i : i + 2000] for i in range(0, len(sample), 2000)):
            spans(chunk)
        seconds = time.perf_counter() - started
        print(
            f"{name:<22} load {load:.2f} s, boundary cases {right}/{len(BOUNDARY_CASES)}, "
            f"whole text {len(sample) / seconds:,.0f} chars/s"
        )
    substring = sum(1 for _, _, truth in BOUNDARY_CASES if truth)
    print(f"{'substring (before)':<22} boundary cases {substring}/{len(BOUNDARY_CASES)}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.detectors", description=__doc__.splitlines()[0])
    parser.add_argument("--analysers", action="store_true", help="also compare the morphological analysers")
    args = parser.parse_args()
    get_engine(default_config())  # plugin loading is not detector time
    chars, seconds = text_throughput()
    print(f"text:  {chars:,} characters in {seconds:.2f} s = {chars / seconds:,.0f} characters/s")
    cells, seconds = table_throughput()
    print(f"table: {cells:,} cells in {seconds:.2f} s = {cells / seconds:,.0f} cells/s")
    if args.analysers:
        analysers(_paragraphs())


if __name__ == "__main__":
    main()
