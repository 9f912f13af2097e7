"""Blind red-team sets, one module per set: ``python -m corpus.redteam.setN OUT [--seed N]``."""
