from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import Length
from wtforms.widgets import CheckboxInput, ListWidget

from app.forms import Form, PlainText, strip
from app.i18n import ENDONYMS
from app.services.translation_queue import DEFAULT_STATUS

FIELD_LABELS = {"name": _l("Name"), "description": _l("Description"), "title": _l("Title"),
                "summary": _l("Summary"), "body": _l("Text"), "agenda": _l("Agenda"), "minutes": _l("Minutes"),
                "text": _l("Decision"), "local_note": _l("Local note"), "key_messages": _l("Key messages"),
                "problem": _l("The problem it answers"), "partners_needed": _l("Partners it needs")}
KIND_LABELS = {"organization": _l("Organization"), "department": _l("Department"), "campaign": _l("Campaign"),
               "indicator": _l("Indicator"), "milestone": _l("Milestone"), "update": _l("Campaign news"),
               "adaptation": _l("Local adaptation"),
               "task": _l("Task"), "material": _l("Material"), "plan": _l("Humanitarian diplomacy plan"),
               "objective": _l("Objective"), "activity": _l("Activity"), "partner": _l("Partner"),
               "meeting": _l("Meeting"), "decision": _l("Decision"), "strategy": _l("Development strategy"),
               "aim": _l("Strategic aim"), "proposal": _l("Campaign proposal"),
               "proposal_indicator": _l("Proposed indicator")}
STATE_LABELS = {
    "missing": _l("Missing"),
    "incomplete": _l("Incomplete"),
    "outdated": _l("Outdated"),
    "draft": _l("Draft"),
    "reviewed": _l("Reviewed"),
}
# The queue's status filter (app.services.translation_queue.STATUS_FILTERS says which states each lists).
STATUS_FILTER_LABELS = {
    "needs_work": _l("Needs work"),
    "missing": _l("Missing"),
    "outdated": _l("Outdated"),
    "review": _l("To review"),
    "incomplete": _l("Incomplete"),
    "all": _l("All"),
}
_LIMITS = {"name": 200, "title": 200, "description": 5000, "summary": 1000, "body": 20000, "agenda": 5000,
           "minutes": 20000, "text": 2000, "local_note": 5000, "key_messages": 5000,
           "problem": 5000, "partners_needed": 5000}


def _limit(obj, name: str) -> int:
    """The column's own length where it has one (a title of 300 for activities), else the text limit."""
    column = type(obj).translations.property.mapper.class_.__table__.c[name]
    return getattr(column.type, "length", None) or _LIMITS[name]


def translation_form_class(obj):
    """A form with one input per translatable field of `obj`, and the version it was opened at."""

    class TranslationForm(Form):
        version = HiddenField(default="0")
        submit = SubmitField(_l("Save as draft"))
        save_next = SubmitField(_l("Save and next"))

    for name in obj.__translatable__:
        field_class = TextAreaField if _LIMITS[name] > 200 else StringField
        setattr(TranslationForm, name, field_class(
            FIELD_LABELS[name], filters=[strip], validators=[Length(max=_limit(obj, name)), PlainText()]))
    return TranslationForm


class ReviewForm(Form):
    version = HiddenField()
    submit = SubmitField(_l("Mark as reviewed"))


class FilterForm(Form):
    class Meta:
        csrf = False  # a GET filter changes nothing

    # None ticked: the person's own languages (app.policy.queue_locales).
    language = SelectMultipleField(_l("Languages"), choices=list(ENDONYMS.items()), option_widget=CheckboxInput(),
                                   widget=ListWidget(prefix_label=False))
    # Not "kind": the edit form's address has a kind of its own, and the queue's filters travel with it.
    content = SelectField(_l("Kind of content"), choices=[("", _l("All kinds"))] + list(KIND_LABELS.items()),
                          default="")
    status = SelectField(_l("Status"), choices=list(STATUS_FILTER_LABELS.items()), default=DEFAULT_STATUS)
    # Their choices are what the list holds (set by the view); an id it does not hold simply finds nothing.
    campaign = SelectField(_l("Campaign"), coerce=int, default=0, validate_choice=False)
    organization = SelectField(_l("Organization"), coerce=int, default=0, validate_choice=False)
    submit = SubmitField(_l("Show"))
