"""`flask seed-demo --scale N`: N more times the demo's volume on top of the demo, for benchmarks and
query-count tests.

Each batch adds, for the organizations of the database: four campaigns (three regional — running,
completed, draft — and one society's national one) with participations, indicators reported weekly,
milestones and news in every language; tasks in every status with their history, comments and
notifications; material with a file per language; four new members per society; a past year's plan
with objectives and activities, five partners and a meeting per society. Rows are built directly (no
audit trail: nobody did this work) and each batch is one transaction. Batch k is recognised by its load
members' e-mail addresses (`loadK-1.<society>@example.org`), so `--scale N` twice adds nothing the second
time, and `--scale 10` after `--scale 5` adds batches 6 to 10. Only the demo's six organizations get load
data: others a platform admin created are left alone.
"""
import hashlib
import io
import re
import secrets
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from app.demo.clock import Clock
from app.demo.organizations import ORGANIZATIONS, PEOPLE, REGIONAL_SLUG
from app.extensions import db
from app.i18n import LOCALES
from app.models import (
    Campaign,
    CampaignTranslation,
    CampaignUpdate,
    CampaignUpdateTranslation,
    DiplomacyPlan,
    DiplomacyPlanTranslation,
    Indicator,
    IndicatorReport,
    IndicatorReportRevision,
    IndicatorTarget,
    IndicatorTranslation,
    Material,
    MaterialFile,
    MaterialTranslation,
    Meeting,
    MeetingAttendee,
    MeetingInvitation,
    MeetingDecision,
    MeetingDecisionTranslation,
    MeetingTranslation,
    Membership,
    Milestone,
    MilestoneTranslation,
    Notification,
    Organization,
    Participation,
    Partner,
    PartnerStageChange,
    PartnerTranslation,
    PlanActivity,
    PlanActivityTranslation,
    PlanObjective,
    PlanObjectiveTranslation,
    Task,
    TaskComment,
    TaskEvent,
    TaskTranslation,
    User,
)
from app.models.diplomacy import ACCEPTED
from app.models.notification import MAIL_SENT
from app.models.translation import REVIEWED
from app.storage import storage

# Short texts in every interface language; "{n}" is the batch and item number.
WORDS = {
    "campaign": {"ru": "Кампания {n}", "en": "Campaign {n}", "kk": "Науқан {n}", "ky": "Өнөктүк {n}",
                 "uz": "Kampaniya {n}", "tg": "Маърака {n}", "tk": "Kampaniýa {n}"},
    "summary": {"ru": "Информирование населения, выпуск {n}.", "en": "Public awareness, round {n}.",
                "kk": "Халықты хабардар ету, {n}-кезең.", "ky": "Калкты маалымдоо, {n}-этап.",
                "uz": "Aholini xabardor qilish, {n}-bosqich.", "tg": "Огоҳ кардани аҳолӣ, марҳилаи {n}.",
                "tk": "Ilaty habarly etmek, {n}-nji tapgyr."},
    "people": {"ru": "Охвачено людей", "en": "People reached", "kk": "Қамтылған адамдар", "ky": "Камтылган адамдар",
               "uz": "Qamrab olingan odamlar", "tg": "Одамони фарогирифта", "tk": "Gurşalan adamlar"},
    "volunteers": {"ru": "Привлечено волонтёров", "en": "Volunteers mobilised", "kk": "Тартылған еріктілер",
                   "ky": "Тартылган ыктыярчылар", "uz": "Jalb qilingan koʻngillilar", "tg": "Ихтиёриёни ҷалбшуда",
                   "tk": "Çekilen meýletinçiler"},
    "milestone": {"ru": "Этап {n}", "en": "Milestone {n}", "kk": "Кезең {n}", "ky": "Этап {n}",
                  "uz": "Bosqich {n}", "tg": "Марҳила {n}", "tk": "Tapgyr {n}"},
    "news": {"ru": "Волонтёры провели встречи с жителями, выпуск {n}.",
             "en": "Volunteers met residents, round {n}.", "kk": "Еріктілер тұрғындармен кездесті, {n}-кезең.",
             "ky": "Ыктыярчылар тургундар менен жолукту, {n}-этап.",
             "uz": "Koʻngillilar aholi bilan uchrashdi, {n}-bosqich.",
             "tg": "Ихтиёриён бо сокинон вохӯрданд, марҳилаи {n}.",
             "tk": "Meýletinçiler ýaşaýjylar bilen duşuşdy, {n}-nji tapgyr."},
    "task": {"ru": "Задача {n}: подготовить отчёт", "en": "Task {n}: prepare the report",
             "kk": "Тапсырма {n}: есеп дайындау", "ky": "Тапшырма {n}: отчёт даярдоо",
             "uz": "Vazifa {n}: hisobot tayyorlash", "tg": "Вазифа {n}: омода кардани ҳисобот",
             "tk": "Tabşyryk {n}: hasabat taýýarlamak"},
    "material": {"ru": "Листовка {n}", "en": "Leaflet {n}", "kk": "Парақша {n}", "ky": "Баракча {n}",
                 "uz": "Varaqa {n}", "tg": "Варақа {n}", "tk": "Broşýura {n}"},
    "plan": {"ru": "План по гуманитарной дипломатии на {n} год", "en": "Humanitarian diplomacy plan {n}",
             "kk": "{n} жылға арналған гуманитарлық дипломатия жоспары",
             "ky": "{n}-жылга гуманитардык дипломатия планы", "uz": "{n}-yil uchun gumanitar diplomatiya rejasi",
             "tg": "Нақшаи дипломатияи башардӯстона барои соли {n}",
             "tk": "{n}-nji ýyl üçin ynsanperwer diplomatiýa meýilnamasy"},
    "objective": {"ru": "Цель {n}", "en": "Objective {n}", "kk": "Мақсат {n}", "ky": "Максат {n}",
                  "uz": "Maqsad {n}", "tg": "Мақсад {n}", "tk": "Maksat {n}"},
    "activity": {"ru": "Мероприятие {n}", "en": "Activity {n}", "kk": "Іс-шара {n}", "ky": "Иш-чара {n}",
                 "uz": "Tadbir {n}", "tg": "Чорабинӣ {n}", "tk": "Çäre {n}"},
    "partner": {"ru": "Партнёр {n}", "en": "Partner {n}", "kk": "Серіктес {n}", "ky": "Өнөктөш {n}",
                "uz": "Hamkor {n}", "tg": "Шарик {n}", "tk": "Hyzmatdaş {n}"},
    "meeting": {"ru": "Рабочая встреча {n}", "en": "Working meeting {n}", "kk": "Жұмыс кездесуі {n}",
                "ky": "Жумушчу жолугушуу {n}", "uz": "Ishchi uchrashuv {n}", "tg": "Вохӯрии корӣ {n}",
                "tk": "Iş duşuşygy {n}"},
    "decision": {"ru": "Решение {n}", "en": "Decision {n}", "kk": "Шешім {n}", "ky": "Чечим {n}",
                 "uz": "Qaror {n}", "tg": "Қарор {n}", "tk": "Karar {n}"},
}
STATUSES = ("open", "accepted", "in_progress", "blocked", "done", "declined", "cancelled")
STEPS = {"open": (), "accepted": ("accepted",), "in_progress": ("accepted", "in_progress"),
         "blocked": ("accepted", "in_progress", "blocked"), "done": ("accepted", "in_progress", "done"),
         "declined": ("declined",), "cancelled": ("accepted", "cancelled")}
WEEKS_REPORTED = 12
BATCH_MEMBER = re.compile(r"^load(\d+)-\d+\.")


def _id(user):
    return None if user is None else user.id


def _texts(model, source: str, locales, **fields):
    """Translation rows of `model` for `locales`: each field is (WORDS key, number)."""
    made = {name: {loc: WORDS[key][loc].format(n=number) for loc in locales} for name, (key, number) in fields.items()}
    source_text = {name: texts[source] for name, texts in made.items()}
    return [model(locale=loc, status=REVIEWED, source_text=source_text, **{n: t[loc] for n, t in made.items()})
            for loc in locales]


class Batch:
    """One batch's worth of rows; `build()` adds them to the session."""

    def __init__(self, number: int, orgs: list[Organization], people: dict, password_hash: str, clock: Clock,
                 files: dict):
        self.k, self.orgs, self.people, self.hash, self.clock, self.files = number, orgs, people, password_hash, \
            clock, files
        self.regional = next((o for o in orgs if o.slug == REGIONAL_SLUG), None)
        self.societies = [o for o in orgs if not o.is_regional_office]
        self.coordinator = people.get("coordinator@example.org")
        self.notifications = []
        self.stored = []  # storage keys written, removed again if the batch fails

    def person(self, role, org):
        return self.people.get(f"{role}.{org.slug}@example.org")

    def build(self) -> None:
        members = {org.id: self._members(org) for org in self.societies}
        for n, (status, owner) in enumerate((("active", self.regional), ("completed", self.regional),
                                             ("draft", self.regional), ("active", None)), start=1):
            if owner is None and self.societies:  # the national campaign of one society, a different one each batch
                owner = self.societies[(self.k + n) % len(self.societies)]
            if owner is not None:
                self._campaign(n, status, owner, members)
        for org in self.societies:
            self._internal_tasks(org, members[org.id])
            partners = self._partners(org)
            self._plan(org, partners)
            self._meeting(org, [org], members[org.id])
        if self.regional is not None and self.coordinator is not None:
            self._meeting(self.regional, self.orgs, [])
        db.session.add_all(self.notifications)

    # -- people ------------------------------------------------------------------------------------
    def _members(self, org) -> list[User]:
        names = PEOPLE[org.slug]
        made = []
        for n, role in enumerate(("staff", "staff", "translator", "volunteer"), start=1):
            user = User(email=f"load{self.k}-{n}.{org.slug}@example.org", full_name=f"{names[n % len(names)]} {self.k}",
                        password_hash=self.hash, preferred_locale=org.default_locale)
            membership = Membership(user=user, organization=org, role=role,
                                    department=org.departments[n % len(org.departments)] if org.departments else None)
            if role == "translator":
                membership.translation_locales = ["ru", "en"]
            db.session.add_all([user, membership])
            made.append(user)
        return made

    # -- campaigns ---------------------------------------------------------------------------------
    def _campaign(self, n, status, owner, members) -> None:
        c, number = self.clock, f"{self.k}.{n}"
        start, end = {"active": (c.day(-40 - n), c.day(60 + n)), "completed": (c.day(-200 - n), c.day(-110)),
                      "draft": (c.next_month(), c.next_month() + timedelta(days=180))}[status]
        regional = owner.is_regional_office
        campaign = Campaign(owner_org=owner, scope="regional" if regional else "national", status=status,
                            start_date=start, end_date=end, is_public=status != "draft", source_locale="ru",
                            slug=f"load-{self.k}-{n}", hashtags=f"#Hamkor{self.k}{n}")
        campaign.audiences = ["general_public", "youth"]
        campaign.translations = _texts(CampaignTranslation, "ru", LOCALES, title=("campaign", number),
                                       summary=("summary", number))
        joined = self.societies if regional else [owner]
        for i, org in enumerate(joined):
            state = "joined" if not regional or i % 4 != 3 else ("invited", "declined")[self.k % 2]
            campaign.participations.append(Participation(organization=org, status=state,
                                                         focal_user=self.person("staff", org)))
        reporters = [org for org, p in zip(joined, campaign.participations, strict=True) if p.status == "joined"]
        for unit in ("people", "volunteers"):
            indicator = Indicator(unit=unit, regional_target=Decimal(10000), source_locale="ru")
            indicator.translations = _texts(IndicatorTranslation, "ru", LOCALES, name=(unit, 0))
            for org in reporters:
                indicator.targets.append(IndicatorTarget(organization=org, target=Decimal(2000)))
                if status != "draft":
                    for week in range(WEEKS_REPORTED):
                        day = min(start + timedelta(days=7 * week + 3), c.today, end)
                        staff = _id(self.person("staff", org))
                        report = IndicatorReport(organization=org, period_date=day, reported_by_id=staff,
                                                 value=Decimal(50 + 7 * week + org.id))
                        report.revisions.append(IndicatorReportRevision(value=report.value, actor_id=staff))
                        indicator.reports.append(report)
            campaign.indicators.append(indicator)
        for m, kind in enumerate(("launch", "awareness_day", "review_meeting")):
            milestone = Milestone(on_date=start + timedelta(days=30 * m), kind=kind, source_locale="ru")
            milestone.translations = _texts(MilestoneTranslation, "ru", LOCALES, title=("milestone", f"{number}.{m}"))
            campaign.milestones.append(milestone)
        for m, org in enumerate(reporters[:3]):
            update = CampaignUpdate(organization=org, author=self.person("staff", org), source_locale="ru",
                                    created_at=c.at(-m - 1))
            update.translations = _texts(CampaignUpdateTranslation, "ru", ("ru", "en", org.default_locale),
                                         body=("news", f"{number}.{m}"))
            campaign.updates.append(update)
        db.session.add(campaign)
        if status == "active" and regional and self.coordinator is not None:
            for t, org in enumerate(reporters * 3):
                self._task(campaign, self.regional, org, self.coordinator, STATUSES[(t + self.k) % len(STATUSES)],
                           f"{number}.{t}", self._worker(org, members[org.id], t), due=(t % 5 - 2) * 6)
        for m, org in enumerate(reporters[:2] or [owner]):
            self._material(campaign, org, f"{number}.{m}", audience=("public", "volunteers")[m % 2])

    # -- tasks -------------------------------------------------------------------------------------
    def _internal_tasks(self, org, members) -> None:
        admin = self.person("admin", org)
        if admin is None:
            return
        for t in range(5):
            self._task(None, org, org, admin, STATUSES[(t * 2 + self.k) % len(STATUSES)], f"{self.k}.{org.id}.{t}",
                       self._worker(org, members, t), due=(t - 1) * 9)

    def _worker(self, org, members, t):
        """The demo's own staff member gets every third task, so their "my tasks" grows with the scale."""
        return (self.person("staff", org) or members[0], *members[:2])[t % 3]

    def _task(self, campaign, owner, assignee, creator, status, number, worker, due) -> None:
        c = self.clock
        source = assignee.default_locale
        task = Task(campaign=campaign, owner_org=owner, assignee_org=assignee, created_by=creator, status=status,
                    priority=("low", "normal", "high", "urgent")[len(number) % 4], due_date=c.day(due),
                    visibility="campaign" if campaign is not None else "organization", source_locale=source,
                    assignee_user=worker if status not in ("open", "declined") else None,
                    reason="—" if status in ("blocked", "declined") else None, created_at=c.at(-12))
        task.translations = _texts(TaskTranslation, source, sorted({source, "ru", "en"}), title=("task", number))
        admin = self.person("admin", assignee)
        previous = "open"
        task.events.append(TaskEvent(actor=creator, action="created", to_status="open", created_at=c.at(-12)))
        for step, state in enumerate(STEPS[status], start=1):
            actor = admin if state in ("accepted", "declined") else creator if state == "cancelled" else worker
            task.events.append(TaskEvent(actor=actor, action=state, from_status=previous, to_status=state,
                                         created_at=c.at(-12 + 2 * step)))
            previous = state
        for m in range(2):
            task.comments.append(TaskComment(author=(worker, creator)[m], body=f"{number}: ok ({m + 1})",
                                             created_at=c.at(-3 + m)))
        db.session.add(task)
        for user in {u.id: u for u in (worker, admin, creator) if u is not None}.values():
            if user is not creator:
                self.notifications.append(Notification(user=user, kind="assigned", task=task, actor=creator,
                                                       data={}, mail_state=MAIL_SENT, created_at=c.at(-12)))
        if creator is not None:
            self.notifications.append(Notification(user=creator, kind="comment", task=task, actor=worker,
                                                   data={}, mail_state=MAIL_SENT, created_at=c.at(-2)))

    # -- material ----------------------------------------------------------------------------------
    def _material(self, campaign, org, number, audience) -> None:
        author = self.person("staff", org) or self.coordinator
        material = Material(campaign=campaign, owner_org=org, created_by=author, kind="leaflet", audience=audience,
                            clearance="cleared", source_locale=org.default_locale,
                            owner_cleared_by_id=_id(self.person("admin", org)), owner_cleared_at=self.clock.at(-5))
        if campaign.scope == "regional" and not org.is_regional_office:
            material.region_cleared_by_id, material.region_cleared_at = _id(self.coordinator), self.clock.at(-4)
        material.translations = _texts(MaterialTranslation, org.default_locale,
                                       sorted({org.default_locale, "ru", "en"}), title=("material", number))
        for locale in sorted({org.default_locale, "ru"}):
            data, thumbnail = self.files["pdf"], self.files["thumbnail"]
            key = f"{secrets.token_hex(16)}.pdf"
            storage().put(key, io.BytesIO(data))
            self.stored.append(key)
            material.files.append(MaterialFile(
                locale=locale, storage_key=key, thumbnail_key=thumbnail, original_name=f"leaflet-{locale}.pdf",
                content_type="application/pdf", size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                uploaded_by=author))
        db.session.add(material)

    # -- humanitarian diplomacy ----------------------------------------------------------------------
    def _partners(self, org) -> list[Partner]:
        made = []
        for p in range(5):
            partner = Partner(organization=org, kind=("government", "un_agency", "ngo", "media", "academia")[p],
                              stage=("identified", "contacted", "engaged", "agreement", "engaged")[p],
                              next_step="—", next_step_date=self.clock.day(5 * p - 3), shared_with_region=p % 2 == 0,
                              source_locale=org.default_locale)
            partner.translations = _texts(PartnerTranslation, org.default_locale,
                                          sorted({org.default_locale, "ru", "en"}), name=("partner", f"{self.k}.{p}"))
            partner.stage_changes.append(PartnerStageChange(to_stage=partner.stage))
            made.append(partner)
        db.session.add_all(made)
        return made

    def _plan(self, org, partners) -> None:
        year = self.clock.year - 1 - self.k
        if db.session.scalar(select(DiplomacyPlan.id).where(DiplomacyPlan.organization_id == org.id,
                                                             DiplomacyPlan.year == year)):
            return  # one plan a year: the demo's own, when it was seeded in another year
        locales = sorted({org.default_locale, "ru", "en"})
        plan = DiplomacyPlan(organization=org, year=year, status="approved", source_locale=org.default_locale)
        plan.translations = _texts(DiplomacyPlanTranslation, org.default_locale, locales, title=("plan", year))
        for o in range(3):
            objective = PlanObjective(position=o + 1, source_locale=org.default_locale)
            objective.translations = _texts(PlanObjectiveTranslation, org.default_locale, locales,
                                            title=("objective", f"{year}.{o + 1}"))
            for a in range(2):
                activity = PlanActivity(status=("done", "dropped", "done")[(o + a) % 3],
                                        source_locale=org.default_locale)
                activity.quarters = [a + 1, a + 3]
                activity.departments = org.departments[(o + a) % 4:(o + a) % 4 + 2] or org.departments[:1]
                activity.partners = [partners[(o + a) % len(partners)]]
                activity.translations = _texts(PlanActivityTranslation, org.default_locale, locales,
                                               title=("activity", f"{year}.{o + 1}.{a + 1}"))
                objective.activities.append(activity)
            plan.objectives.append(objective)
        db.session.add(plan)

    def _meeting(self, organizer, participants, attendees) -> None:
        number = f"{self.k}.{organizer.id}"
        creator = self.coordinator if organizer.is_regional_office else self.person("admin", organizer)
        meeting = Meeting(organizer=organizer, created_by_id=_id(creator), starts_at=self.clock.at(-3 - self.k, 5),
                          ends_at=self.clock.at(-3 - self.k, 7), mode="online", location="",
                          source_locale=organizer.default_locale)
        meeting.invitations = [
            MeetingInvitation(organization=o, status=ACCEPTED, answered_at=self.clock.at(-4 - self.k, 5))
            for o in participants if o.id != organizer.id]
        locales = sorted({organizer.default_locale, "ru", "en"})
        meeting.translations = _texts(MeetingTranslation, organizer.default_locale, locales, title=("meeting", number))
        for user in attendees[:3]:
            meeting.attendees.append(MeetingAttendee(user=user, role=""))
        for d in range(2):
            decision = MeetingDecision(source_locale=organizer.default_locale)
            decision.translations = _texts(MeetingDecisionTranslation, organizer.default_locale, locales,
                                           text=("decision", f"{number}.{d}"))
            meeting.decisions.append(decision)
        db.session.add(meeting)


def _files() -> dict:
    """One leaflet and one thumbnail, stored once and shared by every batch's material files."""
    from app.demo.materials import _pdf, _png

    thumbnail = f"{secrets.token_hex(16)}.png"
    storage().put(thumbnail, io.BytesIO(_png("ru", (120, 170))))
    return {"pdf": _pdf("ru"), "thumbnail": thumbnail}


def seed(n: int, password_hash: str, clock: Clock | None = None) -> int:
    """Add batches 1..n that are not there yet. Returns how many batches were added."""
    clock = clock or Clock.now()
    orgs = list(db.session.scalars(select(Organization).where(Organization.slug.in_(list(ORGANIZATIONS)))
                                   .order_by(Organization.id)))
    people = {u.email: u for u in db.session.scalars(select(User).where(User.email.not_like("load%")))}
    existing = {int(m.group(1)) for email in db.session.scalars(select(User.email).where(User.email.like("load%")))
                if (m := BATCH_MEMBER.match(email))}
    files, added = None, 0
    for k in range(1, n + 1):
        if k in existing:
            continue
        files = files or _files()
        batch = Batch(k, orgs, people, password_hash, clock, files)
        try:
            batch.build()
            db.session.commit()
        except Exception:
            db.session.rollback()
            for key in batch.stored:
                storage().delete(key)
            raise
        added += 1
    return added
