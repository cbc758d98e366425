"""The demo data: seeded on any day it still has overdue, due-soon and future work and a running
campaign; it reads like the region; `--scale N` adds load data once per batch and refuses bad input."""
import os
from datetime import date, datetime, time, timedelta, timezone

import pytest
import time_machine
from sqlalchemy import func, select, update

from app import create_app
from app.demo import SOCIETY_SLUGS
from app.demo.content import society
from app.extensions import db
from app.models.base import as_utc
from app.models import (
    Campaign,
    DiplomacyPlan,
    Meeting,
    Notification,
    Organization,
    Partner,
    PlanActivity,
    Task,
    TaskEvent,
    User,
)
from app.models.task import CANCELLED, DECLINED, DONE
from databases import drop_database, sibling_database

TODAY = date.today()
# Today, the last and first days of a year, and far ahead: nothing in the seed may depend on the date.
DAYS = {
    "today": TODAY,
    "31-december": date(TODAY.year, 12, 31),
    "1-january": date(TODAY.year + 1, 1, 1),
    "in-400-days": TODAY + timedelta(days=400),
    "in-3-years": TODAY + timedelta(days=3 * 365),
}
FINISHED = (DONE, DECLINED, CANCELLED)


def _local(day, at):
    """That moment in the machine's own time zone (a naive moment would be UTC to time-machine, and the
    day before west of UTC)."""
    return datetime.combine(day, at).astimezone()


@pytest.fixture
def fresh_app(tmp_path, worker_id):
    """An empty database of its own, as on a new machine: SQLite, or PostgreSQL when the suite runs on it."""
    base = os.environ.get("TEST_DATABASE_URL")
    url, name = sibling_database(base, f"fresh_{worker_id}") if base else (f"sqlite:///{tmp_path / 'demo.db'}", None)
    app = create_app("testing", SQLALCHEMY_DATABASE_URI=url, UPLOAD_DIR=str(tmp_path / "uploads"))
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()
        db.engine.dispose()
    if name:
        drop_database(base, name)


@pytest.mark.parametrize("day", DAYS.values(), ids=DAYS.keys())
def test_the_demo_seeded_on_any_day_has_overdue_due_soon_and_future_tasks_and_a_running_campaign(fresh_app, day):
    with time_machine.travel(_local(day, time(6, 30)), tick=False):
        result = fresh_app.test_cli_runner().invoke(args=["seed-demo"])
        assert result.exit_code == 0, result.output
        assert date.today() == day
        tasks = db.session.scalars(select(Task)).all()
        open_tasks = [t for t in tasks if t.status not in FINISHED]
        assert any(t.is_overdue for t in open_tasks)
        assert any(day <= t.due_date <= day + timedelta(days=2) for t in open_tasks)  # due soon
        assert any(t.due_date > day + timedelta(days=14) for t in open_tasks)
        # Histories happened in the past, in order; nobody read news before it came.
        now = datetime.now(timezone.utc)
        for task in tasks:
            moments = [as_utc(task.created_at)] + [as_utc(e.created_at) for e in task.events]
            assert moments == sorted(moments) and moments[-1] <= now
            assert all(as_utc(c.created_at) <= now for c in task.comments)
            assert task.due_date is None or moments[0].date() <= task.due_date
        for note in db.session.scalars(select(Notification)):
            assert as_utc(note.created_at) <= now and (note.read_at is None or note.read_at >= note.created_at)
        campaigns = db.session.scalars(select(Campaign)).all()
        assert any(c.status == "active" and c.start_date <= day <= c.end_date for c in campaigns)
        assert any(c.status == "completed" and c.end_date < day for c in campaigns)
        assert any(c.status == "draft" and c.start_date > day for c in campaigns)
        for c in campaigns:
            assert all(c.start_date <= r.period_date <= min(c.end_date, day) for i in c.indicators for r in i.reports)
        plans = {(p.organization.slug, p.year): p.status for p in db.session.scalars(select(DiplomacyPlan))}
        for slug in SOCIETY_SLUGS:
            assert (slug, day.year) in plans and plans[(slug, day.year - 1)] == "approved"
        starts = [m.starts_at.date() for m in db.session.scalars(select(Meeting))]
        assert any(d < day for d in starts) and any(day < d <= day + timedelta(days=30) for d in starts)
        milestones = [m.on_date for c in campaigns if c.status == "active" for m in c.milestones]
        assert any(d < day for d in milestones) and any(day < d <= day + timedelta(days=30) for d in milestones)
    # A run a year later makes no second demo, only the load data asked for (a batch's past plan may fall
    # on the year of the demo's own: one plan a year is kept).
    with time_machine.travel(_local(day + timedelta(days=400), time(9)), tick=False):
        result = fresh_app.test_cli_runner().invoke(args=["seed-demo", "--scale", "2"])
        assert result.exit_code == 0, result.output
    assert db.session.scalar(select(func.count()).select_from(Campaign)) == len(campaigns) + 2 * 4


def test_the_demo_reads_like_the_region(fresh_app):
    assert fresh_app.test_cli_runner().invoke(args=["seed-demo"]).exit_code == 0
    orgs = {o.slug: o for o in db.session.scalars(select(Organization))}
    for slug, org in orgs.items():
        described = {t.locale for t in org.translations if t.description}
        assert {org.default_locale, "ru", "en"} <= described, slug
    plan_titles = set()
    for slug in SOCIETY_SLUGS:
        org, texts = orgs[slug], society(slug)
        plan = db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org.id,
                                                             DiplomacyPlan.year == TODAY.year))
        # Written in the society's language, with Russian and English beside it.
        assert plan.source_locale == org.default_locale == texts.LOCALE
        assert {t.locale for t in plan.translations} == {texts.LOCALE, "ru", "en"}
        plan_titles.add(plan.source_translation.title)
        # Tasks of its own in several states, a blocked one says why, and each history goes step by step.
        own = db.session.scalars(select(Task).where(Task.owner_org_id == org.id)).all()
        assert len({t.status for t in own}) >= 5, slug
        for task in own:
            assert [e.to_status for e in task.events][-1] == task.status
            if task.status == "blocked":
                assert task.reason and [e.to_status for e in task.events] == ["open", "accepted", "in_progress",
                                                                               "blocked"]
        partners = db.session.scalars(select(Partner).where(Partner.organization_id == org.id)).all()
        assert {p.source_locale for p in partners} == {texts.LOCALE} and len({p.stage for p in partners}) == 4
        assert db.session.scalar(select(Meeting).where(Meeting.organizer_org_id == org.id)).source_locale == \
            texts.LOCALE
    assert len(plan_titles) == len(SOCIETY_SLUGS)  # each society's plan is its own
    assert len({society(slug).PLAN["title"]["ru"] for slug in SOCIETY_SLUGS}) == len(SOCIETY_SLUGS)
    # The Turkmen plan presented at the consultation shows where its departments meet.
    turkmen = db.session.scalars(select(PlanActivity).join(PlanActivity.objective).where(
        PlanActivity.source_locale == "tk")).all()
    assert sum(len(a.departments) >= 2 for a in turkmen) >= 3
    # Some translations are missing or outdated on purpose, for the translation workflow.
    activities = db.session.scalars(select(PlanActivity)).all()
    assert any(a.is_outdated(t) for a in activities for t in a.translations)


def test_every_society_works_in_the_full_demo_in_its_own_language(fresh_app):
    """All six organizations (the test database holds three): each admin's pages render in the society's
    language with its own plan, partners, meeting and tasks in them."""
    from client import Client

    assert fresh_app.test_cli_runner().invoke(args=["seed-demo"]).exit_code == 0
    fresh_app.test_client_class = Client
    for slug in SOCIETY_SLUGS:
        texts, org = society(slug), db.session.scalar(select(Organization).where(Organization.slug == slug))
        lang, admin = texts.LOCALE, fresh_app.test_client()
        admin.login(f"admin.{slug}@example.org")
        plan = db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org.id,
                                                             DiplomacyPlan.year == TODAY.year))
        meeting = db.session.scalar(select(Meeting).where(Meeting.organizer_org_id == org.id))
        expected = {
            f"/{lang}/s/{slug}/": texts.PLAN["title"][lang],
            f"/{lang}/s/{slug}/plans/{plan.id}": texts.PLAN["objectives"][0]["activities"][1]["title"][lang],
            f"/{lang}/s/{slug}/plans/{plan.id}/matrix": texts.PLAN["objectives"][2]["title"][lang],
            f"/{lang}/s/{slug}/partners/": texts.PARTNERS[0]["name"][lang],
            f"/{lang}/s/{slug}/meetings/{meeting.id}": texts.MEETING["decisions"][1][lang],
            f"/{lang}/s/{slug}/tasks": texts.TASKS[0]["title"][lang],
            f"/{lang}/s/{slug}/translations": "",
            f"/{lang}/tasks/mine": "",
            f"/{lang}/materials/": "",
        }
        for url, words in expected.items():
            response = admin.get(url)
            assert response.status_code == 200, url
            assert words.replace("'", "&#39;").replace('"', "&#34;") in response.get_data(as_text=True), url


def _counts():
    return {m.__name__: db.session.scalar(select(func.count()).select_from(m)) for m in (Campaign, Task, User)}


@pytest.mark.parametrize("args", [["--scale", "0"], ["--scale", "-3"], ["--scale", "ten"], ["--scale", "1.5"],
                                  ["--scale"]])
def test_seed_demo_refuses_a_bad_scale_and_writes_nothing(app, database, args):
    before = _counts()
    result = app.test_cli_runner().invoke(args=["seed-demo", *args])
    assert result.exit_code == 2 and "--scale" in result.output
    assert _counts() == before


def test_seed_demo_refuses_production_with_a_scale_and_writes_nothing(tmp_path):
    app = create_app("production", SECRET_KEY="x" * 32, BASE_URL="https://hamkor.example.org",
                     SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'p.db'}")
    with app.app_context():
        db.create_all()
        result = app.test_cli_runner().invoke(args=["seed-demo", "--scale", "2"])
        assert result.exit_code == 2 and "production" in result.output
        assert _counts() == {"Campaign": 0, "Task": 0, "User": 0}
        db.engine.dispose()


def test_scale_adds_each_batch_once_and_key_pages_keep_their_query_count(app, database, as_user, query_counter):
    from app.models import DiplomacyPlan

    # The pages of `make bench` (bench/run.py) and more: each page's work is counted, not a cached copy.
    regional = db.session.scalars(select(Campaign).where(Campaign.scope == "regional", Campaign.status == "active")
                                  .order_by(Campaign.id)).first()
    public = db.session.scalars(select(Campaign).where(Campaign.is_public.is_(True), Campaign.status == "active")
                                .order_by(Campaign.id)).first()
    plan = db.session.scalars(select(DiplomacyPlan).join(DiplomacyPlan.organization)
                              .where(DiplomacyPlan.organization.has(slug="kyrgyzstan"))).first()
    workspace = f"/en/campaigns/{regional.id}"
    pages = {"coordinator@example.org": ["/en/tasks/mine", "/en/campaigns/", "/en/materials/",
                                         "/en/notifications/", "/en/partners/", "/en/region/", "/en/",
                                         f"{workspace}/", f"{workspace}/indicators", f"{workspace}/societies",
                                         f"{workspace}/board", "/en/translations/"],
             "admin.kyrgyzstan@example.org": ["/en/", "/en/s/kyrgyzstan/tasks", "/en/s/kyrgyzstan/plans/",
                                              "/en/s/kyrgyzstan/partners/", "/en/s/kyrgyzstan/meetings/",
                                              "/en/s/kyrgyzstan/translations", "/en/tasks/mine", "/en/s/kyrgyzstan/",
                                              f"/en/s/kyrgyzstan/plans/{plan.id}/matrix"],
             "staff.kazakhstan@example.org": ["/en/", "/en/tasks/mine", "/en/materials/", "/en/notifications/"],
             "volunteer.kyrgyzstan@example.org": ["/en/materials/", "/en/"],
             None: [f"/en/campaigns/{public.id}-{public.slug}", "/en/campaigns/"]}
    clients = {email: as_user(email) if email else app.test_client() for email in pages}

    def queries():
        counted = {}
        for email, urls in pages.items():
            for url in urls:
                with query_counter() as counter:
                    assert clients[email].get(url).status_code == 200, url
                counted[(email, url)] = counter.count
        return counted

    before, rows = queries(), _counts()
    # An organization the platform admin created is not part of the demo: it gets no load data.
    from app.services import organizations

    with app.test_request_context():
        organizations.create(None, slug="armenia", kind="national_society", country_code="AM", default_locale="ru",
                             name="Armenian Red Cross", admin_email="admin@redcross.am", locale="en",
                             link_for=lambda token: token)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["seed-demo", "--scale", "10"])  # ten times the demo's load data
    assert result.exit_code == 0, result.output
    grown = _counts()
    assert grown["Campaign"] == rows["Campaign"] + 10 * 4 and grown["Task"] > 10 * rows["Task"]
    staff = db.session.scalar(select(User).where(User.email == "staff.kazakhstan@example.org"))
    assert db.session.scalar(select(func.count()).select_from(Task).where(Task.assignee_user_id == staff.id)) > 5
    assert queries() == before  # fixed queries however many rows the pages show
    assert runner.invoke(args=["seed-demo", "--scale", "10"]).exit_code == 0
    assert _counts() == grown  # idempotent per N
    # A batch is known by its load members, not by anything people may rename.
    db.session.execute(update(Campaign).where(Campaign.slug == "load-1-1").values(slug="renamed"))
    db.session.commit()
    assert runner.invoke(args=["seed-demo", "--scale", "11"]).exit_code == 0
    assert _counts()["Campaign"] == grown["Campaign"] + 4
    armenia = db.session.scalar(select(Organization).where(Organization.slug == "armenia"))
    assert db.session.scalar(select(func.count()).select_from(Task).where(Task.assignee_org_id == armenia.id)) == 0
    assert db.session.scalar(select(func.count()).select_from(TaskEvent)) > 0
