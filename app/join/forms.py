from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Email, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from app.forms import Form, PlainText, strip


class JoinForm(Form):
    org = SelectField(_l("Society"), validators=[DataRequired()])
    full_name = StringField(_l("Your name"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    email = EmailField(_l("E-mail"), filters=[strip], validators=[DataRequired(), Email(), Length(max=254)])
    phone = StringField(_l("Phone (optional)"), filters=[strip], validators=[Optional(), Length(max=40), PlainText()])
    city = StringField(_l("City or town"), filters=[strip], validators=[DataRequired(), Length(max=120), PlainText()])
    languages = SelectMultipleField(_l("Languages you speak"), option_widget=CheckboxInput(),
                                    widget=ListWidget(prefix_label=False))
    interests = TextAreaField(_l("What would you like to help with?"), filters=[strip],
                              validators=[DataRequired(), Length(max=2000), PlainText()])
    consent = BooleanField(_l("I have read the note on how the society uses my data and I agree to it."))
    # A field people never see: a bot that fills every field gives itself away.
    website = StringField(_l("Leave this field empty"), validators=[Optional(), Length(max=200)])
    submit = SubmitField(_l("Send my application"))


class DecisionForm(Form):
    reason = TextAreaField(_l("Why (the person is told)"), filters=[strip],
                           validators=[Optional(), Length(max=2000), PlainText()])
