"""The static edition's progress box: what this browser keeps, to a file and back.

``DeviceSync()`` ends every page of the static edition (the build adds it). It
reads what the browser keeps under :data:`STORAGE_KEY` when it appears (the
front end's ``remember_key``: action ``remembered``), hands it to the page's
:class:`~widgets.progress.device.DeviceSession`, and writes every change back
(``remember_value``). The trainee can save it all to a file, read a file back
(another device), or delete everything. Nothing leaves the device.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any, ClassVar

import traitlets

from widgets.progress.device import DeviceSession, FileUnreadable
from widgets.progress.session import page_session
from widgets.strings import t
from widgets.ui.html import download_href
from widgets.ui.live import LiveView, UserError, render_template

__all__ = ["STORAGE_KEY", "DeviceSync"]

log = logging.getLogger("verksted.progress")

#: Where the browser keeps the course's progress (``localStorage``).
STORAGE_KEY = "verksted-framdrift"

_ids = itertools.count(1)


class DeviceSync(LiveView):
    """The device's progress, kept in the browser and offered as a file."""

    actions: ClassVar[frozenset[str]] = frozenset(
        {"remembered", "read", "delete", "delete-cancel", "delete-confirm"}
    )

    remember_key = traitlets.Unicode(STORAGE_KEY, help="The browser storage key.").tag(sync=True)
    remember_value = traitlets.Unicode("", help="What the browser keeps there.").tag(sync=True)

    def __init__(self, *, session: DeviceSession | None = None, **kwargs: Any) -> None:
        self._uid = f"vk-dev{next(_ids)}"
        found = session or page_session()
        if not isinstance(found, DeviceSession):
            raise TypeError("DeviceSync needs the static edition's device session")
        self.session = found
        self.restored = False
        self.confirming = False
        self._status = ""
        super().__init__(**kwargs)
        self.session.device.on_change = self._keep
        self.refresh()

    def _keep(self) -> None:
        """A write on this page: into the browser's storage, and every view hears of it."""
        if self.restored:
            self.remember_value = self.session.device.dump()
        self.session.changed()
        self.refresh()

    def render(self) -> str:
        data = self.session.device.data
        return render_template(
            "device.html.j2",
            uid=self._uid,
            restored=self.restored,
            pages=len(data["pages"]),
            plays=len(data["plays"]),
            answers=len(data["answers"]),
            notes=len(data["notes"]),
            file_name="verksted-framdrift.json",
            save_href=download_href(self.session.device.dump().encode("utf-8"), "application/json"),
            confirming=self.confirming,
            status=self._status,
            error=self.error,
        )

    def on_remembered(self, value: Any, form: dict[str, Any]) -> None:
        if self.restored:  # read once per page; from then on this page writes it
            return
        self.restored = True
        if isinstance(value, str) and value:
            try:
                self.session.device.load(value, merge=True)
            except FileUnreadable:
                log.warning("the browser's saved progress was not readable; starting afresh")
        self.remember_value = self.session.device.dump()
        self.session.changed()

    def on_read(self, value: Any, form: dict[str, Any]) -> None:
        if not isinstance(value, str):
            raise UserError(t("device.read_bad"))
        try:
            self.session.device.load(value, merge=True)
        except FileUnreadable:
            raise UserError(t("device.read_bad")) from None
        self._status = t("device.read_done")
        self.say(self._status)

    def on_delete(self, value: Any, form: dict[str, Any]) -> None:
        self.confirming = True
        self._status = ""

    def on_delete_cancel(self, value: Any, form: dict[str, Any]) -> None:
        self.confirming = False

    def on_delete_confirm(self, value: Any, form: dict[str, Any]) -> None:
        self.confirming = False
        self.session.device.clear()
        self._status = t("device.deleted")
        self.say(self._status)
