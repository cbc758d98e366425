from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Email, Length
from wtforms.widgets import CheckboxInput, ListWidget

from app.forms import Form, PlainText, strip
from app.i18n import ENDONYMS

ROLE_LABELS = {
    "coordinator": _l("Coordinator"),
    "admin": _l("Admin"),
    "staff": _l("Staff"),
    "translator": _l("Translator"),
    "volunteer": _l("Volunteer"),
}


def role_choices(roles):
    return [(role, ROLE_LABELS[role]) for role in roles]


class InviteForm(Form):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Email(), Length(max=254)])
    role = SelectField(_l("Role"), default="staff")
    department = SelectField(_l("Department"), coerce=int)
    submit = SubmitField(_l("Invite"))


class RoleForm(Form):
    role = SelectField(_l("Role"))
    department = SelectField(_l("Department"), coerce=int)
    languages = SelectMultipleField(_l("Translates into"), choices=list(ENDONYMS.items()))
    submit = SubmitField(_l("Change"))


class ConfirmForm(Form):
    """A POST button with nothing but the CSRF token."""

    submit = SubmitField(_l("Confirm"))


class DepartmentForm(Form):
    name = StringField(_l("Department name"), filters=[strip],
                       validators=[DataRequired(), Length(max=200), PlainText()])
    submit = SubmitField(_l("Save"))


class SettingsForm(Form):
    description = TextAreaField(_l("About the society"), filters=[strip],
                                validators=[Length(max=5000), PlainText()])
    default_locale = SelectField(_l("Main language"), choices=list(ENDONYMS.items()))
    working_locales = SelectMultipleField(
        _l("Working languages"), choices=list(ENDONYMS.items()),
        option_widget=CheckboxInput(), widget=ListWidget(prefix_label=False),
    )
    share_member_emails = BooleanField(_l("Show members' e-mail addresses to other organizations"))
    submit = SubmitField(_l("Save"))
