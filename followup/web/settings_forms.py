"""The rep's settings form (Flask-WTF): time zone, signature, sign-off and working hours, field names as posted."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SelectMultipleField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length
from wtforms.widgets import CheckboxInput, ListWidget

from followup.outbound.policy import DAY_NAMES, SendWindow
from followup.users import MAX_SIGN_OFF, MAX_SIGNATURE

MAX_ZONE = 64  # characters of an IANA zone name (the column's length)


class DaysField(SelectMultipleField):
    """Days of the week as checkboxes (name=work_days, one value per checked day)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class SettingsForm(FlaskForm):
    """What a rep sets for themselves; the domain (followup.users.update_settings) checks the values again."""

    class Meta:
        csrf = False  # CSRFProtect already guards every POST with the same token

    timezone = StringField("Time zone", validators=[InputRequired("time zone: required"), Length(max=MAX_ZONE)])
    signature = TextAreaField("Signature", validators=[Length(max=MAX_SIGNATURE)])
    sign_off = StringField("Sign-off", validators=[Length(max=MAX_SIGN_OFF)])
    work_start = StringField("From")
    work_end = StringField("To")
    work_days = DaysField("Days", choices=list(DAY_NAMES), validate_choice=False)

    def fill(self, user, zone: str) -> None:
        """Show the rep's stored settings (a GET)."""
        self.timezone.data, self.signature.data = user.timezone or zone, user.signature
        self.sign_off.data = user.sign_off or ""
        if user.work_hours:
            try:
                hours = SendWindow.parse(user.work_hours)
            except ValueError:
                return  # shown empty; saving asks for valid hours again
            self.work_start.data, self.work_end.data = f"{hours.start:%H:%M}", f"{hours.end:%H:%M}"
            self.work_days.data = [DAY_NAMES[d] for d in sorted(hours.days)]

    def errors_text(self) -> list[str]:
        """Every field error as one line naming the field."""
        return [message if ":" in message else f"{self[name].label.text.lower()}: {message}"
                for name, messages in self.errors.items() for message in messages]
