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
