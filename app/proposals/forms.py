from flask_babel import lazy_gettext as _l, lazy_pgettext
from flask_wtf.file import MultipleFileField
from wtforms import (DateField, DecimalField, FieldList, FormField, HiddenField, RadioField, SelectField,
                     SelectMultipleField, StringField, SubmitField, TextAreaField)
from wtforms import Form as PlainForm
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from app.campaigns.forms import AUDIENCE_LABELS, UNIT_LABELS
from app.forms import Form, PlainText, _Translations, strip

# A proposal's words, with a context: "Declined" and "Withdrawn" read differently for a society in a campaign.
PROPOSAL_STATUS_LABELS = {"draft": _l("Draft"), "open": _l("Open for discussion"),
                          "accepted": lazy_pgettext("proposal", "Accepted"),
                          "declined": lazy_pgettext("proposal", "Declined"),
                          "withdrawn": lazy_pgettext("proposal", "Withdrawn")}
# The proposal's history: a new status, or one of these.
PROPOSAL_EVENT_LABELS = {**PROPOSAL_STATUS_LABELS, "draft": _l("Written as a draft"),
                         "open": _l("Opened to the region"), "changes_asked": _l("Changes asked for"),
                         "edited": _l("Edited")}
ANSWER_LABELS = {"endorse": _l("We would join"), "refuse": _l("We would not join")}


def _text(label, limit, required=False, area=False, description=None):
    validators = ([DataRequired()] if required else [Optional()]) + [Length(max=limit), PlainText()]
    return (TextAreaField if area else StringField)(label, filters=[strip], validators=validators,
                                                    description=description)


def _checkboxes(label, **kwargs):
    return SelectMultipleField(label, option_widget=CheckboxInput(), widget=ListWidget(prefix_label=False), **kwargs)


class IndicatorRow(PlainForm):
    """One proposed indicator; an empty name leaves the row out (or drops the indicator it was)."""

    class Meta:
        def get_translations(self, form):
            return _Translations()

    id = HiddenField()
    name = _text(_l("Indicator"), 200)
    # Checked by the service, for rows that name an indicator (an empty row needs no unit).
    unit = SelectField(_l("Unit"), choices=list(UNIT_LABELS.items()), validate_choice=False)
    target = DecimalField(_l("Regional target"), places=None, validators=[Optional(), NumberRange(min=0)])


class ProposalForm(Form):
    org = SelectField(_l("Proposed by"), coerce=int)
    title = _text(_l("Title"), 200, required=True)
    problem = _text(_l("The problem it answers"), 5000, required=True, area=True)
    audiences = _checkboxes(_l("Target audiences"), choices=list(AUDIENCE_LABELS.items()))
    key_messages = _text(_l("Key messages"), 5000, area=True)
    start_date = DateField(_l("Proposed start"), validators=[InputRequired()])
    end_date = DateField(_l("Proposed end"), validators=[InputRequired()])
    societies = _checkboxes(_l("For which societies"), coerce=int,
                            description=_l("None chosen: for every society of the region."))
    partners_needed = _text(_l("Partners it needs"), 5000, area=True)
    indicators = FieldList(FormField(IndicatorRow), min_entries=3, max_entries=12)
    files = MultipleFileField(_l("Attachments (optional)"))
    decision = HiddenField()
    save = SubmitField(_l("Save as draft"))
    open = SubmitField(_l("Save and open to the region"))


class AnswerForm(Form):
    org = SelectField(_l("For"), coerce=int)
    answer = RadioField(_l("Would your society join?"), choices=list(ANSWER_LABELS.items()),
                        validators=[InputRequired()])
    note = _text(_l("Conditions, or why not"), 2000, area=True,
                 description=_l("If your society would not join, say why."))
    submit = SubmitField(_l("Send the answer"))


class CommentForm(Form):
    body = _text(_l("Comment"), 5000, required=True, area=True)
    submit = SubmitField(_l("Comment"))


class NoteForm(Form):
    """The coordinator's decline and request for changes, and the author's withdrawal: a note and a button."""

    note = _text(_l("Reason or changes asked for"), 2000, area=True)
    submit = SubmitField(_l("Send"))


class ProposalFilterForm(Form):
    class Meta:
        csrf = False

    status = SelectField(_l("Status"), choices=[("", _l("Any status"))] + list(PROPOSAL_STATUS_LABELS.items()),
                         default="")
    org = SelectField(_l("Proposed by"), default="")
    submit = SubmitField(_l("Show"))
