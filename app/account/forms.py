from flask_babel import lazy_gettext as _l
from wtforms import PasswordField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length

from app.forms import Form, PlainText, strip, new_password_fields
from app.i18n import ENDONYMS


class ProfileForm(Form):
    full_name = StringField(_l("Full name"), filters=[strip],
                            validators=[DataRequired(), Length(max=200), PlainText()])
    preferred_locale = SelectField(_l("Preferred language"), choices=list(ENDONYMS.items()))
    submit = SubmitField(_l("Save"))


class PasswordForm(Form):
    current_password = PasswordField(_l("Current password"), validators=[DataRequired(), Length(max=128)])
    password, confirm = new_password_fields()
    submit = SubmitField(_l("Change password"))


def preferences_form(current: dict[str, str], submitted: bool = True):
    """One choice per kind of notification: in the app only, e-mail at once, or the daily digest."""
    from app.models.notification import KINDS
    from app.notifications.texts import CHANNEL_LABELS, KIND_LABELS

    class PreferencesForm(Form):
        submit = SubmitField(_l("Save my choices"))

    for kind in KINDS:
        setattr(PreferencesForm, kind, SelectField(KIND_LABELS[kind], choices=list(CHANNEL_LABELS.items()),
                                                   default=current.get(kind)))
    return PreferencesForm() if submitted else PreferencesForm(formdata=None)


class TokenForm(Form):
    """A personal access token for the JSON API: a name to tell it apart, what it may do, how long it lasts."""
    name = StringField(_l("Name"), filters=[strip], validators=[DataRequired(), Length(max=100), PlainText()],
                       description=_l("What it is for, e.g. \"Power BI dashboard\"."))
    scope = SelectField(_l("It may"), choices=[("read", _l("Read only")), ("write", _l("Read and write"))],
                        default="read")
    days = SelectField(_l("It stops working after"), coerce=int, default=90,
                       choices=[(7, _l("7 days")), (30, _l("30 days")), (90, _l("90 days")), (365, _l("One year"))])
    submit = SubmitField(_l("Make the token"))
