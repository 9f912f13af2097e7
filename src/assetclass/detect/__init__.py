"""Detect stage: one module per finding type (or family), each registering Detectors through the hooks."""
