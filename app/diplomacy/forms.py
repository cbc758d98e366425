from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, DateTimeLocalField, IntegerField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from app.forms import Form, PlainText, strip

ACTIVITY_STATUS_LABELS = {"planned": _l("Planned"), "ongoing": _l("Ongoing"), "done": _l("Carried out"),
                          "dropped": _l("Dropped")}
PLAN_STATUS_LABELS = {"draft": _l("Draft"), "approved": _l("Approved")}
PARTNER_KIND_LABELS = {"government": _l("Government body"), "un_agency": _l("UN agency"),
                       "international": _l("International organization"), "ngo": _l("NGO"),
                       "private": _l("Private sector"), "media": _l("Media"), "academia": _l("Academia"),
                       "community": _l("Community or religious organization")}
PARTNER_STAGE_LABELS = {"identified": _l("Identified"), "contacted": _l("Contacted"), "engaged": _l("Engaged"),
                        "agreement": _l("Agreement")}
QUARTERS = [(1, _l("Q1")), (2, _l("Q2")), (3, _l("Q3")), (4, _l("Q4"))]


def _checkboxes(label, **kwargs):
    return SelectMultipleField(label, coerce=int, option_widget=CheckboxInput(),
                               widget=ListWidget(prefix_label=False), **kwargs)


# What changed in an approved plan, as its note lists it (app/services/plans.py: reopen).
CHANGE_LABELS = {"plan_edited": _l("Plan edited"), "objective_added": _l("Objective added"),
                 "objective_edited": _l("Objective edited"), "objective_removed": _l("Objective removed"),
                 "objective_restored": _l("Objective restored"), "activity_added": _l("Activity added"),
                 "activity_edited": _l("Activity edited"), "activity_removed": _l("Activity removed"),
                 "activity_restored": _l("Activity restored")}


class PlanForm(Form):
    year = IntegerField(_l("Year"), validators=[DataRequired()])
    title = StringField(_l("Title"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    summary = TextAreaField(_l("Summary"), filters=[strip], validators=[Optional(), Length(max=5000), PlainText()])
    submit = SubmitField(_l("Create the plan"))


class ObjectiveForm(Form):
    title = StringField(_l("Objective"), filters=[strip], validators=[DataRequired(), Length(max=300), PlainText()])
    aims = _checkboxes(_l("Aims of the development strategy it serves"))
    submit = SubmitField(_l("Add the objective"))


class StrategyForm(Form):
    title = StringField(_l("Title"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    start_year = IntegerField(_l("From the year"), validators=[DataRequired()])
    end_year = IntegerField(_l("To the year"), validators=[DataRequired()])
    shared = BooleanField(_l("Share with the regional office"))
    submit = SubmitField(_l("Save the strategy"))


class AimForm(Form):
    title = StringField(_l("Strategic aim"), filters=[strip],
                        validators=[DataRequired(), Length(max=300), PlainText()])
    description = TextAreaField(_l("Description"), filters=[strip],
                                validators=[Optional(), Length(max=3000), PlainText()])
    submit = SubmitField(_l("Add the aim"))


class ActivityForm(Form):
    objective = SelectField(_l("Objective"), coerce=int)
    title = StringField(_l("Activity"), filters=[strip], validators=[DataRequired(), Length(max=300), PlainText()])
    description = TextAreaField(_l("Description"), filters=[strip],
                                validators=[Optional(), Length(max=3000), PlainText()])
    quarters = _checkboxes(_l("Quarters"), choices=QUARTERS)
    departments = _checkboxes(_l("Departments involved"))
    partners = _checkboxes(_l("Partners involved"))
    campaign = SelectField(_l("Campaign (optional)"), coerce=int, default=0)
    submit = SubmitField(_l("Add the activity"))


class ActivityStatusForm(Form):
    status = SelectField(_l("Status"), choices=list(ACTIVITY_STATUS_LABELS.items()))


class RegionPartnerFilterForm(Form):
    """Filters of the region's partner list (GET, so no CSRF); an unknown value is ignored, never an error."""

    class Meta:
        csrf = False

    society = SelectField(_l("Society"), coerce=int, default=0)
    kind = SelectField(_l("Type"), choices=[("", _l("Any type"))] + list(PARTNER_KIND_LABELS.items()), default="")
    stage = SelectField(_l("Stage"), choices=[("", _l("Any stage"))] + list(PARTNER_STAGE_LABELS.items()),
                        default="")
    submit = SubmitField(_l("Show"))

    def values(self) -> dict:
        """The chosen filters; a field with an invalid value counts as not chosen."""
        self.validate()
        return {name: self[name].data for name in ("society", "kind", "stage")
                if not self[name].errors and self[name].data}


class PartnerForm(Form):
    name = StringField(_l("Name"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    kind = SelectField(_l("Type"), choices=list(PARTNER_KIND_LABELS.items()))
    stage = SelectField(_l("Stage"), choices=list(PARTNER_STAGE_LABELS.items()))
    stage_reason = StringField(_l("Why the stage goes back"), filters=[strip],
                               validators=[Optional(), Length(max=1000), PlainText()],
                               description=_l("Needed only when the partner goes back to an earlier stage."))
    contact_person = StringField(_l("Contact person"), filters=[strip],
                                 validators=[Optional(), Length(max=200), PlainText()])
    channels = StringField(_l("How to reach them"), filters=[strip],
                           validators=[Optional(), Length(max=500), PlainText()])
    next_step = StringField(_l("Next step"), filters=[strip], validators=[Optional(), Length(max=500), PlainText()])
    next_step_date = DateField(_l("Date of the next step"), validators=[Optional()])
    notes = TextAreaField(_l("Notes"), filters=[strip], validators=[Optional(), Length(max=5000), PlainText()])
    campaigns = _checkboxes(_l("Campaigns"))
    shared = BooleanField(_l("Share with the regional office"))
    submit = SubmitField(_l("Save the partner"))


MEETING_MODE_LABELS = {"online": _l("Online"), "in_person": _l("In person")}


def _sensible_year(form, field):
    if field.data and not 2000 <= field.data.year <= 2100:
        raise ValidationError(_l("Choose a date between 2000 and 2100."))


class MeetingForm(Form):
    title = StringField(_l("Title"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    starts_at = DateTimeLocalField(_l("Starts"), format="%Y-%m-%dT%H:%M", validators=[DataRequired(), _sensible_year])
    ends_at = DateTimeLocalField(_l("Ends"), format="%Y-%m-%dT%H:%M", validators=[DataRequired(), _sensible_year])
    mode = SelectField(_l("Format"), choices=list(MEETING_MODE_LABELS.items()))
    location = StringField(_l("Place or link"), filters=[strip], validators=[Optional(), Length(max=300), PlainText()])
    participants = _checkboxes(_l("Participating organizations"))
    agenda = TextAreaField(_l("Agenda"), filters=[strip], validators=[Optional(), Length(max=5000), PlainText()])
    submit = SubmitField(_l("Record the meeting"))


class MinutesForm(Form):
    agenda = TextAreaField(_l("Agenda"), filters=[strip], validators=[Optional(), Length(max=5000), PlainText()])
    minutes = TextAreaField(_l("Minutes"), filters=[strip], validators=[Optional(), Length(max=20000), PlainText()],
                            description=_l("Markdown works."))
    submit = SubmitField(_l("Save the minutes"))


class AttendeeForm(Form):
    user = SelectField(_l("Member"), coerce=int, default=0)
    name = StringField(_l("Or the person's name"), filters=[strip], validators=[Optional(), Length(max=200), PlainText()])
    role = StringField(_l("Role"), filters=[strip], validators=[Optional(), Length(max=200), PlainText()])
    submit = SubmitField(_l("Add the attendee"))


class DecisionForm(Form):
    text = TextAreaField(_l("Decision"), filters=[strip], validators=[DataRequired(), Length(max=2000), PlainText()])
    submit = SubmitField(_l("Add the decision"))


class DecisionTaskForm(Form):
    assignee_org = SelectField(_l("Given to"), coerce=int)
    due_date = DateField(_l("Due date"), validators=[Optional()])
    submit = SubmitField(_l("Make it a task"))
