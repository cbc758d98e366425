"""Form pieces shared by several features."""
import re
from urllib.parse import urlsplit

from flask_babel import get_translations
from flask_babel import lazy_gettext as _l
from flask import request
from flask_wtf import FlaskForm
from flask_wtf.form import _Auto
from wtforms import PasswordField
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError

PASSWORD_MIN = 10
PASSWORD_MAX = 128


class _Translations:
    """WTForms' own messages ("This field is required.") through Hamkor's catalogs.

    WTForms ships no Turkmen, Kyrgyz, Uzbek or Tajik catalog, so its messages are
    translated here, in all seven languages, like every other string.
    """

    def gettext(self, string):
        return get_translations().gettext(string)

    def ngettext(self, singular, plural, n):
        return get_translations().ngettext(singular, plural, n)


class Form(FlaskForm):
    class Meta:
        def get_translations(self, form):
            return _Translations()

        def wrap_formdata(self, form, formdata):
            """Forms read form posts only. Flask-WTF would also read a JSON body, which then slips
            past every check keyed on request.form (the per-account login limit was one)."""
            data = super().wrap_formdata(form, formdata)
            if data is not None and formdata is _Auto and request.is_json and not (request.form or request.files):
                return None
            return data


def _wtforms_messages(_, ngettext):  # never called: lets pybabel extract WTForms' messages
    _("This field is required.")
    _("Not a valid choice.")
    _("Invalid Choice: could not coerce.")
    _("Invalid email address.")
    _("Invalid input.")
    _("Field must be between %(min)d and %(max)d characters long.")
    ngettext("Field cannot be longer than %(max)d character.", "Field cannot be longer than %(max)d characters.", 1)
    ngettext("Field must be at least %(min)d character long.", "Field must be at least %(min)d characters long.", 1)
    ngettext("'%(value)s' is not a valid choice for this field.",
             "'%(value)s' are not valid choices for this field.", 1)
    _("Invalid choice(s): one or more data inputs could not be coerced.")
    _("Not a valid date value.")
    _("Not a valid decimal value.")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip(value):
    """Field filter: leading and trailing spaces never count."""
    return value.strip() if isinstance(value, str) else value


class PlainText:
    """Refuses invisible control characters (NUL and the like) in text people will read."""

    def __call__(self, form, field):
        if isinstance(field.data, str) and _CONTROL.search(field.data):
            raise ValidationError(_l("This text contains characters that cannot be used."))


def new_password_fields():
    """A new password and its confirmation, with the same rules everywhere."""
    password = PasswordField(
        _l("New password"),
        validators=[DataRequired(), Length(min=PASSWORD_MIN, max=PASSWORD_MAX)],
        description=_l("At least %(count)d characters.", count=PASSWORD_MIN),
    )
    confirm = PasswordField(
        _l("Repeat the new password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The two passwords do not match."))],
    )
    return password, confirm


def safe_next(target: str | None) -> str | None:
    """Only a path on this site: no scheme, no host, no '//' or backslash tricks."""
    if not target:
        return None
    target = target.strip()
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def attach_error(form, error) -> None:
    """Show a service's refusal beside the field it names, or above the form."""
    field = form._fields.get(error.field) if error.field else None
    if field is not None:
        field.errors = list(field.errors) + [error.message]
    else:
        form.form_errors.append(error.message)


def parse_version(raw) -> int | None:
    """The version number a form was opened at (optimistic locking); None when it is not a number."""
    try:
        return int(raw)
    except (TypeError, ValueError):
        return None


def submit_edit(form, save) -> tuple[int, bool] | None:
    """The POST of an edit page: validate, then `save(version)` with the version the page was opened at.
    None when saved (the caller redirects); else the status and whether it was a conflict, for the page
    shown again with what was typed."""
    from flask import flash
    from flask_babel import gettext

    from app.services import ServiceError
    from app.services.versions import Conflict

    if not form.validate():
        return 400, False
    try:
        save(parse_version(request.form.get("version")))
    except Conflict as conflict:
        flash(conflict.message, "warning")
        return 409, True
    except ServiceError as error:
        attach_error(form, error)
        return 400, False
    flash(gettext("Your changes have been saved."), "success")
    return None


def submit_removal(remove) -> None:
    """The POST of a remove button (its whole form is the CSRF token): `remove()`, then say how to undo it,
    or why it could not be done."""
    from flask import abort, flash
    from flask_babel import gettext

    from app.services import ServiceError

    if not Form().validate_on_submit():
        abort(400)
    try:
        remove()
    except ServiceError as error:
        flash(error.message, "danger")
    else:
        flash(gettext("Removed. Your organization's admins can restore it for 30 days from the space's "
                      "\"Recently removed\" list."), "success")


def filters_used(form, names) -> list[tuple[str, str]]:
    """For a download, each filter of a GET form that was asked for: its value as the reader sees it, or
    the value marked as not applied (a value the form did not understand is ignored)."""
    from flask_babel import gettext

    from app.formatting import day

    chosen = form.values()
    used = []
    for name in names:
        if name not in form or not request.args.get(name):
            continue
        field = form[name]
        if name in chosen:
            value = chosen[name]
            shown = day(value) if hasattr(value, "isoformat") else dict(field.choices).get(value, value)
            used.append((str(field.label.text), str(shown)))
        elif field.errors:
            raw = "".join(ch for ch in request.args.get(name)[:100] if ch.isprintable())
            used.append((str(field.label.text), gettext("%(value)s (not applied)", value=raw)))
    return used
