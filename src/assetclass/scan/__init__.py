"""Scanning many files: walking shares, opening containers, parallel workers."""
