"""An organization's own audit log at /<lang>/s/<slug>/audit: for its admins and the coordinator,
filterable, one page at a time, and as CSV with the same filters."""
from flask import g, render_template, request
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.audit import space_bp
from app.audit.forms import AuditFilterForm
from app.audit.labels import ACTIONS, OBJECTS
from app.extensions import db
from app.forms import filters_used
from app.i18n import text
from app.policy import LOGIN, access
from app.services.exports import TEXT, Table

PER_PAGE = 50
FILTERS = ("person", "kind", "action", "since", "until")


def describe(changes: dict | None) -> str:
    """The changed fields as text: "field: before → after" for a change, "field: value" otherwise."""
    parts = []
    for key, value in (changes or {}).items():
        if isinstance(value, list) and len(value) == 2:
            parts.append(f"{key}: {value[0]} → {value[1]}")
        else:
            parts.append(f"{key}: {value}")
    return "; ".join(parts)


def _log():
    org = policy.get_audit_space_or_404(current_user, g.pop("org_slug", None))
    g.org = org
    form = AuditFilterForm(request.args)
    form.person.choices = [(0, _("Anyone"))] + [(u.id, u.full_name or u.email)
                                                 for u in policy.org_audit_people(current_user, org)]
    return org, form, policy.org_audit_events(current_user, org, form.values())


@space_bp.route("/audit")
@access(LOGIN)  # the organization's admins and the coordinator (policy.get_audit_space_or_404)
def log():
    org, form, query = _log()
    page = db.paginate(query, page=max(request.args.get("page", 1, type=int), 1), per_page=PER_PAGE,
                       error_out=False)
    return render_template("audit/space.html", org=org, filters=form, events=page, actions=ACTIONS,
                           objects=OBJECTS, describe=describe)


@space_bp.route("/audit.csv")
@access(LOGIN)  # as the log
def export():
    from app.services import exports

    org, form, query = _log()

    def rows():
        for event in db.session.scalars(query.execution_options(yield_per=500)):
            yield [event.created_at.isoformat(timespec="seconds"),
                   (event.actor.full_name or event.actor.email) if event.actor else _("system"),
                   str(ACTIONS.get(event.action, event.action)),
                   str(OBJECTS.get(event.object_type, event.object_type)), str(event.object_id or ""),
                   describe(event.changes), event.ip_address or ""]

    table = Table(title=f"{_('Audit log')} · {text(org, 'name', org)}", filters=filters_used(form, FILTERS), rows=rows(),
                  columns=[(_("When"), TEXT), (_("Who"), TEXT), (_("Action"), TEXT), (_("Kind of object"), TEXT),
                           (_("Number"), TEXT), (_("Details"), TEXT), (_("Address"), TEXT)])
    return exports.response([table], f"{org.slug}-audit", "csv")
