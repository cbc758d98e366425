"""Demo humanitarian-diplomacy work: each society's own plan for this year and last year's (approved),
its partners at every stage, an internal meeting whose first decision became a task, and the regional
online consultation with the IFRC office. Each society's texts are in app/demo/content/<slug>.py."""
from sqlalchemy import func, select

from app.demo import campaigns, content, organizations
from app.demo.clock import Clock
from app.demo.translate import add_translations
from app.extensions import db
from app.models import DiplomacyPlan
from app.policy import org_sees_campaign
from app.services import meetings, partners, plans, strategies, translations

DEPARTMENT_ORDER = ("communications", "disaster", "health", "youth")
CAMPAIGNS = {"winter": "Safe winter", "blood": "Blood donation month"}
# This year's plan stays a draft in one society: the others approved theirs.
DRAFT_PLAN = "uzbekistan"


def seed(orgs: dict, clock: Clock) -> None:
    if db.session.scalar(select(func.count()).select_from(DiplomacyPlan)):
        return
    people = organizations.people()
    linked = {key: campaigns.find(title) for key, title in CAMPAIGNS.items()}
    for slug, org in orgs.items():
        admin = people.get(f"admin.{slug}@example.org")
        if org.is_regional_office or admin is None or len(org.departments) < len(DEPARTMENT_ORDER):
            continue
        texts = content.society(slug)
        departments = dict(zip(DEPARTMENT_ORDER, org.departments))
        directory = _partners(admin, org, texts, clock)
        seen = {key: c for key, c in linked.items() if c is not None and org_sees_campaign(org, c)}
        _plan(admin, org, texts.LAST_YEAR_PLAN, clock.year - 1, texts.LOCALE, departments, directory, seen,
              approve=True)
        plan = _plan(admin, org, texts.PLAN, clock.year, texts.LOCALE, departments, directory, seen,
                     approve=slug != DRAFT_PLAN, leave_gaps=True)
        if getattr(texts, "STRATEGY", None):
            _strategy(admin, org, texts.STRATEGY, texts.LOCALE, plan, clock)
        _meeting(admin, org, texts, people, clock)
    _consultation(orgs, people, clock)


def _partners(admin, org, texts, clock: Clock) -> list:
    directory = []
    for n, spec in enumerate(texts.PARTNERS):
        partner = partners.save(admin, org, None, name=spec["name"][texts.LOCALE], kind=spec["kind"],
                                stage=spec["stage"], contact_person=spec["contact"], channels=spec["channels"],
                                next_step=spec["next_step"], next_step_date=clock.day(spec["next_step_in_days"]),
                                notes=spec["notes"], shared=spec["shared"], campaigns=[], locale=texts.LOCALE)
        # The last partner's Russian name waits for a second person's review.
        add_translations(admin, partner, {"name": spec["name"]}, drafts=("ru",) if n == len(texts.PARTNERS) - 1 else ())
        directory.append(partner)
    db.session.commit()
    return directory


def _plan(admin, org, spec, year, locale, departments, directory, campaigns, approve, leave_gaps=False):
    """A plan written in the society's language and translated into Russian and English. With
    `leave_gaps`, the second objective has no English yet and the first activity's description was
    added after it had been translated (its translations are outdated)."""
    plan = plans.create_plan(admin, org, year=year, title=spec["title"][locale],
                             summary=spec["summary"][locale], locale=locale)
    add_translations(admin, plan, {"title": spec["title"],
                                   "summary": spec["summary"]})
    first = None
    for number, objective_spec in enumerate(spec["objectives"]):
        objective = plans.add_objective(admin, plan, title=objective_spec["title"][locale], locale=locale)
        add_translations(admin, objective, {"title": objective_spec["title"]},
                         skip=("en",) if leave_gaps and number == 1 else ())
        for item in objective_spec["activities"]:
            campaign = campaigns.get(item["campaign"]) if item["campaign"] else None
            late_description = leave_gaps and first is None
            activity = plans.add_activity(
                admin, objective, title=item["title"][locale],
                description="" if late_description else item["description"][locale],
                quarters=item["quarters"], departments=[departments[k] for k in item["departments"]],
                partners=[directory[i] for i in item["partners"]], campaign=campaign, locale=locale)
            add_translations(admin, activity, {"title": item["title"]} if late_description else
                             {"title": item["title"], "description": item["description"]})
            first = first or activity
            if late_description:  # the source grows a description: its translations are now outdated
                translations.apply(admin, activity, locale, {"description": item["description"][locale]})
    db.session.commit()
    if approve:
        plans.approve(admin, plan)
    for objective, objective_spec in zip(plan.objectives, spec["objectives"], strict=True):
        for activity, item in zip(objective.activities, objective_spec["activities"], strict=True):
            if item["status"] != activity.status:
                plans.set_status(admin, activity, item["status"])
    return plan


def _strategy(admin, org, spec, locale, plan, clock: Clock) -> None:
    """The society's development strategy, translated, with this year's objectives tied to its aims. The
    ties are written directly: done through the plan service they would take the approved plan back to
    draft, as a change made today would."""
    first, last = spec["years"]
    strategy = strategies.save_strategy(admin, org, None, title=spec["title"][locale], start_year=clock.year + first,
                                        end_year=clock.year + last, shared=spec["shared"], locale=locale)
    add_translations(admin, strategy, {"title": spec["title"]})
    aims = []
    for texts in spec["aims"]:
        aim = strategies.add_aim(admin, strategy, title=texts[locale], description="", locale=locale)
        add_translations(admin, aim, {"title": texts})
        aims.append(aim)
    for objective, indexes in zip(plan.objectives, spec["objective_aims"], strict=True):
        objective.aims = [aims[i] for i in indexes]
    db.session.commit()


def _meeting(admin, org, texts, people, clock: Clock) -> None:
    spec, locale = texts.MEETING, texts.LOCALE
    meeting = meetings.create(admin, org, title=spec["title"][locale], agenda=spec["agenda"][locale],
                              starts_at=clock.at(-6, 5), ends_at=clock.at(-6, 7), mode=spec["mode"],
                              location=spec["location"], participants=[], locale=locale)
    meetings.save_minutes(admin, meeting, agenda=spec["agenda"][locale], minutes=spec["minutes"][locale],
                          locale=locale)
    add_translations(admin, meeting, {"title": spec["title"], "agenda": spec["agenda"], "minutes": spec["minutes"]})
    for role, what in spec["attendee_roles"].items():
        person = people.get(f"{role}.{org.slug}@example.org")
        if person is not None:
            meetings.add_attendee(admin, meeting, user=person, role=what)
    for number, texts_by_locale in enumerate(spec["decisions"]):
        decision = meetings.add_decision(admin, meeting, text=texts_by_locale[locale], locale=locale)
        add_translations(admin, decision, {"text": texts_by_locale})
        db.session.commit()
        if number == 0:
            meetings.decision_to_task(admin, decision, assignee_org=org, due_date=clock.day(14),
                                      title=texts_by_locale[locale][:200], locale=locale)


AGENDA = {
    "ru": "1. Планы обществ по гуманитарной дипломатии на этот год\n2. Общие партнёры\n3. Зимняя кампания",
    "en": "1. The societies' humanitarian diplomacy plans for this year\n2. Shared partners\n3. The winter campaign",
}
MINUTES = {
    "ru": "Общества представили свои планы. Туркменское общество показало точки соприкосновения отделов, "
          "свою стратегию развития и потенциальных партнёров. Договорились обмениваться контактами партнёров "
          "и предложить общие региональные кампании.",
    "en": "The societies presented their plans. The Turkmen society showed the points of contact between its "
          "departments, its development strategy and potential partners. We agreed to share partners' contacts "
          "and to propose joint regional campaigns.",
}
# (text by locale, the society it became a task for, due in days)
DECISIONS = [
    ({"ru": "Каждое общество в течение двух недель назначает контактное лицо по гуманитарной дипломатии",
      "en": "Each society names a humanitarian diplomacy focal point within two weeks"}, "kyrgyzstan", 5),
    ({"ru": "Подготовить общий список партнёров для зимней кампании",
      "en": "Prepare a shared list of partners for the winter campaign"}, "kazakhstan", 12),
    ({"ru": "Провести следующую консультацию через три месяца",
      "en": "Hold the next consultation in three months"}, None, None),
    # Started as a campaign proposal (app/demo/proposals.py).
    ({"ru": "Предложить региональную кампанию по первой помощи в школах",
      "en": "Propose a regional campaign on first aid in schools"}, None, None),
]

NEXT_MEETING = {"ru": "Онлайн-встреча координаторов кампании «Безопасная зима»",
                "en": "Online meeting of the Safe winter focal points"}
NEXT_AGENDA = {"ru": "1. Что уже сделано в каждой стране\n2. Показатели за месяц\n3. Подготовка к итоговой встрече",
               "en": "1. What each country has done so far\n2. The month's indicators\n3. Preparing the review meeting"}


def _consultation(orgs, people, clock: Clock) -> None:
    """The regional online consultation with the IFRC office; two of its decisions are already tasks."""
    regional = orgs.get("ifrc-central-asia")
    coordinator = people.get("coordinator@example.org")
    if regional is None or coordinator is None:
        return
    societies = [o for o in orgs.values() if not o.is_regional_office]
    meeting = meetings.create(
        coordinator, regional, title="Региональная онлайн-консультация по гуманитарной дипломатии",
        agenda=AGENDA["ru"], starts_at=clock.at(-17, 5), ends_at=clock.at(-17, 7), mode="online",
        location="https://meet.example.org/hd-central-asia", participants=societies, locale="ru")
    _answer_invitations(meeting, people)
    meetings.save_minutes(coordinator, meeting, agenda=AGENDA["ru"], minutes=MINUTES["ru"], locale="ru")
    add_translations(coordinator, meeting, {
        "title": {"en": "Regional online consultation on humanitarian diplomacy"}, "agenda": AGENDA,
        "minutes": MINUTES})
    for org in societies:
        admin = people.get(f"admin.{org.slug}@example.org")
        if admin is not None:
            meetings.add_attendee(coordinator, meeting, user=admin, role="Координатор по гуманитарной дипломатии")
    meetings.add_attendee(coordinator, meeting, name="Айдана Жумабекова", role="МФОКК, советник по дипломатии")
    for texts, slug, due in DECISIONS:
        decision = meetings.add_decision(coordinator, meeting, text=texts["ru"], locale="ru")
        add_translations(coordinator, decision, {"text": texts})
        db.session.commit()
        if slug in orgs:
            meetings.decision_to_task(coordinator, decision, assignee_org=orgs[slug], due_date=clock.day(due),
                                      title=texts["ru"][:200], locale="ru")
    # And the next one, in two weeks: the focal points of "Safe winter" compare notes.
    upcoming = meetings.create(
        coordinator, regional, title=NEXT_MEETING["ru"], agenda=NEXT_AGENDA["ru"], starts_at=clock.at(13, 5),
        ends_at=clock.at(13, 6, 30), mode="online", location="https://meet.example.org/safe-winter",
        participants=societies, locale="ru")
    add_translations(coordinator, upcoming, {"title": NEXT_MEETING, "agenda": NEXT_AGENDA})
    db.session.commit()
    # Turkmenistan has not answered yet: its admin sees the invitation on the meetings page.
    _answer_invitations(upcoming, people, waiting=("turkmenistan",))


def _answer_invitations(meeting, people, waiting=()) -> None:
    """Each invited society's admin accepts, as they would from the meetings page."""
    for invitation in list(meeting.invitations):
        admin = people.get(f"admin.{invitation.organization.slug}@example.org")
        if admin is not None and invitation.organization.slug not in waiting:
            meetings.answer(admin, invitation, accept=True)
