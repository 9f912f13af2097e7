"""Low-level readers of container formats shared by the stage packages (extract, labels)."""
