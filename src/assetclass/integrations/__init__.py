"""Bridges to outside tools (Datasette); each is optional and imported only when used."""
