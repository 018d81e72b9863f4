"""Seminar mode (model layer): a facilitator steps a room through a scenario.

Everyone in the room answers on their own phone; the answers meet in the
database (:mod:`widgets.storage.seminar`). This package holds the rules that
need no SQL and no widgets: join codes and nicknames (:mod:`.codes`), the
facilitator's passphrase and the join link (:mod:`.access`), and how a step's
results are read and exported (:mod:`.flow`). The pages are in
:mod:`widgets.ui.seminar`.

Nothing heavy is imported here: the participant's page must open fast.
"""
