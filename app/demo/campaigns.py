"""Demo campaigns: three regional ones in different states and one national, with indicators,
reports, milestones and news in several languages. Not every society is in every campaign.

Dates follow the day of seeding: "Safe winter" and the Kyrgyz blood donation month run now, the
heat-wave campaign ended last quarter, and the first-aid campaign is a draft starting next month."""
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from app.demo.clock import Clock
from app.extensions import db
from app.models import (
    Campaign,
    CampaignTranslation,
    CampaignUpdate,
    CampaignUpdateTranslation,
    Indicator,
    IndicatorReport,
    IndicatorReportRevision,
    IndicatorTarget,
    IndicatorTranslation,
    Milestone,
    MilestoneTranslation,
    Participation,
)
from app.models.translation import REVIEWED
from app.services.campaigns import slugify

WINTER_BODY_RU = """Зима в Центральной Азии — это холод, снег и перебои с теплом.
Кампания **«Безопасная зима»** напоминает, как:

- безопасно отапливать жильё и не отравиться угарным газом;
- помочь пожилым соседям;
- оказать первую помощь при переохлаждении."""
WINTER_BODY_EN = """Winter in Central Asia means cold, snow and heating cuts.
The **Safe winter** campaign reminds people how to:

- heat their homes safely and avoid carbon monoxide poisoning;
- help older neighbours;
- give first aid for hypothermia."""


def specs(c: Clock) -> list[dict]:
    return [
        {
            "key": "winter", "owner": "ifrc-central-asia", "scope": "regional", "status": "active", "public": True,
            "source": "ru", "dates": (c.day(-30), c.day(90)), "hashtags": "#SafeWinter #RedCrescent",
            "audiences": ["general_public", "older_people", "volunteers"],
            "title": {"ru": "Безопасная зима", "en": "Safe winter", "kk": "Қауіпсіз қыс", "ky": "Коопсуз кыш",
                      "uz": "Xavfsiz qish", "tg": "Зимистони бехатар", "tk": "Howpsuz gyş"},
            "summary": {"ru": "Региональная кампания о безопасном отоплении, помощи пожилым и первой помощи зимой.",
                        "en": "A regional campaign on safe heating, help for older people and first aid in winter."},
            "body": {"ru": WINTER_BODY_RU, "en": WINTER_BODY_EN},
            "participants": {"kazakhstan": "joined", "kyrgyzstan": "joined", "tajikistan": "joined",
                             "turkmenistan": "invited", "uzbekistan": ("declined", "Наша национальная зимняя "
                                                                       "кампания уже идёт в эти даты.")},
            "indicators": [
                ("people", Decimal(50000), {"ru": "Охвачено людей", "en": "People reached", "kk": "Қамтылған адамдар",
                                            "ky": "Камтылган адамдар"},
                 {"kazakhstan": 20000, "kyrgyzstan": 15000, "tajikistan": 15000},
                 [("kazakhstan", c.day(-24), 3200), ("kyrgyzstan", c.day(-22), 2100),
                  ("tajikistan", c.day(-19), 1800), ("kazakhstan", c.day(-12), 4100),
                  ("kyrgyzstan", c.day(-5), 2650)]),
                ("volunteers", Decimal(1500), {"ru": "Привлечено волонтёров", "en": "Volunteers mobilised"}, {},
                 [("kazakhstan", c.day(-24), 210), ("kyrgyzstan", c.day(-22), 145),
                  ("tajikistan", c.day(-19), 90)]),
            ],
            "milestones": [
                (c.day(-30), "launch", {"ru": "Запуск кампании", "en": "Campaign launch"}),
                (c.day(6), "awareness_day", {"ru": "Международный день добровольцев",
                                                      "en": "International Volunteer Day"}),
                (c.day(52), "review_meeting", {"ru": "Региональная онлайн-встреча по итогам",
                                                       "en": "Regional online review meeting"}),
            ],
            "updates": [
                ("kazakhstan", "kk", "Алматыда еріктілер 300 отбасыға қыста қауіпсіз жылыту туралы кеңес берді."),
                ("kyrgyzstan", "ky", "Нарында ыктыярчылар 120 үй-бүлөгө жылуу кийим таратышты."),
                ("ifrc-central-asia", "ru",
                 "Региональная встреча по итогам кампании назначена; приглашения отправлены."),
            ],
        },
        {
            "key": "heat", "owner": "ifrc-central-asia", "scope": "regional", "status": "completed", "public": True,
            "source": "ru", "dates": (c.day(-185), c.day(-95)), "hashtags": "#HeatWave",
            "audiences": ["general_public", "older_people"],
            "title": {"ru": "Жара: берегите себя", "en": "Heat wave: look after yourself",
                      "kk": "Аптап ыстық: өзіңізді сақтаңыз", "ky": "Ысык аптап: өзүңүздү сактаңыз",
                      "uz": "Jazirama issiq: oʻzingizni asrang"},
            "summary": {"ru": "Как пережить жару: вода, тень и внимание к соседям.",
                        "en": "Getting through the heat: water, shade and an eye on your neighbours."},
            "body": {"ru": "Пейте воду, избегайте солнца с 11 до 16 часов и навещайте пожилых соседей."},
            "participants": {"kazakhstan": "joined", "kyrgyzstan": "joined", "uzbekistan": "joined",
                             "tajikistan": "joined", "turkmenistan": ("withdrawn", "Изменились приоритеты.")},
            "indicators": [
                ("people", Decimal(40000), {"ru": "Охвачено людей", "en": "People reached"}, {},
                 [("kazakhstan", c.day(-160), 9000), ("kyrgyzstan", c.day(-145), 7000),
                  ("uzbekistan", c.day(-130), 12000), ("tajikistan", c.day(-100), 6500)]),
            ],
            "milestones": [(c.day(-185), "launch", {"ru": "Запуск кампании", "en": "Campaign launch"})],
            "updates": [("uzbekistan", "uz", "Toshkentda 40 ta suv tarqatish nuqtasi ochildi.")],
        },
        {
            "key": "first-aid", "owner": "ifrc-central-asia", "scope": "regional", "status": "draft", "public": False,
            "source": "ru", "dates": (c.next_month(), c.next_month() + timedelta(days=210)), "hashtags": "#FirstAid",
            "audiences": ["schoolchildren", "youth"],
            "title": {"ru": "Первая помощь в каждой семье", "en": "First aid in every family"},
            "summary": {"ru": "Черновик: обучение первой помощи для школьников и молодёжи."},
            "body": {}, "participants": {"kazakhstan": "invited", "tajikistan": "invited"},
            "indicators": [], "milestones": [], "updates": [],
        },
        {
            "key": "blood", "owner": "kyrgyzstan", "scope": "national", "status": "active", "public": True,
            "source": "ky", "dates": (c.day(-28), c.day(17)), "hashtags": "#BloodDonation",
            "audiences": ["general_public", "youth"],
            "title": {"ky": "Кан тапшыруу айы", "ru": "Месяц донорства крови", "en": "Blood donation month"},
            "summary": {"ky": "Ыктыярдуу кан тапшырууга чакырган улуттук өнөктүк.",
                        "ru": "Национальная кампания в поддержку добровольного донорства крови."},
            "body": {}, "participants": {"kyrgyzstan": "joined"},
            "indicators": [
                ("people", Decimal(2000), {"ky": "Кан донорлору", "ru": "Доноры крови", "en": "Blood donors"}, {},
                 [("kyrgyzstan", c.day(-15), 420), ("kyrgyzstan", c.day(-3), 380)]),
            ],
            "milestones": [(c.day(-15), "awareness_day", {"ky": "Донорлор күнү",
                                                                  "ru": "День донора", "en": "Donor day"})],
            "updates": [],
        },
    ]


def find(en_title: str) -> Campaign | None:
    """A demo campaign by its English title."""
    return db.session.scalar(select(Campaign).join(Campaign.translations).where(
        CampaignTranslation.locale == "en", CampaignTranslation.title == en_title))


def _texts(model, source: str, **fields_by_locale) -> list:
    locales = {loc for texts in fields_by_locale.values() for loc in texts}
    source_text = {name: texts.get(source) for name, texts in fields_by_locale.items()}
    return [model(locale=loc, status=REVIEWED, source_text=source_text,
                  **{name: texts.get(loc) for name, texts in fields_by_locale.items()}) for loc in sorted(locales)]


def seed(orgs: dict, clock: Clock) -> None:
    """Runs once: a database that already has campaigns is left alone."""
    if db.session.scalar(select(func.count()).select_from(Campaign)):
        return
    for spec in specs(clock):
        owner = orgs.get(spec["owner"])
        if owner is None:
            continue
        start, end = spec["dates"]
        campaign = Campaign(owner_org=owner, scope=spec["scope"], status=spec["status"], start_date=start,
                            end_date=end, hashtags=spec["hashtags"], is_public=spec["public"],
                            source_locale=spec["source"], slug=slugify(spec["title"][spec["source"]]))
        campaign.audiences = spec["audiences"]
        campaign.translations = _texts(CampaignTranslation, spec["source"], title=spec["title"],
                                       summary=spec["summary"], body=spec["body"])
        for slug, status in spec["participants"].items():
            if slug in orgs:
                status, reason = status if isinstance(status, tuple) else (status, None)
                campaign.participations.append(Participation(organization=orgs[slug], status=status, reason=reason))
        for unit, target, names, targets, reports in spec["indicators"]:
            indicator = Indicator(unit=unit, regional_target=target, source_locale=spec["source"])
            indicator.translations = _texts(IndicatorTranslation, spec["source"], name=names)
            for slug, value in targets.items():
                if slug in orgs:
                    indicator.targets.append(IndicatorTarget(organization=orgs[slug], target=Decimal(value)))
            for slug, day, value in reports:
                if slug in orgs:
                    report = IndicatorReport(organization=orgs[slug], period_date=day, value=Decimal(value))
                    report.revisions.append(IndicatorReportRevision(value=report.value))
                    indicator.reports.append(report)
            campaign.indicators.append(indicator)
        for day, kind, titles in spec["milestones"]:
            milestone = Milestone(on_date=day, kind=kind, source_locale=spec["source"])
            milestone.translations = _texts(MilestoneTranslation, spec["source"], title=titles)
            campaign.milestones.append(milestone)
        for number, (slug, locale, body) in enumerate(spec["updates"]):
            if slug in orgs:
                item = CampaignUpdate(organization=orgs[slug], source_locale=locale,
                                      created_at=clock.at(number - 9))
                item.translations = _texts(CampaignUpdateTranslation, locale, body={locale: body})
                campaign.updates.append(item)
        db.session.add(campaign)
    db.session.commit()
