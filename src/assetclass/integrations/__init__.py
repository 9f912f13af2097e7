"""Integrations: other tools use assetclass at the moment a document is made, moved or browsed.

- :mod:`assetclass.integrations.presave` — before a generated document is saved (python-docx,
  openpyxl, docxtpl): ``safe_save``, ``guarded_save``, ``check_before_save``; stamp, warn or refuse.
- :mod:`assetclass.integrations.mail` — before a mail goes out: ``check_message`` → ``MailVerdict``.
- :mod:`assetclass.integrations.watch` — ``assetclass watch DIR``: classify (and stamp) files as they
  arrive.
- :mod:`assetclass.integrations.datasette` — ``assetclass browse --db FILE``: the results store in
  Datasette.

Each is optional and imported only when used. The pre-commit hook is ``.pre-commit-hooks.yaml`` at
the repository root (``assetclass check``). Guides: docs/integration/. Not to be confused with the
pluggy hooks of :mod:`assetclass.hookspecs`, which plugins implement.
"""
