"""The one bounded reader of zip packages (OOXML, ODF), for the extractors and the label codecs.

Zip bombs: every member's declared size and compression ratio is checked against the per-file
limits before anything is inflated, and inflation is counted while it happens against one budget
per package (zipfile also stops at the declared size and fails the CRC when a header lies). The
label codecs open the same packages the extractors read, so they read them through this class
too: a member the extractor refuses is never inflated by a label codec either.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from ..config import Config
from ..exceptions import CorruptFileError, LimitExceededError
from ..model import Limits

_SMALL_MEMBER = 1024 * 1024  # the ratio limit applies to members inflating to more than this
_DEFLATE_MAX_RATIO = 1032  # deflate cannot inflate more than this per compressed byte


def not_valid(fmt: str, why_en: str, why_ja: str) -> CorruptFileError:
    return CorruptFileError(
        f"not a valid {fmt} file ({why_en})", f"{fmt} ファイルとして読み取れません（{why_ja}）"
    )


def limits_of(config: Config | None) -> Limits:
    """The per-file limits of a configuration (``[scan.limits]``), defaults without one."""
    raw = (config.get("scan.limits", {}) or {}) if config is not None else {}
    return Limits(**{k: v for k, v in raw.items() if k in Limits.__dataclass_fields__})


class BoundedZip:
    """A zip package read under the per-file limits (declared sizes, ratio, one inflate budget)."""

    def __init__(self, data: bytes, fmt: str, limits: Limits) -> None:
        self.fmt = fmt
        self.limits = limits
        self.inflated = 0
        if not data.startswith(b"PK"):
            raise not_valid(fmt, "not a zip package", "zip パッケージではありません")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise not_valid(
                fmt, "truncated or corrupt zip package", "zip パッケージが途中で切れているか壊れています"
            ) from None
        self.infos = {info.filename: info for info in infos}
        declared = 0
        for info in infos:
            self._check_member(info)
            declared += info.file_size
        if declared > limits.max_inflated_bytes:
            raise self._too_big(declared)

    def _bomb(self, why_en: str, why_ja: str) -> LimitExceededError:
        return LimitExceededError(
            f"zip bomb suspected in {self.fmt} package ({why_en}; limit {self.limits.max_compression_ratio:g})",
            f"zip 爆弾の疑いがあるため読み取りを中止しました（{why_ja}）",
        )

    def _too_big(self, size: int) -> LimitExceededError:
        limit = self.limits.max_inflated_bytes
        return LimitExceededError(
            f"{self.fmt} package inflates to more than the limit ({size} > {limit} bytes)",
            f"{self.fmt} パッケージの展開サイズが上限を超えています（{size} > {limit} バイト）",
        )

    def _check_member(self, info: zipfile.ZipInfo) -> None:
        if info.file_size > self.limits.max_inflated_bytes:
            raise self._too_big(info.file_size)
        if info.file_size > _SMALL_MEMBER:
            ratio = info.file_size / max(1, info.compress_size)
            if ratio > self.limits.max_compression_ratio:
                raise self._bomb(f"a member's compression ratio is {ratio:.0f}", f"圧縮率 {ratio:.0f} 倍")

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str) -> bytes:
        """Inflate one member, counting the bytes against the per-file budget as they come."""
        info = self.infos.get(name)
        if info is None:
            raise KeyError(name)
        if info.flag_bits & 0x1:
            raise CorruptFileError(
                f"{self.fmt} package member is encrypted (zip encryption)",
                f"{self.fmt} パッケージのメンバーが暗号化されています",
            )
        budget = self.limits.max_inflated_bytes - self.inflated
        chunks: list[bytes] = []
        size = 0
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(1 << 20):
                    size += len(chunk)
                    if size > budget:
                        raise self._too_big(self.inflated + size)
                    if size > _SMALL_MEMBER and size > self.limits.max_compression_ratio * max(
                        1, info.compress_size
                    ):
                        raise self._bomb("inflated member exceeds the ratio limit", "圧縮率が上限を超過")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
            if isinstance(exc, NotImplementedError):
                why = ("unsupported zip compression method", "未対応の zip 圧縮方式です")
            else:
                why = ("a zip member is truncated or corrupt", "zip のメンバーが壊れています")
            raise not_valid(self.fmt, *why) from None
        self.inflated += size
        return b"".join(chunks)

    def verify_for_foreign_reader(self, names: list[str] | None = None) -> None:
        """Before handing the whole package to another reader (calamine), make sure members whose
        compressed size could inflate past the budget really are what their headers say."""
        threshold = self.limits.max_inflated_bytes / 4 / _DEFLATE_MAX_RATIO
        for info in self.infos.values():
            if names is not None and info.filename not in names:
                continue
            if info.compress_size > threshold and info.compress_type != zipfile.ZIP_STORED:
                self.read(info.filename)  # raises on a lying header
                self.inflated -= info.file_size  # that reader inflates it again; count once
