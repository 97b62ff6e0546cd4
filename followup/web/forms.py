"""The web forms (Flask-WTF): one class per form, holding its field names and how each value is cleaned.

The templates write their own <input>s (their markup is what the browser and accessibility tests check), so
these classes read and clean what was posted; what a value must be is checked by the domain functions the
views call, whose BadInput texts are the form errors a rep sees. CSRF is checked for every POST by the
app's CSRFProtect, so the forms do not check it a second time.
"""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, PasswordField, StringField, TextAreaField

MAX_EMAIL = 320  # characters of a typed login address read (the column's length)
MAX_REASON = 500  # characters of a rep's reason kept in the audit


def _strip(value):
    """The posted text without surrounding white space ('' when the field was not posted)."""
    return (value or "").strip()


def _raw(value):
    """The posted text as it is ('' when the field was not posted): passwords keep their spaces."""
    return value or ""


def _text(**kw) -> StringField:
    """A text field whose value is stripped."""
    return StringField(filters=[_strip], **kw)


class Form(FlaskForm):
    """A form of this app: CSRF left to CSRFProtect; values() gives the fields' cleaned values by name."""

    class Meta:
        csrf = False  # CSRFProtect has already refused a POST without a valid token

    def values(self, *names: str) -> dict:
        """{field name: cleaned value} for the named fields (every field when none is named)."""
        return {name: field.data for name, field in self._fields.items() if not names or name in names}


class LoginForm(Form):
    """Log in: address, password and the page to go back to."""

    email = StringField(filters=[lambda v: _strip(v).lower()[:MAX_EMAIL]])
    password = PasswordField(filters=[_raw])
    next = HiddenField(filters=[_raw])


class SetupForm(Form):
    """The first rep of a new installation."""

    name = _text()
    email = _text()
    password = PasswordField(filters=[_raw])
    timezone = _text()


class NoteForm(Form):
    """A call note: the customer as typed, what was said, and when (empty: now)."""

    customer = _text()
    text = TextAreaField(filters=[_strip])
    at = _text()


class QuietForm(Form):
    """A quiet period: a number of days or a date, and why."""

    days = _text()
    until = _text()
    reason = StringField(filters=[lambda v: _strip(v)[:MAX_REASON]])


class ResumeForm(Form):
    """Lifting a quiet period, pause or opt-out (an opt-out only confirmed, with a reason)."""

    confirm = _text()
    reason = StringField(filters=[lambda v: _strip(v)[:MAX_REASON]])


class LimitsForm(Form):
    """A customer's own contact limits; an empty field means the default."""

    max_per_window = _text()
    window = _text()
    min_gap = _text()
    send_window = _text()


class PossibleWishForm(Form):
    """Confirming or dismissing a possible wish, from a customer's page or a draft's."""

    wish_id = HiddenField(filters=[_raw])
    draft_id = HiddenField(filters=[_strip])


class MailboxEditForm(Form):
    """A mailbox's servers and login (an empty password keeps the stored one)."""

    email_address = _text()
    username = _text()
    password = PasswordField(filters=[_raw])
    imap_host = _text()
    imap_port = _text()
    imap_security = _text()
    smtp_host = _text()
    smtp_port = _text()
    smtp_security = _text()


class MailboxForm(MailboxEditForm):
    """A new mailbox: a name too, and whether to save it when the connection test fails."""

    name = _text()
    save_anyway = _text()
