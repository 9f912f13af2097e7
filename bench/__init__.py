"""Benchmarks of assetclass (``python -m bench.run``); not part of the test suite."""
