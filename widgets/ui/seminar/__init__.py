"""Seminar mode's pages: the facilitator's dashboard, a participant's phone, the room screen.

One module per page over a small shared base (:mod:`.base`), as the model
layer (:mod:`widgets.seminar`, :mod:`widgets.storage.seminar`) is split.
"""

from widgets.ui.seminar.facilitator import FacilitatorView
from widgets.ui.seminar.participant import ParticipantView
from widgets.ui.seminar.room import ProjectorView

__all__ = ["FacilitatorView", "ParticipantView", "ProjectorView"]
