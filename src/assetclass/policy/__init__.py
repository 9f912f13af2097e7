"""Policy stage: the default policy (data in data/policy.toml) turns findings into a level with reasons."""
