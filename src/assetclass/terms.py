"""Display-time vocabulary: finding types, locators, statuses, severities and OS errors in Japanese.

Locators are produced by extractors and label codecs in one English grammar ("paragraph 9",
"page 1 line 3", "header (section 1, first page)", "table 2 (row 3, col 4)") and that text is
also the JSON Lines contract, so it is never changed where it is stored. Human-facing output in
``--lang ja`` passes it through :func:`locator` (or :func:`localize`, for a message that quotes
locators) at display time. The grammar is matched word by word: a sheet name or a cell reference
(``名簿!D7``) is left as written.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable

#: Finding types in both languages (the policy's reasons and every display use these names).
TYPE_NAMES: dict[str, tuple[str, str]] = {
    "my_number": ("個人番号", "My Number"),
    "corporate_number": ("法人番号", "corporate number"),
    "name": ("氏名", "name"),
    "address": ("住所", "address"),
    "birth_date": ("生年月日", "birth date"),
    "phone": ("電話番号", "phone number"),
    "arrears": ("滞納情報", "arrears"),
    "health": ("健康・障害情報", "health data"),
    "gender": ("性別", "gender"),
    "relationship": ("続柄", "relationship"),
    "household_number": ("世帯番号", "household number"),
    "income": ("収入・所得", "income"),
    "email": ("メールアドレス", "email address"),
    "bank_account": ("口座番号", "bank account"),
    "my_number_unverified": ("個人番号（OCR・要確認）", "My Number (OCR, unverified)"),
}

# finding types that detectors use besides the policy's own (e.g. columns typed as staff)
_EXTRA_TYPES: dict[str, tuple[str, str]] = {
    "staff": ("職員", "staff"),
    "resident": ("住民", "resident"),
    "other_number": ("その他の番号", "other number"),
    "name_kana": ("氏名（カナ）", "name (kana)"),
    "postal_code": ("郵便番号", "postal code"),
}

STATUS: dict[str, tuple[str, str]] = {
    "ok": ("正常", "ok"),
    "error": ("読み取りエラー", "error"),
    "encrypted": ("暗号化", "encrypted"),
    "unsupported": ("非対応", "unsupported"),
    "skipped": ("スキップ", "skipped"),
}

SEVERITY: dict[str, tuple[str, str]] = {
    "error": ("エラー", "error"),
    "warning": ("警告", "warning"),
    "info": ("情報", "info"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def type_name(type_id: str, lang: str) -> str:
    """``arrears`` → 滞納情報 (ja) / ``arrears`` (en: the id, which is the JSON term)."""
    if lang == "en":
        return type_id
    pair = TYPE_NAMES.get(type_id) or _EXTRA_TYPES.get(type_id)
    return pair[0] if pair else type_id


def status_name(status: str, lang: str) -> str:
    return _pick(STATUS.get(status, (status, status)), lang)


def severity_name(severity: str, lang: str) -> str:
    return _pick(SEVERITY.get(severity, (severity, severity)), lang)


# --- locators --------------------------------------------------------------------------------
_HF_KIND = {"header": "ヘッダー", "footer": "フッター"}
_HF_TYPE = {
    "default": "既定",
    "first page": "先頭ページ",
    "first": "先頭ページ",
    "even pages": "偶数ページ",
    "even": "偶数ページ",
}


_XL_PAGES = {"odd": "奇数ページ", "even": "偶数ページ", "first": "先頭ページ"}


def _hf(m: re.Match[str]) -> str:
    kind = _HF_KIND[m.group("kind")]
    parts = [f"セクション {m.group('n')}"]
    if m.group("type"):
        parts.append(_HF_TYPE.get(m.group("type"), m.group("type")))
    return f"{kind}（{'、'.join(parts)}）"


_N = r"(\d+)"
# order matters: longer phrases first ("page 1 line 3" before "page 1")
_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (
        re.compile(
            r"\b(?P<kind>header|footer) \(section (?P<n>\d+)(?:, (?P<type>default|first page|even pages|first|even))?\)"
        ),
        _hf,
    ),
    (
        re.compile(r"\b(header|footer) \((.+), (odd|even|first)(?:Header|Footer)\)"),
        lambda m: f"{_HF_KIND[m[1]]}（{m[2]}、{_XL_PAGES[m[3]]}）",
    ),
    (re.compile(rf"\bpage {_N} line {_N}\b"), r"\1 ページ \2 行"),
    (re.compile(rf"\bpage {_N} lines {_N}-{_N}\b"), r"\1 ページ \2-\3 行"),
    (re.compile(rf"\bpage {_N} table {_N}\b"), r"\1 ページ 表 \2"),
    (
        re.compile(rf"\bpage {_N} (top|bottom)\b"),
        lambda m: f"{m[1]} ページ{'上部' if m[2] == 'top' else '下部'}",
    ),
    (re.compile(rf"\bpages {_N}-{_N}\b"), r"\1-\2 ページ"),
    (re.compile(rf"\bpage {_N}\b"), r"\1 ページ"),
    (re.compile(rf"\bbody line {_N}\b"), r"本文 \1 行"),
    (re.compile(rf"\blines {_N}-{_N} line {_N}\b"), r"\1-\2 行（\3 行目）"),
    (re.compile(rf"\blines {_N}-{_N}\b"), r"\1-\2 行"),
    (re.compile(rf"\bline {_N}\b"), r"\1 行"),
    (re.compile(rf" ?\(row {_N}, col {_N}\)"), r"（\1 行 \2 列）"),
    (re.compile(rf" ?\(rows {_N}-{_N}, col {_N}\)"), r"（\1-\2 行 \3 列）"),
    (re.compile(rf" ?\(rows {_N}-{_N}\)"), r"（\1-\2 行）"),
    (re.compile(rf"\brow {_N}\b"), r"\1 行"),
    (re.compile(rf"\bparagraph {_N}\b"), r"段落 \1"),
    (re.compile(rf"\bslide {_N} table {_N}\b"), r"スライド \1 表 \2"),
    (re.compile(rf"\bslide layout {_N}\b"), r"スライドレイアウト \1"),
    (re.compile(rf"\bslide master {_N}\b"), r"スライドマスター \1"),
    (re.compile(rf"\bslide {_N}\b"), r"スライド \1"),
    (re.compile(r" ?\(notes\)"), "（ノート）"),
    (re.compile(r" ?\(comment\)"), "（コメント）"),
    (re.compile(rf"\bnotes {_N}\b"), r"ノート \1"),
    (re.compile(rf"\btable {_N}\b"), r"表 \1"),
    (re.compile(rf"\bcomment {_N}\b"), r"コメント \1"),
    (re.compile(rf"\btext box {_N}\b"), r"テキストボックス \1"),
    (re.compile(rf"\bfootnote {_N}\b"), r"脚注 \1"),
    (re.compile(rf"\bendnote {_N}\b"), r"文末脚注 \1"),
    (re.compile(rf"\battachment {_N}\b"), r"添付ファイル \1"),
    (re.compile(r"\bsheet name\b"), "シート名"),
    (re.compile(r"\bcustom property\b"), "ユーザー設定プロパティ"),
    (re.compile(r"\bproperty\b"), "プロパティ"),
    (re.compile(r"^filename$|(?<=@ )filename\b"), "ファイル名"),
    (re.compile(r"\bheader\b"), "ヘッダー"),
    (re.compile(r"\bfooter\b"), "フッター"),
]


def localize(text: str, lang: str) -> str:
    """``text`` with every locator phrase of the extractors' grammar in ``lang`` (ja); en: as is."""
    if lang == "en" or not text:
        return text
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text


def locator(text: str | None, lang: str) -> str:
    """One locator for display: ``paragraph 9`` → ``段落 9``; en and unknown forms unchanged."""
    return localize(text or "", lang)


# --- operating-system errors ------------------------------------------------------------------
_ERRNO: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("ファイルが見つかりません", "the file does not exist"),
    errno.EACCES: ("アクセス権がないため読み取れません", "permission denied"),
    errno.EPERM: ("操作が許可されていません", "operation not permitted"),
    errno.EISDIR: (
        "フォルダのため読み取れません（ファイルを指定してください）",
        "it is a folder, not a file",
    ),
    errno.ENOTDIR: ("パスの途中がフォルダではありません", "a part of the path is not a folder"),
    errno.ELOOP: ("シンボリックリンクが循環しています", "too many levels of symbolic links"),
    errno.ENAMETOOLONG: ("ファイル名が長すぎます", "the file name is too long"),
    errno.EIO: ("装置の入出力エラーです", "input/output error of the device"),
    errno.ENOSPC: ("ディスクの空きがありません", "no space left on the device"),
    errno.EROFS: ("読み取り専用のファイルシステムです", "read-only file system"),
    errno.EBUSY: ("ファイルが使用中です", "the file is busy"),
}


def os_error_text(exc: OSError) -> tuple[str, str]:
    """(ja, en) sentence for an OSError, without the Python class name or the errno number.

    English is the system's own text ("No space left on device") where there is one.
    """
    en = exc.strerror or ""
    if exc.errno in _ERRNO:
        ja, fallback = _ERRNO[exc.errno]
        return ja, en or fallback
    en = en or "the operating system refused the operation"
    return (f"オペレーティングシステムのエラーです（{en}）", en)
