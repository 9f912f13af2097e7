"""Every exception assetclass raises on purpose, in one place (as pikepdf does).

Messages never contain personal data: they name the file, the part and the problem only.
Each carries a Japanese and an English message; ``str(exc)`` is the English one.
"""

from __future__ import annotations


class AssetclassError(Exception):
    """Base class. ``message_ja`` is shown to Japanese users, ``str(exc)`` is English."""

    def __init__(self, message_en: str, message_ja: str | None = None) -> None:
        super().__init__(message_en)
        self.message_en = message_en
        self.message_ja = message_ja or message_en


class UnsupportedFormatError(AssetclassError):
    """No extractor reads this file (status ``unsupported``)."""


class EncryptedFileError(AssetclassError):
    """Password-protected or encrypted file (status ``encrypted``)."""


class CorruptFileError(AssetclassError):
    """The file claims a format but cannot be read as it (status ``error``)."""


class LimitExceededError(AssetclassError):
    """A per-file limit (size, inflation ratio, cells, pages, time, memory) was hit (status ``skipped``)."""


class ReaderCrashedError(CorruptFileError):
    """A reader died, ran out of memory or time in its isolated child (status ``error``, AC105)."""


class SignedFileError(AssetclassError):
    """Stamping refused: the file carries a digital signature that a change would break."""


class StampError(AssetclassError):
    """Stamping failed or its verification failed; the original is untouched."""


class UnsafeFileError(AssetclassError):
    """Writing refused for file-system safety: a symbolic link, a non-regular file, a hard-linked or
    read-only file, or metadata (owner, extended attributes) that the new file could not keep."""


class FileChangedError(UnsafeFileError):
    """The file changed (another save) between reading it and replacing it; nothing was written."""


class PluginLoadError(AssetclassError):
    """An outside plugin failed to load; the message names ``package[entry]`` and the cause."""


class ConfigError(AssetclassError):
    """The policy or configuration file is invalid."""


class SaveRefusedError(AssetclassError):
    """A pre-save hook refused to save a generated document (label missing or too low).

    ``result`` is the classification of the in-memory document; messages hold no raw values.
    """

    def __init__(self, message_en: str, message_ja: str | None = None, result: object | None = None) -> None:
        super().__init__(message_en, message_ja)
        self.result = result
