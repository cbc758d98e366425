"""A society's development strategy: its period and strategic aims, and which aims the objectives of
this year's humanitarian-diplomacy plan serve."""
from collections import Counter
from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from app.extensions import db
from app.models import DevelopmentStrategy, DiplomacyPlan, StrategicAim
from app.models.base import utcnow
from app.services import ServiceError, audit, translations, versions

FIRST_YEAR, LAST_YEAR = 2000, 2100


def _check_period(start_year, end_year) -> None:
    if not (start_year and end_year and FIRST_YEAR <= start_year <= LAST_YEAR and FIRST_YEAR <= end_year <= LAST_YEAR):
        raise ServiceError(_l("Choose years between %(first)d and %(last)d.", first=FIRST_YEAR, last=LAST_YEAR),
                           field="start_year")
    if end_year < start_year:
        raise ServiceError(_l("The period must end after it starts."), field="end_year")


def save_strategy(actor, org, strategy: DevelopmentStrategy | None, *, title: str, start_year: int, end_year: int,
                  shared: bool, locale: str, version: int | None = None) -> DevelopmentStrategy:
    """A new strategy of the society, or changes to one (its period, title, sharing with the region) made on
    top of the version its form showed."""
    if strategy is not None:
        versions.check(strategy, version)
    _check_period(start_year, end_year)
    if not (title or "").strip():
        raise ServiceError(_l("Write a title."), field="title")
    is_new = strategy is None
    if is_new:
        strategy = DevelopmentStrategy(organization=org, source_locale=locale)
        db.session.add(strategy)
    strategy.start_year, strategy.end_year, strategy.shared_with_region = start_year, end_year, bool(shared)
    if is_new:
        translations.apply(actor, strategy, locale, {"title": title})
    else:
        translations.apply_as_shown(actor, strategy, {"title": title}, locale, org)
    db.session.flush()
    if not is_new:
        flag_modified(strategy, "start_year")  # the version grows even when only the title changed
    audit.record(actor, "strategy.created" if is_new else "strategy.edited", strategy, org,
                 period=f"{start_year}–{end_year}", shared=strategy.shared_with_region)
    versions.commit(strategy)
    return strategy


def add_aim(actor, strategy: DevelopmentStrategy, *, title: str, description: str, locale: str) -> StrategicAim:
    if not (title or "").strip():
        raise ServiceError(_l("Write a title."), field="title")
    aim = StrategicAim(strategy=strategy, position=len(strategy.aims) + 1, source_locale=locale)
    db.session.add(aim)
    translations.apply(actor, aim, locale, {"title": title, "description": description})
    db.session.flush()
    audit.record(actor, "strategy.aim_added", aim, strategy.organization, strategy_id=strategy.id)
    db.session.commit()
    return aim


def aims_of(org) -> list[StrategicAim]:
    """Every aim of the society's strategies (an objective may serve any of them), current strategy first."""
    return list(db.session.scalars(
        select(StrategicAim).join(DevelopmentStrategy).where(DevelopmentStrategy.organization_id == org.id)
        .order_by(DevelopmentStrategy.end_year.desc(), StrategicAim.position, StrategicAim.id)))


def check_aims(org, aims) -> None:
    """An objective serves only its own society's aims."""
    if any(a.strategy.organization_id != org.id for a in aims):
        raise ServiceError(_l("Choose aims of your society's development strategy."), field="aims")


def current(strategies, year: int | None = None):
    """The strategy whose period holds the year, else the latest one."""
    year = year or date.today().year
    return next((s for s in strategies if s.start_year <= year <= s.end_year), strategies[0] if strategies else None)


def activity_counts(plan: DiplomacyPlan | None) -> Counter:
    """How many of the plan's activities serve each aim (through their objective), by aim id."""
    counts = Counter()
    for objective in plan.objectives if plan else []:
        for aim in objective.aims:
            counts[aim.id] += len(objective.activities)
    return counts


def edit_aim(actor, aim: StrategicAim, *, title: str, description: str, locale: str, version: int | None) -> None:
    """An aim's texts, saved on top of the version its form showed, in the language it showed them."""
    versions.check(aim, version)
    if not (title or "").strip():
        raise ServiceError(_l("Write a title."), field="title")
    changed = translations.apply_as_shown(actor, aim, {"title": title, "description": description}, locale,
                                          aim.strategy.organization)
    if changed:
        aim.updated_at = utcnow()
        audit.record(actor, "strategy.aim_edited", aim, aim.strategy.organization, fields=changed)
    versions.commit(aim)
