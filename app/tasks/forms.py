from flask_babel import lazy_gettext as _l
from wtforms import DateField, HiddenField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.widgets import CheckboxInput, ListWidget
from wtforms.validators import DataRequired, Length, Optional

from app.forms import Form, PlainText, strip

TASK_STATUS_LABELS = {
    "open": _l("New"), "accepted": _l("Accepted"), "in_progress": _l("Being worked on"),
    "blocked": _l("Blocked"), "done": _l("Done"), "declined": _l("Refused"), "cancelled": _l("Cancelled"),
}
PRIORITY_LABELS = {"low": _l("Low"), "normal": _l("Normal"), "high": _l("High"), "urgent": _l("Urgent")}
VISIBILITY_LABELS = {"campaign": _l("Everyone in the campaign"),
                     "organization": _l("Only the two societies concerned")}
ACTION_LABELS = {"accept": _l("Accept"), "decline": _l("Decline"), "start": _l("Start work"),
                 "block": _l("Mark as blocked"), "finish": _l("Mark as done"), "reopen": _l("Reopen"),
                 "cancel": _l("Cancel the task")}


class TaskForm(Form):
    title = StringField(_l("Title"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    description = TextAreaField(_l("Description"), filters=[strip],
                                validators=[Optional(), Length(max=5000), PlainText()])
    assignee_org = SelectField(_l("Given to the society"), coerce=int)
    assignee_orgs = SelectMultipleField(_l("Given to the societies (each gets its own task)"), coerce=int,
                                        option_widget=CheckboxInput(), widget=ListWidget(prefix_label=False))
    assignee_user = SelectField(_l("Person (optional)"), coerce=int)
    priority = SelectField(_l("Priority"), choices=list(PRIORITY_LABELS.items()), default="normal")
    due_date = DateField(_l("Due date"), validators=[Optional()])
    visibility = SelectField(_l("Who sees the task"), choices=list(VISIBILITY_LABELS.items()),
                             default="organization")
    submit = SubmitField(_l("Create the task"))


class TransitionForm(Form):
    action = HiddenField()
    version = HiddenField()
    reason = TextAreaField(_l("Reason"), filters=[strip], validators=[Optional(), Length(max=1000), PlainText()])
    assignee_user = SelectField(_l("Person"), coerce=int, validate_choice=False)


class CommentForm(Form):
    body = TextAreaField(_l("Comment"), filters=[strip], validators=[DataRequired(), Length(max=5000), PlainText()])
    submit = SubmitField(_l("Comment"))
