"""Extract stage: one module per file format, each registering an Extractor through the hooks."""
