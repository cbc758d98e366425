from flask_babel import lazy_gettext as _l
from wtforms import DateField, SelectField, SubmitField
from wtforms.validators import Optional

from app.audit.labels import ACTIONS, OBJECTS
from app.forms import Form


class AuditFilterForm(Form):
    """Filters of an organization's audit log (GET, so no CSRF); a value not understood is ignored."""

    class Meta:
        csrf = False

    person = SelectField(_l("Who"), coerce=int, default=0)
    kind = SelectField(_l("Kind of object"), choices=[("", _l("Any kind"))] + list(OBJECTS.items()), default="")
    action = SelectField(_l("Action"), choices=[("", _l("Any action"))] + list(ACTIONS.items()), default="")
    since = DateField(_l("From"), validators=[Optional()])
    until = DateField(_l("To"), validators=[Optional()])
    submit = SubmitField(_l("Show"))

    def values(self) -> dict:
        """The chosen filters; a field with a value not understood counts as not chosen."""
        self.validate()
        return {name: self[name].data for name in ("person", "kind", "action", "since", "until")
                if not self[name].errors and self[name].data}
