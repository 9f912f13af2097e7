"""The labelled evaluation corpus (families by theme, generator) and the commands that measure accuracy."""
