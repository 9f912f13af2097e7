# Names vulture (`make lint`) reports as unused that are used: by a framework, by the Python data
# model, by outside callers, or through a protocol. vulture reads this file, nothing imports it.
# A new entry needs a reason; dead code is deleted, not listed here.
# ruff: noqa

# called by frameworks: typer commands and callbacks, watchdog events, HTMLParser
explain, scan, watch, audit, browse, _options  # cli/*_cmd.py, cli/main.py: registered by decorators
_.on_created, _.on_modified, _.on_closed, _.on_moved  # integrations/watch.py: watchdog handler
_.handle_data  # integrations/mail.py: html.parser.HTMLParser
tb  # integrations/presave.py: __exit__'s signature

# protocol and record fields read by outside code (plugins, JSON output, the results store)
extension  # Reporter protocol: the file extension of a report format
action, _.action, needs_label  # integrations/presave.py: SaveOutcome, returned to the caller
files_done  # scan/store.py: ScanRow mirrors the scans table's columns
dev, ino  # safeio.py: Identity fields (compared as a whole)
L1, L2, L3  # model.Level members
confidence_weight  # extract/ocr.py: OcrSettings mirrors [scan.ocr] (read by the pipeline)
_.doublequote  # extract/text.py: a csv.Dialect attribute
_.with_overrides  # config.Config: public API (tests, plugin authors)

# loaded through entry points (pyproject.toml): the format families, and the pytest plugin's fixture
FAMILIES  # families.py: every family (tests/test_plugin_manager.py matches it with pyproject.toml)
make_document  # testing/fixtures.py: a pytest fixture, requested by name

# attributes set on third-party objects to change their behaviour
_._blob  # labels/inmemory.py: python-docx Part
_.start_dir, _._didModify  # labels/ooxml.py: zipfile internals

# in areas other work is changing now: delete once that work has merged (docs/decisions.md)
stdout_is_tty  # cli/common.py (CLI output conventions work)
PHONE_TEXT  # detect/checks.py (detector work)
age_on  # detect/dates.py
_.row_text  # detect/table_info.py
HONORIFICS, STAFF_WORDS, ARREARS_SUBJECTS  # detect/vocab.py
municipality_pattern  # detect/vocab.py (used by tests)
available  # detect/words.py (used by tests)
identifying_types  # policy/default_policy.py: parsed from policy.toml, never read
