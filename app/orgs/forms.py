from flask_babel import lazy_gettext as _l
from wtforms import EmailField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, Length, Optional, Regexp

from app.forms import Form, PlainText, strip
from app.i18n import ENDONYMS


class OrganizationForm(Form):
    name = StringField(_l("Name"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    slug = StringField(
        _l("Address in the portal"),
        validators=[DataRequired(), Length(max=63),
                    Regexp(r"^[a-z0-9-]+$", message=_l("Use lower-case Latin letters, digits and hyphens."))],
        description=_l("For example: kyrgyzstan. It becomes part of the space's web address."),
    )
    kind = SelectField(_l("Kind"), choices=[("national_society", _l("National Society")),
                                            ("regional_office", _l("Regional office"))])
    country_code = StringField(
        _l("Country code"), validators=[Optional(), Length(min=2, max=2),
                                        Regexp(r"^[A-Za-z]{2}$", message=_l("Two Latin letters, e.g. KG."))])
    default_locale = SelectField(_l("Main language"), choices=list(ENDONYMS.items()))
    admin_email = EmailField(_l("E-mail of the first admin"), validators=[DataRequired(), Email(), Length(max=254)])
    submit = SubmitField(_l("Create organization"))
