"""Rules stage: linter rules with stable codes turning a result into violations."""
