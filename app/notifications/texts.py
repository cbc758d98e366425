"""What a notification says, in the current locale: used by the list page and by the e-mails."""
from flask_babel import gettext as _, lazy_gettext as _l, ngettext

from app.formatting import day
from app.i18n import text

KIND_LABELS = {
    "assigned": _l("A task is given to me or my society"),
    "answered": _l("A society accepts or declines a task I gave"),
    "status": _l("The status of a task I follow changes"),
    "changed": _l("A task I follow is edited"),
    "comment": _l("A comment on a task I follow"),
    "mention": _l("Someone mentions me in a comment"),
    "due_soon": _l("A task is due in two days"),
    "overdue": _l("A task is overdue"),
    "escalation": _l("A task of my society or campaign is long overdue"),
    "clearance": _l("Material I made or clear is sent, cleared or sent back"),
    "meeting": _l("My society is invited to a meeting, or answers an invitation we sent"),
    "proposal": _l("A campaign is proposed to the region, or a proposal I made is answered or decided"),
    "volunteer": _l("Someone applies to volunteer with my society"),
}
CHANNEL_LABELS = {"app": _l("In the app only"), "email": _l("E-mail at once"),
                  "digest": _l("In the daily e-mail digest")}


def describe(n) -> str:
    from app.tasks.forms import TASK_STATUS_LABELS

    task = n.task
    title = text(task, "title", task.owner_org) if task else "—"
    actor = (n.actor.full_name or n.actor.email) if n.actor else "Hamkor"
    data = n.data or {}
    if n.kind == "meeting":
        return _describe_meeting(n, actor, data)
    if n.kind == "proposal":
        return _describe_proposal(n, actor, data)
    if n.kind == "volunteer":
        org = volunteer_org(n)
        return _("Someone applied to volunteer with %(org)s. Approve or decline the application on the members "
                 "page.", org=text(org, "name", org) if org else "—")
    if n.kind == "clearance":
        material = n.material
        name = text(material, "title", material.owner_org) if material else "—"
        if data.get("step") == "submitted":
            return _("%(actor)s sent the material “%(material)s” for clearance.", actor=actor, material=name)
        if data.get("step") == "cleared":
            return _("The material “%(material)s” has been cleared.", material=name)
        return _("%(actor)s sent the material “%(material)s” back: %(comment)s", actor=actor, material=name,
                 comment=data.get("comment") or "—")
    if n.kind == "assigned":
        if data.get("personal"):
            return _("%(actor)s gave you the task “%(task)s”.", actor=actor, task=title)
        return _("%(org)s has been given the task “%(task)s”.",
                 org=text(task.assignee_org, "name", task.assignee_org), task=title)
    if n.kind == "answered":
        org = text(task.assignee_org, "name", task.assignee_org)
        if data.get("accepted"):
            return _("%(org)s accepted the task “%(task)s”.", org=org, task=title)
        return _("%(org)s declined the task “%(task)s”: %(reason)s", org=org, task=title,
                 reason=data.get("reason") or "—")
    if n.kind == "status":
        return _("%(actor)s changed the status of “%(task)s” to: %(status)s.", actor=actor, task=title,
                 status=TASK_STATUS_LABELS.get(data.get("status"), data.get("status")))
    if n.kind == "changed":
        return _("%(actor)s edited the task “%(task)s”.", actor=actor, task=title)
    if n.kind == "comment":
        return _("%(actor)s commented on “%(task)s”.", actor=actor, task=title)
    if n.kind == "mention":
        return _("%(actor)s mentioned you in a comment on “%(task)s”.", actor=actor, task=title)
    due = day(task.due_date, "long") if task and task.due_date else "—"
    if n.kind == "due_soon":
        return _("The task “%(task)s” is due on %(date)s.", task=title, date=due)
    if n.kind == "overdue":
        return _("The task “%(task)s” was due on %(date)s and is not done.", task=title, date=due)
    days = int(data.get("days") or 0)
    return ngettext("The task “%(task)s” given to %(org)s is %(num)d day overdue.",
                    "The task “%(task)s” given to %(org)s is %(num)d days overdue.", days,
                    task=title, org=text(task.assignee_org, "name", task.assignee_org) if task else "—")


def _describe_meeting(n, actor: str, data: dict) -> str:
    meeting = n.meeting
    if meeting is None:
        return "—"
    title = text(meeting, "title", meeting.organizer)
    invited = meeting.invited_organization(data.get("org_id"))
    org = text(invited, "name", invited) if invited else "—"
    if data.get("step") == "invited":
        return _("%(organizer)s invites %(org)s to the meeting “%(meeting)s” on %(date)s. Accept or decline it on "
                 "the meetings page.", organizer=text(meeting.organizer, "name", meeting.organizer), org=org,
                 meeting=title, date=day(meeting.starts_at, "long"))
    if data.get("step") == "accepted":
        return _("%(org)s accepted the invitation to the meeting “%(meeting)s”.", org=org, meeting=title)
    return _("%(org)s declined the invitation to the meeting “%(meeting)s”.", org=org, meeting=title)


def _describe_proposal(n, actor: str, data: dict) -> str:
    proposal = n.proposal
    if proposal is None:
        return "—"
    title = text(proposal, "title", proposal.author_org)
    step = data.get("step")
    if step == "opened":
        return _("%(org)s proposes a regional campaign: “%(proposal)s”. Say whether your society would join.",
                 org=text(proposal.author_org, "name", proposal.author_org), proposal=title)
    if step == "answered":
        org = next((a.organization for a in proposal.answers if a.organization_id == data.get("org_id")), None)
        name = text(org, "name", org) if org else "—"
        if data.get("answer") == "endorse":
            return _("%(org)s would join the proposed campaign “%(proposal)s”.", org=name, proposal=title)
        return _("%(org)s would not join the proposed campaign “%(proposal)s”.", org=name, proposal=title)
    if step == "comment":
        return _("%(actor)s commented on the proposal “%(proposal)s”.", actor=actor, proposal=title)
    if step == "changes":
        return _("The coordinator asks for changes to the proposal “%(proposal)s”.", proposal=title)
    if step == "accepted":
        return _("The proposal “%(proposal)s” is accepted: it is now a draft regional campaign.", proposal=title)
    return _("The proposal “%(proposal)s” has been declined.", proposal=title)


def volunteer_org(n):
    from app.extensions import db
    from app.models import Organization

    return db.session.get(Organization, (n.data or {}).get("org_id") or 0)
