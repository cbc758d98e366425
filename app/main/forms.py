from wtforms import HiddenField, SelectField

from app.forms import Form
from app.i18n import ENDONYMS


class LanguageForm(Form):
    locale = SelectField(choices=list(ENDONYMS.items()))
    next = HiddenField()
