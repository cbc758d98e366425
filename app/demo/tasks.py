"""Demo tasks: the coordinator's tasks in "Safe winter" and each society's own tasks, in every status,
overdue, due this week and due next month, each worked through the task service step by step so its
history, comments and notifications read like real work."""
from sqlalchemy import func, select, update

from app.demo import campaigns, content, organizations
from app.demo.clock import Clock
from app.demo.translate import add_translations
from app.extensions import db
from app.models import Notification, Task
from app.services import reminders
from app.services import tasks as task_service

# The steps that lead to each status: (action, who does it). "admin" is the assignee society's admin,
# "person" the member who works on it, "creator" the one who gave the task.
PATHS = {
    "open": (),
    "accepted": (("accept", "admin"),),
    "in_progress": (("accept", "admin"), ("start", "person")),
    "blocked": (("accept", "admin"), ("start", "person"), ("block", "person")),
    "done": (("accept", "admin"), ("start", "person"), ("finish", "person")),
    "declined": (("decline", "admin"),),
    "cancelled": (("accept", "admin"), ("cancel", "creator")),
}

# The coordinator's tasks in "Safe winter": (assignee, person, status, priority, due in days, visibility,
# titles, reason, comments by the person)
REGIONAL = [
    ("kazakhstan", "staff", "in_progress", "high", 2, "campaign",
     {"ru": "Перевести листовку о безопасном отоплении", "en": "Translate the safe heating leaflet",
      "kk": "Қауіпсіз жылыту туралы парақшаны аудару"}, "",
     ["Аудармасы жұма күні дайын болады."]),
    ("kyrgyzstan", None, "open", "normal", 21, "campaign",
     {"ru": "Собрать истории волонтёров для соцсетей", "en": "Collect volunteer stories for social media"}, "", []),
    ("kazakhstan", None, "declined", "low", 2, "organization",
     {"ru": "Провести радиоэфир о переохлаждении", "en": "Hold a radio show on hypothermia"},
     "Эфир уже запланирован на следующий месяц в рамках национальной программы.", []),
    ("tajikistan", "staff", "accepted", "high", 6, "campaign",
     {"tg": "Омода кардани варақаҳо барои деҳаҳои кӯҳӣ", "ru": "Подготовить листовки для горных сёл",
      "en": "Prepare leaflets for mountain villages"}, "", ["Матн тайёр аст, ба чоп мефиристем."]),
    ("tajikistan", "staff", "in_progress", "normal", -4, "campaign",
     {"tg": "Дар мактабҳо тақсим кардани ёддошт дар бораи бехатарии гармкунакҳо",
      "ru": "Раздать в школах памятку о безопасных обогревателях", "en": "Hand out the heater safety note in schools"},
     "", ["Ба се мактаб расонидем, боқимонда ҳафтаи оянда."]),
    ("kyrgyzstan", "staff", "blocked", "normal", -19, "campaign",
     {"ru": "Договориться с телеканалом о ролике", "en": "Agree a TV spot with the broadcaster",
      "ky": "Телеканал менен видеоролик боюнча макулдашуу"},
     "Телеканал жооп бере элек: эфир убактысы бекитилгенче ролик даярдалбайт.", ["Кат кайра жөнөтүлдү."]),
    ("kazakhstan", "staff", "done", "normal", -9, "campaign",
     {"ru": "Отчёт о первой неделе кампании", "en": "Report on the campaign's first week",
      "kk": "Науқанның бірінші аптасы туралы есеп"}, "", ["Есеп жүктелді, көрсеткіштер енгізілді."]),
]


def _work_through(task: Task, status: str, people: dict, reason: str, clock: Clock, comments) -> None:
    """Take the task from open to `status` the way people would, then date its history in the past: a
    step every two days, the comments after them, each notification at the moment of what it tells."""
    steps = PATHS[status]
    told = [_told(task, set())]  # what its creation told people, then what each step and comment did
    seen = {n.id for n in told[0]}
    for action, who in steps:
        task_service.transition(people[who], task, action,
                                reason=reason if action in ("block", "decline", "cancel") else "",
                                assignee_user=people["person"] if action == "accept" else None)
        told.append(_told(task, seen))
    for who, body in comments:
        task_service.comment(people[who], task, body)
        told.append(_told(task, seen))
    started = len(steps) * 2 + len(comments) + 3
    if task.due_date and task.due_date < clock.today:  # given a week before it was due, at least
        started = max(started, (clock.today - task.due_date).days + 7)
    task.created_at = clock.at(-started, 8)
    moments = [clock.at(-started + 2 * n, 10 + n % 6) for n in range(len(told))]
    for item, moment in zip([*task.events, *task.comments], moments, strict=True):
        item.created_at = moment
    for notifications, moment in zip(told, moments, strict=True):
        for notification in notifications:
            notification.created_at = moment
    db.session.commit()


def _told(task: Task, seen: set) -> list[Notification]:
    """The task's notifications not yet in `seen` (which then holds them too)."""
    fresh = [n for n in db.session.scalars(select(Notification).where(Notification.task_id == task.id))
             if n.id not in seen]
    seen.update(n.id for n in fresh)
    return fresh


def _create(creator, owner, assignee, campaign, titles, descriptions, priority, due, visibility) -> Task:
    source = next(iter(titles))
    task = task_service.create(creator, owner_org=owner, assignee_org=assignee, campaign=campaign,
                               title=titles[source], description=(descriptions or {}).get(source, ""),
                               priority=priority, due_date=due, visibility=visibility, assignee_user=None,
                               locale=source, may_backdate=True, commit=False)
    fields = {"title": titles, **({"description": descriptions} if descriptions else {})}
    add_translations(creator, task, fields)
    db.session.commit()
    return task


def seed(orgs: dict, clock: Clock) -> None:
    if db.session.scalar(select(func.count()).select_from(Task)):
        return
    people = organizations.people()
    coordinator = people.get("coordinator@example.org")
    winter = campaigns.find("Safe winter")
    if coordinator is not None and winter is not None:
        for slug, person, status, priority, due, visibility, titles, reason, comments in REGIONAL:
            if slug not in orgs or not any(p.organization_id == orgs[slug].id and p.status == "joined"
                                           for p in winter.participations):
                continue
            task = _create(coordinator, orgs["ifrc-central-asia"], orgs[slug], winter, titles, None, priority,
                           clock.day(due), visibility)
            staff = people.get(f"{person or 'staff'}.{slug}@example.org")
            _work_through(task, status, {"admin": people[f"admin.{slug}@example.org"], "person": staff,
                                         "creator": coordinator}, reason, clock, [("person", c) for c in comments])
    for slug, org in orgs.items():
        if org.is_regional_office:
            continue
        admin, staff = people.get(f"admin.{slug}@example.org"), people.get(f"staff.{slug}@example.org")
        for spec in content.society(slug).TASKS:
            task = _create(admin, org, org, None, spec["title"], spec["description"], spec["priority"],
                           clock.day(spec["due_in_days"]), "organization")
            _work_through(task, spec["status"], {"admin": admin, "person": staff, "staff": staff, "creator": admin},
                          spec["reason"], clock, spec["comments"])
    # The hourly reminder has run already: the people of overdue and due-soon tasks were told.
    reminders.remind(today=clock.today)
    # News of tasks that are over has been read.
    finished = select(Task.id).where(Task.status.in_(("done", "declined", "cancelled")))
    db.session.execute(update(Notification).where(Notification.task_id.in_(finished))
                       .values(read_at=clock.at(-1, 20)))
    db.session.commit()
