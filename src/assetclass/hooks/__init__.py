"""Integration hooks: pre-save for generated documents, mail checks, folder watching."""
