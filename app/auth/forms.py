from flask_babel import lazy_gettext as _l
from wtforms import EmailField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, Length

from app.forms import Form, PlainText, strip, new_password_fields


class LoginForm(Form):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=128)])
    submit = SubmitField(_l("Log in"))


class ResetRequestForm(Form):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Email(), Length(max=254)])
    submit = SubmitField(_l("Send me a link"))


class ResetPasswordForm(Form):
    password, confirm = new_password_fields()
    submit = SubmitField(_l("Set the new password"))


class AcceptInvitationForm(Form):
    full_name = StringField(_l("Your full name"), filters=[strip],
                            validators=[DataRequired(), Length(max=200), PlainText()])
    password, confirm = new_password_fields()
    submit = SubmitField(_l("Join"))


class JoinWithAccountForm(Form):
    """Accepting an invitation for an address that has an account: its owner's password (not asked
    when already logged in as that account)."""

    password = PasswordField(_l("Your Hamkor password"), validators=[Length(max=128)])
    submit = SubmitField(_l("Join"))
