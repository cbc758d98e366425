"""The demo: the region's six organizations with their people, campaigns, tasks, material and
humanitarian-diplomacy work (`flask seed-demo`), and N times more of it for load (`--scale N`).

Every date is relative to the day it is seeded (app/demo/clock.py), so the demo never goes stale.
Organizations and people are added when missing; campaigns, tasks, material and humanitarian-diplomacy
work are made by the first run on a database (for the organizations it holds then), so a second run
changes nothing.
"""
from sqlalchemy import select, update

from app.demo import campaigns, diplomacy, materials, organizations, proposals, tasks
from app.demo.clock import Clock
from app.demo.organizations import REGIONAL_SLUG, SOCIETY_SLUGS
from app.extensions import db
from app.models import Notification, Task
from app.models.notification import MAIL_NONE, MAIL_SENT

__all__ = ["REGIONAL_SLUG", "SOCIETY_SLUGS", "seed"]


def seed(password_hash: str, slugs=None) -> None:
    """The demo for these organizations (all six by default); see the module's note on a second run."""
    clock = Clock.now()
    # The services commit after each step; reloading every object after each commit would make seeding
    # several times slower, and nothing else writes meanwhile.
    session = db.session()
    expiring, session.expire_on_commit = session.expire_on_commit, False
    first_run = db.session.scalar(select(Task.id).limit(1)) is None
    try:
        orgs = organizations.seed(password_hash, list(slugs or organizations.ORGANIZATIONS))
        campaigns.seed(orgs, clock)
        tasks.seed(orgs, clock)
        materials.seed(orgs)
        diplomacy.seed(orgs, clock)
        proposals.seed(orgs, clock)
        if first_run:
            # What the demo's people were told has been delivered already: nothing waits in the outbox.
            db.session.execute(update(Notification).where(Notification.mail_state != MAIL_NONE)
                               .values(mail_state=MAIL_SENT))
            db.session.commit()
    finally:
        session.expire_on_commit = expiring
