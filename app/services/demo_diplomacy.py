"""Demo humanitarian-diplomacy data: a 2026 plan for each society in which several departments meet on
shared objectives, and partners at every stage, some shared with the region."""
from datetime import date, datetime, timezone

from sqlalchemy import func, select

from app.extensions import db
from app.models import Campaign, CampaignTranslation, DiplomacyPlan, User
from app.policy import org_sees_campaign
from app.services import meetings, partners, plans, translations

# (kind, stage, shared, {locale: name}, next step)
PARTNERS = [
    ("government", "agreement", True, {"ru": "Министерство по чрезвычайным ситуациям",
                                       "en": "Ministry of Emergency Situations"}, "Ежеквартальная встреча"),
    ("un_agency", "engaged", True, {"ru": "ЮНИСЕФ", "en": "UNICEF"}, "Согласовать план по зимней кампании"),
    ("media", "contacted", False, {"ru": "Национальное телевидение", "en": "National television"},
     "Отправить предложение о ролике"),
    ("academia", "identified", False, {"ru": "Медицинский университет", "en": "Medical university"}, ""),
]
# (objective {locale: title}, [(activity {locale: title}, department keys, quarters, partner indexes, campaign)])
OBJECTIVES = [
    ({"ru": "Диалог с государственными органами о законодательстве по бедствиям",
      "en": "Dialogue with the authorities on disaster law"},
     [({"ru": "Круглый стол с МЧС", "en": "Round table with the emergencies ministry"},
       ("disaster", "communications"), (1, 2), (0,), None),
      ({"ru": "Аналитическая записка о вспомогательной роли общества",
        "en": "Policy brief on the society's auxiliary role"}, ("disaster",), (3,), (), None)]),
    ({"ru": "Здоровье: общество — надёжный партнёр государства", "en": "Health: a trusted partner of the state"},
     [({"ru": "Совместная кампания по первой помощи зимой", "en": "Joint winter first-aid campaign"},
       ("health", "youth", "communications"), (1, 4), (1,), "Safe winter")]),
    ({"ru": "Молодёжь и гуманитарные ценности", "en": "Young people and humanitarian values"},
     [({"ru": "Школьные уроки о гуманитарном праве", "en": "School lessons on humanitarian law"},
       ("youth",), (4,), (3,), None)]),
]
DEPARTMENT_ORDER = ("communications", "disaster", "health", "youth")
AGENDA = "1. Планы обществ на 2026 год\n2. Общие партнёры\n3. Зимняя кампания"


def seed(orgs: dict) -> None:
    if db.session.scalar(select(func.count()).select_from(DiplomacyPlan)):
        return
    people = {u.email: u for u in db.session.scalars(select(User))}
    winter = db.session.scalar(select(Campaign).join(Campaign.translations).where(
        CampaignTranslation.locale == "en", CampaignTranslation.title == "Safe winter"))
    for slug, org in orgs.items():
        admin = people.get(f"admin.{slug}@example.org")
        if org.is_regional_office or admin is None or len(org.departments) < len(DEPARTMENT_ORDER):
            continue
        departments = dict(zip(DEPARTMENT_ORDER, org.departments))
        directory = []
        for n, (kind, stage, shared, names, next_step) in enumerate(PARTNERS):
            partner = partners.save(admin, org, None, name=names["ru"], kind=kind, stage=stage, contact_person="",
                                    channels="", next_step=next_step, next_step_date=date(2026, 12, 10 + n),
                                    notes="", shared=shared, campaigns=[], locale="ru")
            translations.apply(admin, partner, "en", {"name": names["en"]})
            directory.append(partner)
        db.session.commit()
        plan = plans.create_plan(admin, org, year=2026, title="План по гуманитарной дипломатии на 2026 год",
                                 summary="Где работа отделов встречается: диалог с государством, здоровье, молодёжь.",
                                 locale="ru")
        translations.apply(admin, plan, "en", {"title": "Humanitarian diplomacy plan 2026", "summary": ""})
        for titles, activities in OBJECTIVES:
            objective = plans.add_objective(admin, plan, title=titles["ru"], locale="ru")
            translations.apply(admin, objective, "en", {"title": titles["en"]})
            for names, keys, quarters, partner_ix, campaign_title in activities:
                campaign = winter if campaign_title and winter is not None else None
                if campaign is not None and not org_sees_campaign(org, campaign):
                    campaign = None
                activity = plans.add_activity(admin, objective, title=names["ru"], description="", quarters=quarters,
                                              departments=[departments[k] for k in keys],
                                              partners=[directory[i] for i in partner_ix], campaign=campaign,
                                              locale="ru")
                translations.apply(admin, activity, "en", {"title": names["en"], "description": ""})
        db.session.commit()
        plans.approve(admin, plan)
        first = plan.objectives[0].activities[0]
        plans.set_status(admin, first, "ongoing")

    _consultation(orgs, people)


def _consultation(orgs, people) -> None:
    """A regional online consultation with the IFRC office; two of its decisions are already tasks."""
    regional = orgs.get("ifrc-central-asia")
    coordinator = people.get("coordinator@example.org")
    if regional is None or coordinator is None:
        return
    societies = [o for o in orgs.values() if not o.is_regional_office]
    meeting = meetings.create(
        coordinator, regional, title="Региональная онлайн-консультация по гуманитарной дипломатии",
        agenda=AGENDA,
        starts_at=datetime(2026, 11, 12, 5, 0, tzinfo=timezone.utc),
        ends_at=datetime(2026, 11, 12, 7, 0, tzinfo=timezone.utc), mode="online",
        location="https://meet.example.org/hd-central-asia", participants=societies, locale="ru")
    translations.apply(coordinator, meeting, "en", {"title": "Regional online consultation on humanitarian "
                                                             "diplomacy", "agenda": "", "minutes": ""})
    meetings.save_minutes(coordinator, meeting, agenda=AGENDA,
                          minutes="Общества представили планы; договорились обмениваться контактами партнёров.",
                          locale="ru")
    for org in societies:
        admin = people.get(f"admin.{org.slug}@example.org")
        if admin is not None:
            meetings.add_attendee(coordinator, meeting, user=admin, role="Координатор по гуманитарной дипломатии")
    decisions = [
        ("Каждое общество назначает контактное лицо по гуманитарной дипломатии до 1 декабря", "kyrgyzstan"),
        ("Подготовить общий список партнёров для зимней кампании", "kazakhstan"),
        ("Провести следующую консультацию в феврале", None),
    ]
    for text, slug in decisions:
        decision = meetings.add_decision(coordinator, meeting, text=text, locale="ru")
        if slug in orgs:
            meetings.decision_to_task(coordinator, decision, assignee_org=orgs[slug], due_date=date(2026, 12, 1),
                                      title=text[:200], locale="ru")

