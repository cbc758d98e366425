from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, HiddenField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.widgets import CheckboxInput, ListWidget
from wtforms.validators import DataRequired, Length, Optional

from app.forms import Form, PlainText, strip

TASK_STATUS_LABELS = {
    "open": _l("New"), "accepted": _l("Accepted"), "in_progress": _l("Being worked on"),
    "blocked": _l("Blocked"), "done": _l("Done"), "declined": _l("Refused"), "cancelled": _l("Cancelled"),
}
PRIORITY_LABELS = {"low": _l("Low"), "normal": _l("Normal"), "high": _l("High"), "urgent": _l("Urgent")}
VISIBILITY_LABELS = {"campaign": _l("Everyone taking part in the campaign"),
                     "organization": _l("Only the society giving the task and the one receiving it (with several "
                                        "societies, each sees only its own copy)")}
ACTION_LABELS = {"accept": _l("Accept"), "decline": _l("Decline"), "start": _l("Start work"),
                 "block": _l("Mark as blocked"), "finish": _l("Mark as done"), "reopen": _l("Reopen"),
                 "cancel": _l("Cancel the task")}


class TaskForm(Form):
    title = StringField(_l("Title"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    description = TextAreaField(_l("Description"), filters=[strip],
                                validators=[Optional(), Length(max=5000), PlainText()])
    assignee_org = SelectField(_l("Given to the society"), coerce=int)
    all_societies = BooleanField(_l("All participating societies"))
    assignee_orgs = SelectMultipleField(_l("Given to the societies (each gets its own task)"), coerce=int,
                                        option_widget=CheckboxInput(), widget=ListWidget(prefix_label=False))
    assignee_user = SelectField(_l("Person (optional)"), coerce=int,
                                description=_l("Only when the task goes to one society: someone of that society."))
    priority = SelectField(_l("Priority"), choices=list(PRIORITY_LABELS.items()), default="normal")
    due_date = DateField(_l("Due date"), validators=[Optional()])
    visibility = SelectField(_l("Who sees the task"), choices=list(VISIBILITY_LABELS.items()),
                             default="organization")
    milestone = SelectField(_l("Milestone (optional)"), coerce=int, default=0)
    submit = SubmitField(_l("Create the task"))


SHOW_LABELS = {"": _l("All my tasks"), "assigned": _l("Given to me"), "created": _l("Created by me"),
               "watched": _l("Watched by me")}
SIDE_LABELS = {"": _l("Given or received"), "received": _l("Received by the society"),
               "given": _l("Given by the society"), "to_assign": _l("Accepted, nobody assigned yet")}
DUE_LABELS = {"": _l("Any due date"), "overdue": _l("Overdue"), "week": _l("Due within a week"),
              "month": _l("Due within a month"), "none": _l("No due date")}
SORT_LABELS = {"due": _l("Due date first"), "priority": _l("Most urgent first"), "newest": _l("Newest first"),
               "updated": _l("Recently changed first")}


class TaskFilterForm(Form):
    """Filters of a task list (GET, so no CSRF); an unknown value is ignored, never an error page."""

    class Meta:
        csrf = False

    show = SelectField(_l("Which tasks"), choices=list(SHOW_LABELS.items()), default="")
    side = SelectField(_l("Which tasks"), choices=list(SIDE_LABELS.items()), default="")
    campaign = SelectField(_l("Campaign"), coerce=int, default=0)
    society = SelectField(_l("Society"), coerce=int, default=0)
    status = SelectField(_l("Status"), choices=[("", _l("Any status"))] + list(TASK_STATUS_LABELS.items()),
                         default="")
    priority = SelectField(_l("Priority"), choices=[("", _l("Any priority"))] + list(PRIORITY_LABELS.items()),
                           default="")
    due = SelectField(_l("Due date"), choices=list(DUE_LABELS.items()), default="")
    sort = SelectField(_l("Order"), choices=list(SORT_LABELS.items()), default="due")
    submit = SubmitField(_l("Show"))

    def values(self) -> dict:
        """The chosen filters; fields with an invalid value count as not chosen."""
        self.validate()
        return {name: self[name].data for name in ("show", "side", "campaign", "society", "status", "priority", "due", "sort")
                if name in self and not self[name].errors and self[name].data}


class EditTaskForm(Form):
    title = StringField(_l("Title"), filters=[strip], validators=[DataRequired(), Length(max=200), PlainText()])
    description = TextAreaField(_l("Description"), filters=[strip],
                                validators=[Optional(), Length(max=5000), PlainText()])
    priority = SelectField(_l("Priority"), choices=list(PRIORITY_LABELS.items()))
    due_date = DateField(_l("Due date"), validators=[Optional()])
    version = HiddenField()
    submit = SubmitField(_l("Save the task"))


class TransitionForm(Form):
    action = HiddenField()
    version = HiddenField()
    reason = TextAreaField(_l("Reason"), filters=[strip], validators=[Optional(), Length(max=1000), PlainText()])
    assignee_user = SelectField(_l("Person"), coerce=int, validate_choice=False)


class CommentForm(Form):
    body = TextAreaField(_l("Comment"), filters=[strip], validators=[DataRequired(), Length(max=5000), PlainText()],
                         description=_l("Markdown works. Mention someone with @ and their e-mail address, "
                                        "for example @name@example.org; only people who can see the task "
                                        "are told."))
    submit = SubmitField(_l("Comment"))
