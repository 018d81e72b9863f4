"""Trainee progress without accounts (model layer; no ipywidgets).

- :mod:`.keys` — the personal course key (three words and two digits), how
  typed keys are read, and what the database keeps of one (a keyed hash);
- :mod:`.secret` — the server secret that the hash and the notes' encryption use;
- :mod:`.notes` — encryption of saved reflection notes with a key derived from
  the course key;
- :mod:`.course` — lesson pages per stage, and where to continue;
- :mod:`.xapi` — xAPI statements for learning record stores, and a validator;
- :mod:`.export` — the trainee's own progress as CSV (pandas, imported on use).

The store is :mod:`widgets.storage.progress`; the widgets are in
:mod:`widgets.ui.progress`. ``docs/progress.md`` explains the design.
"""
