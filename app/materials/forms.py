from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import HiddenField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from app.forms import Form, PlainText, strip
from app.i18n import ENDONYMS

MATERIAL_KIND_LABELS = {"poster": _l("Poster"), "leaflet": _l("Leaflet"), "guide": _l("Guide"),
                        "social_kit": _l("Social media kit"), "press_release": _l("Press release"),
                        "video": _l("Video"), "other": _l("Other material")}
MATERIAL_AUDIENCE_LABELS = {"public": _l("Everyone (public)"), "volunteers": _l("Volunteers"),
                            "participants": _l("Staff of the participating societies"),
                            "organization": _l("Only our society")}
CLEARANCE_LABELS = {"draft": _l("Draft"), "submitted": _l("Waiting for clearance"), "cleared": _l("Cleared")}
FILE_HELP = _l("PDF, PNG, JPEG, WebP, DOCX, PPTX, XLSX, ZIP (social media kit) or MP4, at most %(mb)s MB.")


class MaterialForm(Form):
    title = StringField(_l("Title"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    description = TextAreaField(_l("Description"), filters=[strip],
                                validators=[Optional(), Length(max=5000), PlainText()])
    kind = SelectField(_l("Kind"), choices=list(MATERIAL_KIND_LABELS.items()), default="leaflet")
    audience = SelectField(_l("For whom"), choices=list(MATERIAL_AUDIENCE_LABELS.items()), default="volunteers",
                           description=_l("Material for volunteers or the public is seen by them only once "
                                          "it has been cleared."))
    file = FileField(_l("File"))
    file_locale = SelectField(_l("Language of the file"), choices=list(ENDONYMS.items()))
    video_url = StringField(_l("Video link (instead of a file)"), filters=[strip],
                            validators=[Optional(), Length(max=500), PlainText()])
    submit = SubmitField(_l("Save the material"))


class FileForm(Form):
    file_locale = SelectField(_l("Language of the file"), choices=list(ENDONYMS.items()))
    file = FileField(_l("File"), validators=[DataRequired(message=_l("Choose a file."))])
    submit = SubmitField(_l("Add the file"))


class ClearanceForm(Form):
    action = HiddenField()
    comment = TextAreaField(_l("What needs to change"), filters=[strip],
                            validators=[Optional(), Length(max=2000), PlainText()])


class LibraryFilterForm(Form):
    class Meta:
        csrf = False

    campaign = SelectField(_l("Campaign"), coerce=int, default=0)
    kind = SelectField(_l("Kind"), choices=[("", _l("Any kind"))] + list(MATERIAL_KIND_LABELS.items()), default="")
    language = SelectField(_l("Language"), choices=[("", _l("Any language"))] + list(ENDONYMS.items()), default="")
