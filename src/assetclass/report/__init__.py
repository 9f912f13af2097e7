"""Report stage: output formats (text, json, jsonl, csv, sarif, html) and the SQLite results store."""
