"""Classify stage: the policy (data in data/policy.toml) turns findings into a level with reasons."""
