"""Demo campaign proposals, one in each state a coordinator meets: the Turkmen society's heat-wave proposal,
endorsed and accepted into a draft regional campaign; an open one with two endorsements and a decline
with its reason; and one started from a decision of the regional consultation, waiting for answers.
Where a proposing society is not seeded (the test database) the next one proposes, in Russian."""
from sqlalchemy import func, select

from app.demo import organizations
from app.demo.clock import Clock
from app.demo.translate import add_translations
from app.extensions import db
from app.models import CampaignProposal, MeetingDecision, MeetingDecisionTranslation
from app.services import proposals
from app.services.proposals import IndicatorDraft

HEAT = {
    "authors": ("turkmenistan", "kazakhstan"),
    "title": {"tk": "Yssy howa: ýaşulular we çagalar üçin howpsuzlyk",
              "ru": "Жара: безопасность пожилых людей и детей",
              "en": "Heat waves: keeping older people and children safe"},
    "problem": {"tk": "Tomus günleri yssy howa ýaşululara we kiçi çagalara has howply. Köp maşgala yssy urmagyň "
                      "alamatlaryny we ilkinji kömegi bilmeýär.",
                "ru": "Летняя жара опаснее всего для пожилых людей и маленьких детей. Многие семьи не знают "
                      "признаков теплового удара и первой помощи.",
                "en": "Summer heat is most dangerous for older people and small children. Many families do not "
                      "know the signs of heat stroke or the first aid for it."},
    "key_messages": {"tk": "Köp suw içiň. Günortan güne çykmaň. Goňşy ýaşululara baş çekiň.",
                     "ru": "Пейте больше воды. Не выходите на солнце в полдень. Навещайте пожилых соседей.",
                     "en": "Drink more water. Stay out of the midday sun. Check on older neighbours."},
    "partners_needed": {"tk": "Saglygy goraýyş ministrligi, ýerli radio",
                        "ru": "Министерство здравоохранения, местное радио",
                        "en": "Ministry of Health, local radio"},
    "audiences": ["older_people", "general_public"],
    "period": (150, 240),
    "indicators": [({"tk": "Maglumat alan adamlar", "ru": "Получившие информацию люди", "en": "People informed"},
                    "people", "20000")],
}
ROADS = {
    "authors": ("kazakhstan", "kyrgyzstan"),
    "title": {"kk": "Балалар үшін жол қауіпсіздігі", "ru": "Безопасность детей на дорогах",
              "en": "Road safety for children"},
    "problem": {"kk": "Мектеп жасындағы балалар жол апаттарына жиі ұшырайды, әсіресе оқу жылының басында.",
                "ru": "Дети школьного возраста часто попадают в дорожные происшествия, особенно в начале "
                      "учебного года.",
                "en": "School-age children are often hurt on the roads, above all when the school year starts."},
    "key_messages": {"kk": "Жолды тек өтпе жолдан кесіп өтіңіз. Кешке шағылыстырғыш тағыңыз.",
                     "ru": "Переходите дорогу только по переходу. Вечером носите светоотражатель.",
                     "en": "Cross only at crossings. Wear a reflector after dark."},
    "partners_needed": {"kk": "Жол полициясы, білім беру басқармалары", "ru": "Дорожная полиция, управления "
                        "образования", "en": "Traffic police, education departments"},
    "audiences": ["schoolchildren", "youth"],
    "period": (200, 260),
    "indicators": [({"kk": "Сабақ өткізілген мектептер", "ru": "Школы, где прошли занятия",
                     "en": "Schools reached"}, "events", "120")],
}
# A fourth decision of the regional consultation (app/demo/diplomacy.py): it becomes a proposal.
FIRST_AID_DECISION = "Предложить региональную кампанию по первой помощи в школах"
FIRST_AID = {
    "authors": ("kyrgyzstan", "tajikistan"),
    "title": {"ky": "Мектептерде биринчи жардам", "ru": "Первая помощь в школах", "en": "First aid in schools"},
    "problem": {"ky": "Мугалимдердин жана окуучулардын көбү биринчи жардамды көрсөтө алышпайт.",
                "ru": "Большинство учителей и школьников не умеют оказывать первую помощь.",
                "en": "Most teachers and pupils cannot give first aid."},
    "key_messages": {"ky": "Биринчи жардам өмүрдү сактайт. Үйрөнүү оңой.",
                     "ru": "Первая помощь спасает жизнь. Научиться легко.",
                     "en": "First aid saves lives. It is easy to learn."},
    "partners_needed": {"ky": "Билим берүү министрлиги", "ru": "Министерство образования",
                        "en": "Ministry of Education"},
    "audiences": ["schoolchildren"],
    "period": (60, 150),
    "indicators": [({"ky": "Окутулган мугалимдер", "ru": "Обученные учителя", "en": "Teachers trained"},
                    "people", "500")],
}
DECLINE_REASON = "В этом году наши волонтёры заняты кампанией по безопасности зимой; присоединимся в следующем году."
CONDITION = "Если материалы будут и на нашем языке"


def seed(orgs: dict, clock: Clock) -> None:
    if db.session.scalar(select(func.count()).select_from(CampaignProposal)):
        return
    people = organizations.people()
    coordinator = people.get("coordinator@example.org")
    societies = [o for o in orgs.values() if not o.is_regional_office]
    office = next((o for o in orgs.values() if o.is_regional_office), None)
    if coordinator is None or office is None or len(societies) < 3:
        return
    heat = _propose(HEAT, orgs, people, clock)
    for other in _others(heat, societies)[:2]:
        proposals.answer(people[f"admin.{other.slug}@example.org"], heat, other, "endorse", "")
    proposals.accept(coordinator, heat, office)
    roads = _propose(ROADS, orgs, people, clock)
    others = _others(roads, societies)
    # Two endorsements (one on a condition) and a decline; with fewer societies seeded, the decline stays.
    answers = [("endorse", ""), ("endorse", CONDITION), ("refuse", DECLINE_REASON)][-len(others):]
    for society, (choice, note) in zip(others, answers):
        proposals.answer(people[f"admin.{society.slug}@example.org"], roads, society, choice, note)
    first = others[0]
    proposals.comment(people[f"admin.{first.slug}@example.org"], roads, first,
                      "Можем поделиться нашими плакатами для школ.", "ru")
    decision = db.session.scalar(select(MeetingDecision).join(MeetingDecisionTranslation).where(
        MeetingDecisionTranslation.text == FIRST_AID_DECISION))
    _propose(FIRST_AID, orgs, people, clock, decision=decision)


def _others(proposal, societies):
    return [o for o in societies if o.id != proposal.author_org_id]


def _propose(spec, orgs, people, clock: Clock, decision=None):
    slug = next(s for s in spec["authors"] if s in orgs)
    org = orgs[slug]
    locale = org.default_locale if org.default_locale in spec["title"] else "ru"
    author = people[f"staff.{slug}@example.org"]
    texts = {f: spec[f] for f in ("title", "problem", "key_messages", "partners_needed")}
    indicators = [IndicatorDraft(names.get(locale, names["ru"]), unit, target)
                  for names, unit, target in spec["indicators"]]
    start, end = spec["period"]
    proposal = proposals.create(author, org, start_date=clock.day(start), end_date=clock.day(end),
                                audiences=spec["audiences"], societies=[], indicators=indicators, locale=locale,
                                decision=decision, **{f: t[locale] for f, t in texts.items()})
    add_translations(author, proposal, texts)
    for item, (names, _unit, _target) in zip(proposal.indicators, spec["indicators"], strict=True):
        add_translations(author, item, {"name": names})
    db.session.commit()
    proposals.submit(author, proposal)
    return proposal
