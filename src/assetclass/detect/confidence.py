"""The confidence scale of findings (0..1), one name per rung: what a detector is saying when it
gives a value that confidence.

How the policy reads it (docs/policy.md, ``data/policy.toml``): a finding counts for the level at
or above its type's floor (``policy.confidence``: 0.5, 0.6 for my_number); a level that rests on
findings under ``policy.review.confidence`` (0.7, 0.8 for my_number) is marked for review; findings
from ``policy.review.candidate_confidence`` (0.4) up to the floor are listed as "left out, check".
docs/detectors.md gives each detector's rungs. The same number may serve several detectors' rungs;
a detector with a finer scale of its own names it from these (detect/my_number.py).
"""

from __future__ import annotations

#: A value that validates under a header naming its type (a 個人番号 or 法人番号 column, a
#: 生年月日 column with plausible ages).
VALIDATED_COLUMN = 0.95
#: The type's own column in a person list, or its keyword right beside the value (住所:, 個人番号,
#: …生 after a date).
STRONG_CONTEXT = 0.9
#: Strong without the type's column: a known name before an honorific or after 氏名:, a line that
#: names someone, a headerless column of valid values.
NAMED_CONTEXT = 0.85
#: About the person of the record from its context: a letter's body about its addressee, a remark
#: in a person's row, a reading (kana) column; the policy's sole-subject threshold.
RECORD_CONTEXT = 0.8
#: Likely: a list of persons (several lines of name + value), a type's header seen in PDF text.
PROBABLE = 0.75
#: Context short of the type's keyword: a phone after 電話/TEL, an address starting with a
#: prefecture, a sentence about someone. Counts, and is not marked weak by the review.
MODERATE_CONTEXT = 0.7
#: A generic context: under a 番号 header in a person's row, a grouped number in a document that
#: names someone.
GENERIC_CONTEXT = 0.65
#: Weak context: a single list line, a value with an amount, a column of values without a header.
WEAK_CONTEXT = 0.6
#: The value alone (a bare phone number, an unknown name before an honorific): counts at the
#: default floor.
BARE = 0.5
#: Below the default floor: reported, and listed as a candidate left out ("check").
WEAK_CANDIDATE = 0.4
#: Reported only, never counted nor listed: a lone number, names in declared fiction, a stock name
#: of a sample form.
REPORTED_ONLY = 0.3
#: A sentence addressed to an audience (…の方はご相談ください), not about one person. Returned by
#: ``vocab.about_someone``; the arrears and health detectors test for it, so it is a rung of its own.
AUDIENCE_NOTICE = REPORTED_ONLY
#: Not a private person's: staff, facility lists, persons in a role, a municipal mail address.
NOT_PRIVATE = 0.2
#: Dismissed: general talk (滞納整理の方針), a number beside 電話/口座, a sample's placeholder number.
DISMISSED = 0.1
#: No evidence at all (the context helpers' "no").
NO_EVIDENCE = 0.0
