"""The queue's periodic jobs (app/queue.py): what cron used to run, now run by the workers' scheduler
(`flask queue worker`). The `flask notifications …` and `flask volunteers purge` commands stay, for
deployments that keep cron. Each job is safe to run twice: rows are claimed or carry keys."""
from huey import crontab

from app.queue import periodic


@periodic(crontab(minute="*"))
def send_outbox():
    """Pending notification e-mail, every minute; failures retried with doubling back-off (outbox)."""
    from app.services import outbox

    return outbox.send_pending()


@periodic(crontab(minute="0"))
def remind():
    """Due-soon, overdue and escalation reminders, every hour."""
    from app.services import reminders

    return reminders.remind()


@periodic(crontab(minute="0", hour="7"))
def send_digests():
    """Each person's daily digest, at 07:00 UTC."""
    from app.services import outbox

    return outbox.send_digests()


@periodic(crontab(minute="30", hour="3"))
def purge_volunteers():
    """Declined volunteer applications 30 days on, and expired unconfirmed ones, daily."""
    from app.services import volunteers

    return volunteers.purge()
