from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    DecimalField,
    HiddenField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from flask_wtf.file import FileField

from app.forms import Form, PlainText, strip

SCOPE_LABELS = {"regional": _l("Regional"), "national": _l("National")}
STATUS_LABELS = {"draft": _l("Draft"), "active": _l("In progress"), "completed": _l("Completed"),
                 "archived": _l("Archived")}
STATUS_ACTIONS = {"active": _l("Launch the campaign"), "completed": _l("Mark as completed"),
                  "archived": _l("Archive")}
PARTICIPATION_LABELS = {"invited": _l("Invited"), "joined": _l("Joined"), "declined": _l("Declined"),
                        "withdrawn": _l("Withdrawn")}
AUDIENCE_LABELS = {
    "general_public": _l("General public"), "youth": _l("Young people"), "schoolchildren": _l("Schoolchildren"),
    "volunteers": _l("Volunteers"), "health_workers": _l("Health workers"), "migrants": _l("Migrants"),
    "older_people": _l("Older people"), "people_with_disabilities": _l("People with disabilities"),
    "media": _l("Media"), "authorities": _l("Authorities"), "communities": _l("Local communities"),
}
UNIT_LABELS = {"people": _l("people"), "volunteers": _l("volunteers"), "events": _l("events"),
               "sessions": _l("sessions"), "materials": _l("materials"), "media_pieces": _l("media pieces"),
               "percent": _l("percent")}
MILESTONE_LABELS = {"launch": _l("Launch"), "awareness_day": _l("Awareness day"),
                    "review_meeting": _l("Review meeting"), "other": _l("Other")}


def _text(label, limit, required=False, area=False, description=None):
    validators = ([DataRequired()] if required else [Optional()]) + [Length(max=limit), PlainText()]
    field_class = TextAreaField if area else StringField
    return field_class(label, filters=[strip], validators=validators, description=description)


class CampaignForm(Form):
    scope = SelectField(_l("Scope"), choices=list(SCOPE_LABELS.items()))
    title = _text(_l("Title"), 200, required=True)
    summary = _text(_l("Summary"), 1000, area=True)
    body = _text(_l("Text"), 20000, area=True, description=_l("Markdown: **bold**, *italic*, lists, links."))
    start_date = DateField(_l("Start date"), validators=[InputRequired()])
    end_date = DateField(_l("End date"), validators=[InputRequired()])
    audiences = SelectMultipleField(_l("Target audiences"), choices=list(AUDIENCE_LABELS.items()),
                                    option_widget=CheckboxInput(), widget=ListWidget(prefix_label=False))
    hashtags = _text(_l("Hashtags"), 255, description=_l("Separated by spaces, e.g. #FirstAid #HeatWave"))
    is_public = BooleanField(_l("Public: anyone may read the campaign page"))
    cover = FileField(_l("Cover image (optional)"), description=_l("Use a PNG, JPEG or WebP image of at most 2 MB."))
    submit = SubmitField(_l("Save"))


class StatusForm(Form):
    status = HiddenField()
    submit = SubmitField(_l("Change status"))


class InviteSocietiesForm(Form):
    societies = SelectMultipleField(_l("Societies"), coerce=int, option_widget=CheckboxInput(),
                                    widget=ListWidget(prefix_label=False))
    submit = SubmitField(_l("Invite"))


class IndicatorForm(Form):
    name = _text(_l("Indicator"), 200, required=True)
    unit = SelectField(_l("Unit"), choices=list(UNIT_LABELS.items()))
    regional_target = DecimalField(_l("Regional target"), validators=[Optional()], places=None)
    submit = SubmitField(_l("Add indicator"))


class ReportForm(Form):
    participation = SelectField(_l("Society"), coerce=int)
    period_date = DateField(_l("Date"), validators=[InputRequired()])
    value = DecimalField(_l("Value"), validators=[InputRequired()], places=None)
    note = _text(_l("Note"), 1000)
    submit = SubmitField(_l("Report"))


class CorrectionForm(Form):
    value = DecimalField(_l("Correct value"), validators=[InputRequired()], places=None)
    reason = _text(_l("Why the value changes"), 1000, required=True, area=True)
    version = HiddenField()
    submit = SubmitField(_l("Correct the value"))


class MilestoneForm(Form):
    on_date = DateField(_l("Date"), validators=[InputRequired()])
    kind = SelectField(_l("Kind"), choices=list(MILESTONE_LABELS.items()))
    title = _text(_l("Title"), 200, required=True)
    submit = SubmitField(_l("Add milestone"))


class UpdateForm(Form):
    body = _text(_l("News"), 2000, required=True, area=True)
    organization = SelectField(_l("On behalf of"), coerce=int)
    submit = SubmitField(_l("Post"))


class AdaptationForm(Form):
    focal_user = SelectField(_l("Local focal person"), coerce=int)
    local_start = DateField(_l("Local start date"), validators=[Optional()])
    local_end = DateField(_l("Local end date"), validators=[Optional()])
    local_note = _text(_l("Local note"), 5000, area=True)
    key_messages = _text(_l("Local key messages"), 5000, area=True)
    submit = SubmitField(_l("Save"))


class RespondForm(Form):
    reason = _text(_l("Reason"), 1000, area=True)
    join = SubmitField(_l("Join"))
    decline = SubmitField(_l("Decline"))
    withdraw = SubmitField(_l("Leave the campaign"))


class CampaignFilterForm(Form):
    class Meta:
        csrf = False

    status = SelectField(_l("Status"), choices=[("", _l("Any status"))] + list(STATUS_LABELS.items()), default="")
    scope = SelectField(_l("Scope"), choices=[("", _l("Any scope"))] + list(SCOPE_LABELS.items()), default="")
    year = StringField(_l("Year"), validators=[Optional(), Length(max=4)])
    submit = SubmitField(_l("Show"))


class PublicCampaignFilterForm(Form):
    """The anonymous visitor's list: public campaigns by society, status (never draft) and year."""

    class Meta:
        csrf = False

    org = SelectField(_l("Society"), default="")
    status = SelectField(_l("Status"), choices=[("", _l("Any status"))] + [
        (k, v) for k, v in STATUS_LABELS.items() if k != "draft"], default="")
    year = StringField(_l("Year"), validators=[Optional(), Length(max=4)])
    submit = SubmitField(_l("Show"))


class RemoveForm(Form):
    """A button whose whole form is its CSRF token."""
    submit = SubmitField(_l("Remove"))
