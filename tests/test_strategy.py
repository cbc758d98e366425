"""A society's development strategy: its admins write the period and the strategic aims, plan objectives
serve aims of their own society only, and the plan, the strategy page and the space's overview show
which aims this year's work serves. Its staff read it; the regional office only if it is shared."""
import re

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import DevelopmentStrategy, DiplomacyPlan
from app.services import ServiceError, plans, strategies
from helpers import org, snapshot, user

KZ_ADMIN = "admin.kazakhstan@example.org"


@pytest.fixture(autouse=True)
def english(app, database):
    from flask_babel import force_locale

    with app.test_request_context(), force_locale("en"):
        yield


def _strategy(shared=False):
    from datetime import date

    year = date.today().year
    strategy = strategies.save_strategy(user(KZ_ADMIN), org("kazakhstan"), None, title="Strategy 2026",
                                        start_year=year - 1, end_year=year + 3, shared=shared, locale="en")
    aims = [strategies.add_aim(user(KZ_ADMIN), strategy, title=t, description="", locale="en")
            for t in ("Ready for disasters", "Healthy communities", "Strong volunteering")]
    return strategy, aims


def _plan() -> DiplomacyPlan:
    from datetime import date

    db.session.expire_all()
    return db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org("kazakhstan").id,
                                                         DiplomacyPlan.year == date.today().year))


def test_objectives_serve_aims_and_the_pages_show_what_this_year_serves(as_user):
    strategy, aims = _strategy()
    plan = _plan()
    admin = as_user(KZ_ADMIN)
    objective = plan.objectives[0]
    url = f"/en/s/kazakhstan/plans/{plan.id}/objectives/{objective.id}/edit"
    form = {"title": objective.translation(objective.source_locale).title, "aims": [str(aims[0].id), str(aims[2].id)],
            "version": str(objective.version)}
    assert admin.post_form(url, form).status_code == 302
    page = admin.get(f"/en/s/kazakhstan/plans/{plan.id}").get_data(as_text=True)
    assert "Serves: Ready for disasters; Strong volunteering" in page
    assert "No objective of this plan serves: Healthy communities" in page
    matrix = admin.get(f"/en/s/kazakhstan/plans/{plan.id}/matrix").get_data(as_text=True)
    assert "Serves: Ready for disasters; Strong volunteering" in matrix
    import io

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(admin.get(f"/en/s/kazakhstan/plans/{plan.id}/matrix.xlsx").data)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[-1][0] == "Serves:" and "Ready for disasters; Strong volunteering" in rows[-1]
    activities = len(_plan().objectives[0].activities)
    counts = dict(re.findall(r'<li data-aim="(\d+)">.*?class="count">(\d+)<',
                             admin.get("/en/s/kazakhstan/strategy").get_data(as_text=True), re.S))
    assert counts == {str(aims[0].id): str(activities), str(aims[1].id): "0", str(aims[2].id): str(activities)}
    home = admin.get("/en/s/kazakhstan/").get_data(as_text=True)
    assert "Development strategy" in home and f'<tr data-aim="{aims[1].id}">' in home


def test_a_period_that_ends_before_it_starts_and_a_foreign_aim_are_refused(as_user):
    admin = as_user(KZ_ADMIN)
    before = snapshot()
    response = admin.post_form("/en/s/kazakhstan/strategy", {"title": "Backwards", "start_year": "2030",
                                                             "end_year": "2026"})
    assert response.status_code == 400 and "The period must end after it starts" in response.get_data(as_text=True)
    assert snapshot() == before
    # An aim of Kyrgyzstan's strategy cannot serve a Kazakh objective.
    kg_strategy = strategies.save_strategy(user("admin.kyrgyzstan@example.org"), org("kyrgyzstan"), None,
                                           title="KG", start_year=2026, end_year=2030, shared=False, locale="en")
    foreign = strategies.add_aim(user("admin.kyrgyzstan@example.org"), kg_strategy, title="Bishkek aim",
                                 description="", locale="en")
    plan = _plan()
    with pytest.raises(ServiceError, match="aims of your society"):
        plans.add_objective(user(KZ_ADMIN), plan, title="Borrowed aim", locale="en", aims=[foreign])
    db.session.rollback()
    objective = plan.objectives[0]
    response = admin.post_form(f"/en/s/kazakhstan/plans/{plan.id}/objectives/{objective.id}/edit",
                               {"title": "x", "aims": [str(foreign.id)], "version": str(objective.version)})
    assert response.status_code == 400 and not _plan().objectives[0].aims


def test_staff_read_the_strategy_the_region_only_when_shared(as_user):
    strategy, _aims = _strategy(shared=False)
    assert as_user("staff.kazakhstan@example.org").get("/en/s/kazakhstan/strategy").status_code == 200
    assert as_user("staff.kazakhstan@example.org").post_form(
        "/en/s/kazakhstan/strategy/aims", {"title": "Staff aim"}).status_code == 403
    for email in ("volunteer.kazakhstan@example.org", "translator.kazakhstan@example.org"):
        assert as_user(email).get("/en/s/kazakhstan/strategy").status_code == 403
    assert as_user("admin.kyrgyzstan@example.org").get("/en/s/kazakhstan/strategy").status_code == 404
    coordinator = as_user("coordinator@example.org")
    assert coordinator.get("/en/s/kazakhstan/strategy").status_code == 404
    current = db.session.get(DevelopmentStrategy, strategy.id)
    strategies.save_strategy(user(KZ_ADMIN), org("kazakhstan"), current, title="Strategy 2026",
                             start_year=strategy.start_year, end_year=strategy.end_year, shared=True, locale="en",
                             version=current.version)
    page = coordinator.get("/en/s/kazakhstan/strategy")
    assert page.status_code == 200 and "Ready for disasters" in page.get_data(as_text=True)
    assert coordinator.post_form("/en/s/kazakhstan/strategy/aims", {"title": "Region aim"}).status_code == 403


def test_the_strategy_and_its_aims_reach_the_translators(as_user):
    _strategy()
    page = as_user(KZ_ADMIN).get("/en/s/kazakhstan/translations?content=aim&language=kk").get_data(as_text=True)
    assert len(re.findall(r"/translations/aim/\d+/kk", page)) == 3
    page = as_user(KZ_ADMIN).get("/en/s/kazakhstan/translations?content=strategy&language=kk").get_data(as_text=True)
    assert len(re.findall(r"/translations/strategy/\d+/kk", page)) == 1


def test_an_aim_is_edited_on_top_of_its_version_and_removed_softly(as_user):
    _strategy_obj, aims = _strategy()
    plan = _plan()
    objective = plan.objectives[0]
    plans.edit_objective(user(KZ_ADMIN), objective, title=objective.translation(objective.source_locale).title,
                         locale=objective.source_locale, version=objective.version, aims=[aims[0]])
    admin = as_user(KZ_ADMIN)
    url = f"/en/s/kazakhstan/strategy/aims/{aims[0].id}/edit"
    opened = re.search(r'name="version" value="(\d+)"', admin.get(url).get_data(as_text=True)).group(1)
    assert admin.post_form(url, {"title": "Ready for floods and quakes", "version": opened}).status_code == 302
    before = snapshot()
    stale = admin.post_form(url, {"title": "Ready for everything", "version": opened})
    assert stale.status_code == 409 and "Ready for everything" in stale.get_data(as_text=True)
    assert snapshot() == before
    assert "Serves: Ready for floods and quakes" in admin.get(f"/en/s/kazakhstan/plans/{plan.id}").get_data(as_text=True)
    assert as_user("staff.kazakhstan@example.org").post_form(
        f"/en/s/kazakhstan/strategy/aims/{aims[0].id}/remove", {}).status_code == 403
    assert admin.post_form(f"/en/s/kazakhstan/strategy/aims/{aims[0].id}/remove", {}).status_code == 302
    assert "Ready for floods and quakes" not in admin.get(f"/en/s/kazakhstan/plans/{plan.id}").get_data(as_text=True)
    assert admin.get(url).status_code == 404
    assert admin.post_form(f"/en/s/kazakhstan/removed/aim/{aims[0].id}/restore", {}).status_code == 302
    assert "Serves: Ready for floods and quakes" in admin.get(f"/en/s/kazakhstan/plans/{plan.id}").get_data(as_text=True)


def test_a_strategy_saved_from_an_older_page_is_a_conflict_that_changes_nothing(as_user):
    strategy, _aims = _strategy()
    admin = as_user(KZ_ADMIN)
    old = db.session.get(DevelopmentStrategy, strategy.id).version
    form = {"edit": "1", "title": "Strategy 2026", "start_year": str(strategy.start_year),
            "end_year": str(strategy.end_year + 1), "version": str(old)}
    assert admin.post_form("/en/s/kazakhstan/strategy", form).status_code == 302
    before = snapshot()
    stale = admin.post_form("/en/s/kazakhstan/strategy", {**form, "title": "Stale title", "end_year": "2099"})
    assert stale.status_code == 409 and "Someone else changed this" in stale.get_data(as_text=True)
    assert snapshot() == before
