"""Demo tasks in several states, some overdue, with comments and history."""
from datetime import date

from sqlalchemy import func, select

from app.extensions import db
from app.models import Campaign, CampaignTranslation, Task, TaskComment, TaskEvent, TaskTranslation, User
from app.models.translation import REVIEWED

TASKS = [
    # (owner, assignee, person, campaign (en title), status, priority, due, visibility, titles, comment)
    ("ifrc-central-asia", "kazakhstan", "staff.kazakhstan@example.org", "Safe winter", "in_progress", "high",
     date(2026, 12, 10), "campaign",
     {"ru": "Перевести листовку о безопасном отоплении", "en": "Translate the safe heating leaflet",
      "kk": "Қауіпсіз жылыту туралы парақшаны аудару"}, "Аудармасы жұма күні дайын болады."),
    ("ifrc-central-asia", "kyrgyzstan", None, "Safe winter", "open", "normal", date(2026, 12, 20), "campaign",
     {"ru": "Собрать истории волонтёров для соцсетей", "en": "Collect volunteer stories for social media"}, None),
    ("kyrgyzstan", "kyrgyzstan", "staff.kyrgyzstan@example.org", None, "in_progress", "urgent",
     date(2026, 11, 15), "organization",
     {"ky": "Кан тапшыруу пункттарынын тизмесин жаңылоо", "ru": "Обновить список пунктов сдачи крови"},
     "Нарын жана Ош боюнча маалымат калды."),
    ("ifrc-central-asia", "kazakhstan", None, "Safe winter", "declined", "low", date(2026, 12, 1), "organization",
     {"ru": "Провести радиоэфир о переохлаждении", "en": "Hold a radio show on hypothermia"}, None),
    ("ifrc-central-asia", "tajikistan", "staff.tajikistan@example.org", "Safe winter", "accepted", "high",
     date(2026, 12, 5), "campaign",
     {"tg": "Омода кардани варақаҳо барои деҳаҳои кӯҳӣ", "ru": "Подготовить листовки для горных сёл",
      "en": "Prepare leaflets for mountain villages"}, "Матн тайёр аст, ба чоп мефиристем."),
    ("ifrc-central-asia", "kyrgyzstan", "staff.kyrgyzstan@example.org", "Safe winter", "blocked", "normal",
     date(2026, 11, 10), "campaign",
     {"ru": "Договориться с телеканалом о ролике", "en": "Agree a TV spot with the broadcaster",
      "ky": "Телеканал менен видеоролик боюнча макулдашуу"}, "Телеканал жооп бере элек."),
    ("ifrc-central-asia", "kazakhstan", "staff.kazakhstan@example.org", "Safe winter", "done", "normal",
     date(2026, 11, 20), "campaign",
     {"ru": "Отчёт о первой неделе кампании", "en": "Report on the campaign's first week",
      "kk": "Науқанның бірінші аптасы туралы есеп"}, None),
    ("kazakhstan", "kazakhstan", None, None, "cancelled", "low", date(2026, 12, 15), "organization",
     {"kk": "Жаңа жылдық акцияға сыйлықтар жинау", "ru": "Собрать подарки к новогодней акции"}, None),
    ("uzbekistan", "uzbekistan", "staff.uzbekistan@example.org", None, "open", "normal", date(2026, 11, 29),
     "organization",
     {"uz": "Ko'ngillilar uchun birinchi yordam mashg'ulotini tashkil qilish",
      "ru": "Организовать занятие по первой помощи для волонтёров"}, None),
]


def seed(orgs: dict) -> None:
    if db.session.scalar(select(func.count()).select_from(Task)):
        return
    people = {u.email: u for u in db.session.scalars(select(User))}
    for owner, assignee, person, campaign_title, status, priority, due, visibility, titles, comment in TASKS:
        if owner not in orgs or assignee not in orgs:
            continue
        campaign = None
        if campaign_title:
            campaign = db.session.scalar(select(Campaign).join(Campaign.translations).where(
                CampaignTranslation.locale == "en", CampaignTranslation.title == campaign_title))
        source = next(iter(titles))
        creator = people.get("coordinator@example.org") if owner == "ifrc-central-asia" else \
            people.get(f"admin.{owner}@example.org")
        task = Task(owner_org=orgs[owner], assignee_org=orgs[assignee], campaign=campaign, status=status,
                    priority=priority, due_date=due, visibility=visibility, source_locale=source,
                    assignee_user=people.get(person) if person else None, created_by=creator,
                    reason="Эфир уже запланирован на январь." if status == "declined" else None)
        task.translations = [TaskTranslation(locale=loc, title=title, status=REVIEWED,
                                             source_text={"title": titles[source], "description": None})
                             for loc, title in titles.items()]
        task.events.append(TaskEvent(actor=creator, action="created", to_status="open"))
        if status != "open":
            task.events.append(TaskEvent(actor=people.get(f"admin.{assignee}@example.org"), action=status,
                                         from_status="open", to_status=status))
        if comment and person:
            task.comments.append(TaskComment(author=people.get(person), body=comment))
        db.session.add(task)
    db.session.flush()
    _notifications(people)
    db.session.commit()


def _notifications(people) -> None:
    """A few notifications already delivered, some unread, so that the bell has something to show."""
    from app.models.notification import MAIL_SENT
    from app.services.notifications import assignees, notify

    coordinator = people.get("coordinator@example.org")
    for task in db.session.scalars(select(Task).order_by(Task.id)):
        created = notify(task, "assigned", assignees(task), task.created_by, personal=task.assignee_user is not None)
        if task.status in ("accepted", "declined"):
            created += notify(task, "answered", [task.created_by], None, accepted=task.status == "accepted",
                              reason=task.reason)
        if task.status in ("blocked", "done"):
            created += notify(task, "status", [task.created_by], task.assignee_user, status=task.status)
        if task.is_overdue:
            created += notify(task, "overdue", [*assignees(task), task.created_by],
                              key=f"remind:{task.id}:{task.due_date.isoformat()}:overdue")
        for item in created:
            item.mail_state = MAIL_SENT
            if coordinator is not None and item.user_id == coordinator.id and task.status == "done":
                item.read_at = item.created_at
