"""A removed object answers 404 to everyone — its pages, its edit pages, its remove button, an invitation
to it — and only the admins of the organization it belongs to reach it again, through their space's
restore route."""
import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import DiplomacyPlan, Partner
from app.services import campaigns, removals
from campaign_helpers import campaign
from helpers import org, snapshot, user

EVERYONE = ["coordinator@example.org", "admin.kyrgyzstan@example.org", "staff.kyrgyzstan@example.org",
            "admin.kazakhstan@example.org", "staff.kazakhstan@example.org", "volunteer.kazakhstan@example.org"]


def _kazakh_plan():
    return db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org("kazakhstan").id)
                             .order_by(DiplomacyPlan.year.desc()))


def _removed(kind):
    """(the removed object, the URLs that showed or changed it, the space that restores it, its restorer)."""
    winter = campaign("Safe winter")
    w = f"/en/campaigns/{winter.id}"
    if kind == "milestone":
        obj = winter.milestones[0]
        urls = [f"{w}/milestones/{obj.id}/edit", f"{w}/milestone/{obj.id}/remove"]
        owner, restorer = "ifrc-central-asia", "coordinator@example.org"
    elif kind == "update":
        obj = campaigns.post_update(user("staff.kazakhstan@example.org"), winter, org("kazakhstan"),
                                    body="News", locale="en")
        urls = [f"{w}/updates/{obj.id}/edit", f"{w}/update/{obj.id}/remove"]
        owner, restorer = "kazakhstan", "admin.kazakhstan@example.org"
    elif kind == "report":
        obj = next(r for i in winter.indicators for r in i.reports if r.organization.slug == "kazakhstan")
        urls = [f"{w}/reports/{obj.id}", f"{w}/report/{obj.id}/remove"]
        owner, restorer = "kazakhstan", "admin.kazakhstan@example.org"
    elif kind == "indicator":
        obj = winter.indicators[0]
        urls = [f"{w}/indicators/{obj.id}/", f"{w}/indicators/{obj.id}/edit", f"{w}/indicator/{obj.id}/remove"]
        owner, restorer = "ifrc-central-asia", "coordinator@example.org"
    elif kind == "activity":
        plan = _kazakh_plan()
        obj = plan.objectives[0].activities[0]
        urls = [f"/en/s/kazakhstan/plans/{plan.id}/activities/{obj.id}/edit",
                f"/en/s/kazakhstan/plans/{plan.id}/activity/{obj.id}/remove"]
        owner, restorer = "kazakhstan", "admin.kazakhstan@example.org"
    elif kind == "meeting":
        from datetime import timedelta

        from app.models.base import utcnow
        from app.services import meetings

        start = utcnow() + timedelta(days=3)
        obj = meetings.create(user("admin.kazakhstan@example.org"), org("kazakhstan"), title="Internal", agenda="",
                              starts_at=start, ends_at=start + timedelta(hours=1), mode="online", location="",
                              participants=[org("ifrc-central-asia")], locale="en")
        m = f"/en/s/kazakhstan/meetings/{obj.id}"
        urls = [m, f"{m}/edit", f"{m}/remove", f"{m}/meeting.ics", f"/en/s/ifrc-central-asia/meetings/{obj.id}/accept"]
        owner, restorer = "kazakhstan", "admin.kazakhstan@example.org"
    elif kind == "plan":
        obj = _kazakh_plan()
        p = f"/en/s/kazakhstan/plans/{obj.id}"
        urls = [p, f"{p}/edit", f"{p}/remove", f"{p}/matrix", f"{p}/matrix.xlsx", f"{p}/objectives"]
        owner, restorer = "kazakhstan", "admin.kazakhstan@example.org"
    elif kind == "adaptation":
        from campaign_helpers import participation

        obj = participation(winter, "kazakhstan")
        urls = [f"{w}/participants/{obj.id}/adaptation/remove",
                f"/en/s/kazakhstan/translations/adaptation/{obj.id}/tg"]
        owner, restorer = "kazakhstan", "admin.kazakhstan@example.org"
    else:
        obj = db.session.scalar(select(Partner).where(Partner.organization_id == org("kazakhstan").id))
        urls = [f"/en/s/kazakhstan/partners/{obj.id}", f"/en/s/kazakhstan/partners/{obj.id}/remove"]
        owner, restorer = "kazakhstan", "admin.kazakhstan@example.org"
    removals.remove(user(restorer), obj)
    return obj, urls, owner, restorer


@pytest.mark.parametrize("kind", ["milestone", "update", "report", "indicator", "activity", "partner", "meeting",
                                  "adaptation", "plan"])
def test_a_removed_object_is_404_to_everyone_but_its_restorers(app, database, as_user, kind):
    obj, urls, owner, restorer = _removed(kind)
    restore = f"/en/s/{owner}/removed/{kind}/{obj.id}/restore"
    clients = {email: as_user(email) for email in EVERYONE}
    before = snapshot()
    for email, client in clients.items():
        for url in urls:
            # A participation stays when its local adaptation goes: its remove button answers as before
            # (403, or a message that it is removed already), and changes nothing.
            expected = (302, 403, 404, 405) if url.endswith("/adaptation/remove") else (404, 405)
            assert client.get(url).status_code in (404, 405), (email, url)
            assert client.post_form(url, {"title": "Hacked", "version": "1"}).status_code in expected, (email, url)
        if email != restorer:
            assert client.post_form(restore, {}).status_code == 404, (email, restore)
            # Nor under the user's own space.
            for slug in ("kyrgyzstan", "kazakhstan", "ifrc-central-asia"):
                assert client.post_form(f"/en/s/{slug}/removed/{kind}/{obj.id}/restore", {}).status_code in (
                    403, 404), (email, slug)
    assert snapshot() == before
    assert clients[restorer].post_form(restore, {}).status_code == 302
