"""The draft forms (Flask-WTF): the editor, snooze, and the queue's row actions; field names as the pages post them.

Without JavaScript every action is one of these forms. CSRFProtect already checks every POST with the same token,
so the forms do not check it twice. The domain (followup.approval) stays the judge of what is allowed.
"""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectMultipleField, StringField, TextAreaField

from followup.db import MAX_ID


class _Form(FlaskForm):
    """A form read from the request; the CSRF token is checked app-wide."""

    class Meta:
        csrf = False


class DecideForm(_Form):
    """The editor: the text as the rep left it, and what to do with it."""

    subject = StringField("Subject")
    body = TextAreaField("Body")
    action = HiddenField()
    confirm_unverified = HiddenField()  # the count of unverified figures the rep agreed to send

    @property
    def text(self) -> tuple[str, str]:
        """(subject, body) with the browser's CRLF line ends made LF, exactly what is approved."""
        return self.subject.data or "", (self.body.data or "").replace("\r\n", "\n")

    def confirmed(self, count: int) -> bool:
        """Whether the rep answered "Send with N unverified figures?" for this very N."""
        return (self.confirm_unverified.data or "") == str(count)


class RowForm(_Form):
    """A row action (approve, reject, restore ...) from the queue or the draft page."""

    origin = HiddenField(name="from")  # "queue" when posted from the queue's rows

    @property
    def from_queue(self) -> bool:
        """Whether the action came from the queue (it returns there)."""
        return self.origin.data == "queue"


class SnoozeForm(RowForm):
    """Snooze until a preset or a picked time, both in the rep's zone."""

    preset = StringField()
    until = StringField()

    @property
    def when(self) -> str:
        """The chosen local time: a preset button wins over the picker."""
        return self.preset.data or self.until.data or ""


class CheckForm(_Form):
    """The text being typed, for the live grounding check."""

    body = TextAreaField()

    @property
    def text(self) -> str:
        """The body with LF line ends."""
        return (self.body.data or "").replace("\r\n", "\n")


class SelectedForm(_Form):
    """The drafts ticked in the queue for "Approve selected"."""

    ids = SelectMultipleField(validate_choice=False)

    @property
    def draft_ids(self) -> list[int]:
        """The ticked ids that are whole numbers an id column can hold (anything else names no draft)."""
        return [int(i) for i in self.ids.data or [] if str(i).isdigit() and 0 < int(i) <= MAX_ID]
