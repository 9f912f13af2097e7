"""Entity typing of a table's name columns: private persons, organisations, or persons named in a
role (開設者, 校長, staff at work), from headers, values and the table's other columns."""

from __future__ import annotations

import re

from ..normalize import compact
from . import checks, entities, vocab
from .table_info import Column, TableInfo


def _org_share(col: Column) -> float:
    values = [t for _, t in col.cells[:400]]
    if not values:
        return 0.0
    return sum(1 for v in values if entities.entity_of(v) == entities.ORG) / len(values)


def _known_name_share(col: Column) -> float:
    values = [t for _, t in col.cells[:400]]
    return sum(1 for v in values if checks.looks_like_name(v)) / len(values) if values else 0.0


#: A reading of a word ending so reads a person's name (使用者カナ), not a thing's.
_PERSON_ENDINGS = ("者", "人", "主")


def type_entities(info: TableInfo) -> None:
    """Decide which name-like columns hold natural persons (see detect.entities).

    A 氏名/名前 header (any explicit Japanese person header) keeps its column a person column; its
    rows are then typed one by one (``person_rows``). Other name columns — an English ``name``, a
    column recognised from its values — are organisations when ≥ 30 % of their values are, or when
    the table is a published list of places (coordinates, open-data metadata rows). A reading
    column (名称_カナ, fullNameInKana) takes the type of the column it reads. In a table of
    organisations, role columns (開設者, 代表者) and unlabelled name columns name their heads.
    """
    cols = sorted(info.columns.values(), key=lambda c: c.index)
    headers = " ".join(c.header for c in cols if c.header)
    places = any(c.header and entities.is_coordinate_header(c.header) for c in cols) or entities.is_open_data(
        f"{info.title} {headers}"
    )
    readings: list[Column] = []
    for col in cols:
        if col.kind not in ("name", "name_kana"):
            continue
        if col.header and entities.reading_base(col.header) is not None:
            readings.append(col)
            continue
        if col.header and entities.role_header(col.header):
            col.entity = entities.ROLE  # settled below: a role only next to an organisation
            continue
        explicit = col.field == "name" and not entities.generic_name_header(col.header)
        if explicit:
            continue
        share = _org_share(col)
        generic = not col.header or entities.generic_name_header(col.header)
        # in a published list of places a generic ``name`` column names places unless its values
        # read as persons' names (a register with coordinates of each home stays a person list)
        if share >= 0.3 or (places and generic and (share >= 0.1 or _known_name_share(col) < 0.5)):
            col.entity = entities.ORG
    for col in readings:
        base = entities.reading_base(col.header) or ""
        field = vocab.header_field(base) if base else None
        if field == "name" and not entities.generic_name_header(base):
            col.field = "name_kana"  # 氏名フリガナ: a person's name read aloud
            continue
        if field not in (None, "name"):
            col.entity = entities.ORG  # 名称_カナ, 店舗名カナ: the reading of a thing's name
            continue
        if base and field is None and base.endswith(_PERSON_ENDINGS):
            col.field = "name_kana"  # 使用者カナ, 所有者カナ: a person's name read aloud
            continue
        if base and field is None and not base.isascii():
            col.entity = entities.ORG  # クーポン名カナ: names something, not someone
            continue
        # フリガナ / fullNameInKana: the type of the name column it reads (the nearest on its left)
        left = [c for c in cols if c.index < col.index and c.kind in ("name", "facility", "role")]
        read = left[-1] if left else None
        if read is not None and read.kind == "facility":
            col.entity = entities.ORG
        elif read is not None and read.kind == "role":
            col.entity = entities.ROLE
        elif read is None and places:
            col.entity = entities.ORG
        else:
            col.field = "name_kana"
    # an organisation beside the names makes them its heads; what only a private person's record
    # holds says they are private persons after all (an internal licence ledger with the holder's
    # 生年月日 or home address, a list of operators in arrears, sole traders' bank accounts)
    info.private = _private_record_columns(cols)
    organisation = any(c.kind in ("facility", "facility_address") for c in cols) and not info.private
    for col in cols:
        if col.entity == entities.ROLE and not organisation:
            col.entity = None  # 開設者 with no organisation beside it: a private person after all
        elif col.entity == entities.ROLE and _own_contact(col, cols):
            col.entity = None  # 管理者氏名 | 管理者電話: reachable at home, a private person
            info.private = True  # (so the table is no list of facilities either)
        elif organisation and col.entity is None and col.kind == "name" and col.field != "name":
            col.entity = entities.ROLE  # 学校名 | 校長 | 所在地: the unlabelled names are its heads
    if entities.official_list(f"{info.title} {headers}") and not _private_columns(cols):
        # 議員名簿 (会派 | 当選回数): elected officials, named with what their office publishes; their
        # home phone or family (議員緊急連絡先: 自宅住所 | 家族構成) is kept in a private capacity
        for col in cols:
            if col.kind in ("name", "name_kana"):
                col.entity = entities.ROLE
    if _staff_directory(info, cols):
        for col in cols:
            if col.kind in ("name", "name_kana"):
                col.entity = entities.ROLE  # 所属 | 職名 | 氏名 | 内線: staff at work


# Columns about a person that no published register of businesses or offices holds.
_PRIVATE_KINDS = ("birth_date", "arrears", "health", "my_number")


def _private_record_columns(cols: list[Column]) -> bool:
    """Columns that make the names of a table private persons even beside a facility or business
    column: a birth date, arrears, health or a My Number, a home contact or the family, or a bank
    account when the businesses are not legal persons (a sole trader's account is their own)."""
    facility = any(c.kind in ("facility", "facility_address") for c in cols)
    # beside a facility's name a health column lists its services (実施可能ワクチン, 診療科目)
    kinds = _PRIVATE_KINDS if not facility else tuple(k for k in _PRIVATE_KINDS if k != "health")
    if any(c.kind in kinds for c in cols) or _private_columns(cols):
        return True
    if not any(c.kind == "bank_account" for c in cols):
        return False
    businesses = [t for c in cols if c.kind in ("facility", "role") for _, t in c.cells[:400]]
    return not any(entities.legal_person(t) for t in businesses)


def _private_columns(cols: list[Column]) -> bool:
    """A home contact (自宅住所, 携帯電話) or the family (家族構成, 続柄) in the table's columns."""
    return any(
        (c.kind in ("phone", "address") and vocab.has_any(c.header, entities.PRIVATE_CONTACT_WORDS))
        or c.kind == "relationship"
        or vocab.has_any(c.header, entities.FAMILY_HEADERS)
        for c in cols
    )


def _own_contact(role: Column, cols: list[Column]) -> bool:
    """Whether a phone or address column belongs to the person of ``role`` rather than to the
    organisation: its header names that role (管理者電話 beside 管理者氏名) or a home (自宅住所).

    A licence register's 開設者住所 is published with the licence and stays a role's; a phone of the
    role person is how a private resident (a pond keeper, a key holder) is reached at home."""
    word = entities.role_word(role.header)
    for col in cols:
        if col is role or not col.header:
            continue
        if col.kind == "phone" and word is not None and word in compact(col.header).upper():
            return True
        if col.kind in ("phone", "address") and vocab.has_any(col.header, entities.PRIVATE_CONTACT_WORDS):
            return True
    return False


def _one_number_per_office(phone: Column, cols: list[Column]) -> bool:
    """Every department (所属) has one number, the same on all its staff's rows: the office's line."""
    offices = [dict(c.cells) for c in cols if c.kind == "department"]
    if not offices:
        return False
    numbers: dict[str, set[str]] = {}
    for r, t in phone.cells[:400]:
        numbers.setdefault(offices[0].get(r, ""), set()).add(t)
    return (
        "" not in numbers and all(len(v) == 1 for v in numbers.values()) and len(numbers) < len(phone.cells)
    )


def _staff_directory(info: TableInfo, cols: list[Column]) -> bool:
    """A list of staff at work (所属 | 職名 | 氏名 | 内線 | 代表電話). Staff's private data — a home
    address, a birth date, private (mobile) numbers of an emergency call list — keep it personal."""
    if not entities.staff_directory([c.header for c in cols], info.title):
        return False
    if any(c.kind in ("birth_date", "address", "my_number", "email", "bank_account") for c in cols):
        return False
    for col in cols:
        if col.kind != "phone" or any(
            w in compact(col.header).upper() for w in entities.OFFICE_PHONE_HEADERS
        ):
            continue
        values = [t for _, t in col.cells[:400]]
        mobile = sum(1 for t in values if re.match(r"0[789]0", t))
        if values and (mobile >= 0.3 * len(values) or len(set(values)) > 0.5 * len(values)):
            if not mobile and _one_number_per_office(col, cols):
                continue  # 所属 | … | 連絡先: each office's own line, shared by its staff
            return False  # one private number per person: an emergency call list
    return True
