"""Integration hooks: other tools use assetclass at the moment a document is made or moved.

- :mod:`assetclass.hooks.presave` — before a generated document is saved (python-docx, openpyxl,
  docxtpl): ``safe_save``, ``guarded_save``, ``check_before_save``; stamp, warn or refuse.
- :mod:`assetclass.hooks.mail` — before a mail goes out: ``check_message`` → ``MailVerdict``.
- :mod:`assetclass.hooks.watch` — ``assetclass watch DIR``: classify (and stamp) files as they arrive.

The pre-commit hook is ``.pre-commit-hooks.yaml`` at the repository root (``assetclass check``).
Guides: docs/integration/.
"""
