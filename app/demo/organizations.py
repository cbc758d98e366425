"""The six organizations of the region, a few departments each, and one account per role."""
from sqlalchemy import select

from app.demo import content
from app.extensions import db
from app.i18n import LOCALES
from app.models import Department, DepartmentTranslation, Membership, Organization, OrganizationTranslation, User
from app.models.org import NATIONAL_SOCIETY, REGIONAL_OFFICE
from app.models.translation import REVIEWED

REGIONAL_SLUG = "ifrc-central-asia"
SOCIETY_SLUGS = ("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan")

# slug: (kind, country, default locale, working locales, names by locale)
ORGANIZATIONS = {
    "kazakhstan": (NATIONAL_SOCIETY, "KZ", "kk", ["kk", "ru"], {
        "ru": "Общество Красного Полумесяца Республики Казахстан",
        "kk": "Қазақстан Республикасының Қызыл Жарты Ай қоғамы",
        "ky": "Казакстан Республикасынын Кызыл Жарым Ай коому",
        "uz": "Qozogʻiston Respublikasi Qizil Yarim Oy jamiyati",
        "tg": "Ҷамъияти Ҳилоли Аҳмари Ҷумҳурии Қазоқистон",
        "tk": "Gazagystan Respublikasynyň Gyzyl Ýarymaý jemgyýeti",
        "en": "Red Crescent Society of Kazakhstan",
    }),
    "kyrgyzstan": (NATIONAL_SOCIETY, "KG", "ky", ["ky", "ru"], {
        "ru": "Национальное общество Красного Полумесяца Кыргызской Республики",
        "ky": "Кыргыз Республикасынын Кызыл Жарым Ай улуттук коому",
        "kk": "Қырғыз Республикасының Қызыл Жарты Ай ұлттық қоғамы",
        "uz": "Qirgʻiziston Respublikasi Qizil Yarim Oy milliy jamiyati",
        "tg": "Ҷамъияти миллии Ҳилоли Аҳмари Ҷумҳурии Қирғизистон",
        "tk": "Gyrgyz Respublikasynyň Gyzyl Ýarymaý milli jemgyýeti",
        "en": "Red Crescent Society of Kyrgyzstan",
    }),
    "tajikistan": (NATIONAL_SOCIETY, "TJ", "tg", ["tg", "ru"], {
        "ru": "Общество Красного Полумесяца Таджикистана",
        "tg": "Ҷамъияти Ҳилоли Аҳмари Тоҷикистон",
        "kk": "Тәжікстан Қызыл Жарты Ай қоғамы",
        "ky": "Тажикстандын Кызыл Жарым Ай коому",
        "uz": "Tojikiston Qizil Yarim Oy jamiyati",
        "tk": "Täjigistanyň Gyzyl Ýarymaý jemgyýeti",
        "en": "Red Crescent Society of Tajikistan",
    }),
    "turkmenistan": (NATIONAL_SOCIETY, "TM", "tk", ["tk", "ru"], {
        "ru": "Общество Красного Полумесяца Туркменистана",
        "tk": "Türkmenistanyň Gyzyl Ýarymaý jemgyýeti",
        "kk": "Түрікменстан Қызыл Жарты Ай қоғамы",
        "ky": "Түркмөнстандын Кызыл Жарым Ай коому",
        "uz": "Turkmaniston Qizil Yarim Oy jamiyati",
        "tg": "Ҷамъияти Ҳилоли Аҳмари Туркманистон",
        "en": "Red Crescent Society of Turkmenistan",
    }),
    "uzbekistan": (NATIONAL_SOCIETY, "UZ", "uz", ["uz", "ru"], {
        "ru": "Общество Красного Полумесяца Узбекистана",
        "uz": "Oʻzbekiston Qizil Yarim Oy jamiyati",
        "kk": "Өзбекстан Қызыл Жарты Ай қоғамы",
        "ky": "Өзбекстандын Кызыл Жарым Ай коому",
        "tg": "Ҷамъияти Ҳилоли Аҳмари Ӯзбекистон",
        "tk": "Özbegistanyň Gyzyl Ýarymaý jemgyýeti",
        "en": "Red Crescent Society of Uzbekistan",
    }),
    REGIONAL_SLUG: (REGIONAL_OFFICE, None, "ru", ["ru", "en"], {
        "ru": "Представительство МФОКК и КП в Центральной Азии",
        "en": "IFRC Delegation for Central Asia",
        "kk": "Халықаралық Қызыл Крест және Қызыл Жарты Ай қоғамдары федерациясының Орталық Азиядағы өкілдігі",
        "ky": "Эл аралык Кызыл Крест жана Кызыл Жарым Ай коомдору федерациясынын Борбордук Азиядагы өкүлчүлүгү",
        "uz": "Xalqaro Qizil Xoch va Qizil Yarim Oy jamiyatlari federatsiyasining Markaziy Osiyodagi vakolatxonasi",
        "tg": "Намояндагии Федератсияи байналмилалии ҷамъиятҳои Салиби Сурх ва Ҳилоли Аҳмар дар Осиёи Марказӣ",
        "tk": "Halkara Gyzyl Haç we Gyzyl Ýarymaý jemgyýetleri federasiýasynyň Merkezi Aziýadaky wekilhanasy",
    }),
}

DEPARTMENTS = {
    "communications": {
        "ru": "Отдел коммуникаций", "en": "Communications", "kk": "Коммуникация бөлімі",
        "ky": "Коммуникация бөлүмү", "uz": "Kommunikatsiya boʻlimi", "tg": "Шӯъбаи коммуникатсия",
        "tk": "Kommunikasiýa bölümi",
    },
    "disaster": {
        "ru": "Отдел управления рисками бедствий", "en": "Disaster management",
        "kk": "Апат қаупін басқару бөлімі", "ky": "Кырсык коркунучун башкаруу бөлүмү",
        "uz": "Ofat xavfini boshqarish boʻlimi", "tg": "Шӯъбаи идоракунии хатари офатҳо",
        "tk": "Betbagtçylyk howpuny dolandyryş bölümi",
    },
    "health": {
        "ru": "Отдел здравоохранения", "en": "Health", "kk": "Денсаулық сақтау бөлімі",
        "ky": "Саламаттыкты сактоо бөлүмү", "uz": "Sogʻliqni saqlash boʻlimi", "tg": "Шӯъбаи тандурустӣ",
        "tk": "Saglygy goraýyş bölümi",
    },
    "youth": {
        "ru": "Молодёжный отдел", "en": "Youth", "kk": "Жастар бөлімі", "ky": "Жаштар бөлүмү",
        "uz": "Yoshlar boʻlimi", "tg": "Шӯъбаи ҷавонон", "tk": "Ýaşlar bölümi",
    },
    "diplomacy": {
        "ru": "Отдел гуманитарной дипломатии", "en": "Humanitarian diplomacy",
        "kk": "Гуманитарлық дипломатия бөлімі", "ky": "Гуманитардык дипломатия бөлүмү",
        "uz": "Gumanitar diplomatiya boʻlimi", "tg": "Шӯъбаи дипломатияи башардӯстона",
        "tk": "Ynsanperwer diplomatiýa bölümi",
    },
}
REGIONAL_DESCRIPTION = {
    "ru": "Региональное представительство МФОКК и КП в Центральной Азии (Алматы) помогает пяти национальным "
          "обществам региона готовиться к бедствиям, вести общие кампании и говорить с государствами "
          "об интересах наиболее уязвимых людей.",
    "en": "The IFRC regional office for Central Asia (Almaty) helps the region's five National Societies prepare "
          "for disasters, run joint campaigns and speak with governments for the most vulnerable people.",
}


def description(slug: str) -> dict:
    """The organization's description in its own language, Russian and English."""
    return REGIONAL_DESCRIPTION if slug == REGIONAL_SLUG else content.society(slug).DESCRIPTION


# Left out on purpose, so the translation workflow has something to show.
MISSING = {("kyrgyzstan", "youth"): ("tg", "uz"), ("kazakhstan", "health"): ("tk",),
           ("turkmenistan", "youth"): ("tg", "kk")}
# Renamed in the source language after these languages were translated: they are outdated.
OUTDATED = {("kyrgyzstan", "disaster"): ("Кырсыктарды башкаруу бөлүмү", ("en", "tk"))}
TRANSLATOR_LANGUAGES = {"kazakhstan": ["ru", "en"], "kyrgyzstan": ["ru", "en", "tg", "uz"],
                        "tajikistan": ["ru", "en"], "turkmenistan": ["ru", "en"], "uzbekistan": ["ru", "en"]}

ORG_DEPARTMENTS = {slug: ("communications", "disaster", "health", "youth") for slug in SOCIETY_SLUGS}
ORG_DEPARTMENTS[REGIONAL_SLUG] = ("communications", "diplomacy")

PEOPLE = {
    "kazakhstan": ("Айгерим Садыкова", "Нурлан Ахметов", "Динара Исаева", "Ержан Омаров"),
    "kyrgyzstan": ("Айпери Токтогулова", "Бакыт Асанов", "Жылдыз Мамытова", "Эрлан Турдиев"),
    "tajikistan": ("Мадина Раҳимова", "Фаррух Назаров", "Нигина Саидова", "Рустам Шарипов"),
    "turkmenistan": ("Ogulgerek Annaýewa", "Myrat Orazow", "Maýsa Berdiýewa", "Döwlet Ataýew"),
    "uzbekistan": ("Dilnoza Karimova", "Jasur Tursunov", "Malika Yusupova", "Sardor Aliyev"),
}
SOCIETY_ROLE_ORDER = ("admin", "staff", "translator", "volunteer")


def _organization(slug: str) -> Organization:
    """The organization and its departments, created once; a second run leaves them alone."""
    org = db.session.scalar(select(Organization).where(Organization.slug == slug))
    if org is not None:
        return org
    kind, country, default_locale, working, names = ORGANIZATIONS[slug]
    org = Organization(slug=slug, kind=kind, country_code=country, default_locale=default_locale,
                       source_locale=default_locale)
    org.working_locales = working
    descriptions = description(slug)
    source = {"name": names[default_locale], "description": descriptions.get(default_locale)}
    for locale in LOCALES:
        org.translations.append(OrganizationTranslation(
            locale=locale, name=names[locale], description=descriptions.get(locale),
            status=REVIEWED, source_text=source))
    for key in ORG_DEPARTMENTS[slug]:
        org.departments.append(_department(slug, key, default_locale))
    db.session.add(org)
    return org


def _department(slug: str, key: str, source_locale: str) -> Department:
    names = DEPARTMENTS[key]
    old_name, outdated = OUTDATED.get((slug, key), (None, ()))
    dept = Department(source_locale=source_locale, revision=2 if old_name else 1)
    for locale in LOCALES:
        if locale in MISSING.get((slug, key), ()):
            continue
        stale = locale in outdated
        dept.translations.append(DepartmentTranslation(
            locale=locale, name=names[locale], status=REVIEWED, source_revision=1 if stale else dept.revision,
            source_text={"name": old_name if stale else names[source_locale]}))
    return dept


def people() -> dict[str, User]:
    """Every account by e-mail address, for the parts of the demo that act as these people."""
    return {u.email: u for u in db.session.scalars(select(User))}


def _user(email: str, full_name: str, password_hash: str, locale: str, platform_admin=False) -> User:
    user = db.session.scalar(select(User).where(User.email == email))
    if user is None:
        user = User(email=email, full_name=full_name, password_hash=password_hash, preferred_locale=locale,
                    is_platform_admin=platform_admin)
        db.session.add(user)
    return user


def _member(user: User, org: Organization, role: str, department=None, languages=()) -> None:
    if any(m.organization is org or (org.id is not None and m.organization_id == org.id) for m in user.memberships):
        return
    membership = Membership(user=user, organization=org, role=role, department=department)
    membership.translation_locales = languages
    db.session.add(membership)


def seed(password_hash: str, slugs) -> dict[str, Organization]:
    """The organizations, their departments and people; what exists already is left alone."""
    orgs = {slug: _organization(slug) for slug in slugs}
    _user("platform@example.org", "Timur Kasymov", password_hash, "en", platform_admin=True)
    if REGIONAL_SLUG in orgs:
        coordinator = _user("coordinator@example.org", "Гульнара Абдуллаева", password_hash, "ru")
        _member(coordinator, orgs[REGIONAL_SLUG], "coordinator", orgs[REGIONAL_SLUG].departments[0])
    for slug in slugs:
        if slug == REGIONAL_SLUG:
            continue
        org = orgs[slug]
        for role, name in zip(SOCIETY_ROLE_ORDER, PEOPLE[slug], strict=True):
            user = _user(f"{role}.{slug}@example.org", name, password_hash, org.default_locale)
            department = org.departments[0] if role in ("staff", "translator") else None
            _member(user, org, role, department,
                    languages=TRANSLATOR_LANGUAGES[slug] if role == "translator" else ())
    db.session.commit()
    return orgs
