"""assetclass-asset-register: the scan as an information-asset register (情報資産台帳) in CSV.

``assetclass scan SHARE --format asset-register --output 情報資産台帳.csv`` writes one row per file
(archive and mail members get their own rows, 保存場所 naming the container) with the columns a
municipal register keeps under the national guideline. 完全性 and 可用性 cannot be read from content;
they stay empty (for the asset owner to fill) unless the policy file gives defaults::

    [asset_register]
    integrity = ""            # 完全性 default, e.g. "2"
    availability = ""         # 可用性 default
    bom = true                # UTF-8 with BOM so that Excel opens it correctly
    [asset_register.restrictions]   # 取扱制限 by level when the file declares none
    "3" = "複製禁止・持出禁止・送信禁止"
    "2" = "庁内限り"
    "1" = ""

Counts and kinds only: the register never holds a value found in a file.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import PurePath
from typing import IO, Any

from assetclass.plugin import FileResult, ReportOptions, hookimpl, wants_bom

__version__ = "0.1.0"

COLUMNS = (
    "管理番号",
    "資産名称",
    "保存場所",
    "形式",
    "機密性",
    "完全性",
    "可用性",
    "取扱制限",
    "個人情報の有無",
    "個人情報の種類",
    "件数",
    "表示ラベル",
    "表示の状態",
    "読取状態",
    "確認日",
)

TYPE_NAMES = {
    "my_number": "個人番号",
    "corporate_number": "法人番号",
    "address": "住所",
    "birth_date": "生年月日",
    "arrears": "滞納情報",
    "name": "氏名",
    "phone": "電話番号",
    "health": "健康情報",
    "gender": "性別",
    "relationship": "続柄",
    "household_number": "世帯番号",
    "income": "収入",
    "email": "メールアドレス",
    "bank_account": "口座番号",
}
NOT_PERSONAL = {"corporate_number"}  # public numbers: not 個人情報 on their own
DEFAULT_RESTRICTIONS = {"3": "複製禁止・持出禁止・送信禁止", "2": "庁内限り", "1": ""}


def label_state(result: FileResult) -> str:
    if result.status != "ok" or result.level is None:
        return "確認不可"
    if result.label is None:
        return "未表示"
    if result.label < result.level:
        return "不足"
    if result.label > result.level:
        return "過大"
    return "適正"


class AssetRegisterWriter:
    def __init__(self, stream: IO[str], options: ReportOptions) -> None:
        config = options.config
        own: dict[str, Any] = config.section("asset_register") if config is not None else {}
        self.integrity = str(own.get("integrity", ""))
        self.availability = str(own.get("availability", ""))
        self.restrictions = {
            **DEFAULT_RESTRICTIONS,
            **{str(k): str(v) for k, v in own.get("restrictions", {}).items()},
        }
        self.today = dt.date.today().isoformat()
        self.number = 0
        self.stream = stream
        if own.get("bom", True) and wants_bom(stream):
            stream.write("\ufeff")
        self.writer = csv.writer(stream, lineterminator="\r\n")  # CRLF: what Excel writes
        self.writer.writerow(COLUMNS)

    def _row(self, result: FileResult, container: str | None) -> list[str]:
        self.number += 1
        path = PurePath(result.path)
        types = [f.type for f in result.findings]
        personal = sorted({t for t in types if t not in NOT_PERSONAL}, key=types.index)
        declared = sorted({r for lb in result.labels for r in lb.restrictions})
        restriction = "・".join(declared) or self.restrictions.get(str(result.level), "")
        return [
            f"{self.number:05d}",
            path.name,
            container or str(path.parent),
            result.format or "",
            "" if result.level is None else f"機密性{result.level}",
            self.integrity,
            self.availability,
            restriction,
            "有" if personal else "無",
            "・".join(TYPE_NAMES.get(t, t) for t in personal),
            str(result.subjects),
            "" if result.label is None else f"機密性{result.label}",
            label_state(result),
            str(result.status),
            self.today,
        ]

    def add(self, result: FileResult) -> None:
        self.writer.writerow(self._row(result, result.container))
        for member in result.members:
            self.writer.writerow(self._row(member, member.container or result.path))
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class AssetRegisterReporter:
    name = "asset-register"
    extension = ".csv"

    def open(self, stream: IO[str], options: ReportOptions) -> AssetRegisterWriter:
        return AssetRegisterWriter(stream, options)


@hookimpl
def assetclass_register_reporters() -> list[AssetRegisterReporter]:
    return [AssetRegisterReporter()]
