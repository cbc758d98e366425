"""What cron used to run is the queue's periodic jobs (issue 19): each on its schedule, doing the same
work as its `flask` command (which stays for cron users), one at a time, and a failure for good is
recorded for the platform admin."""
from datetime import datetime

import pytest

from app import schedule
from app.models.notification import MAIL_PENDING, MAIL_SENT
from app.queue import huey
from app.services import jobs
from campaign_helpers import regional_task
from test_notifications import KZ_ADMIN, inbox


@pytest.mark.parametrize("job,runs,skips", [
    (schedule.send_outbox, [(10, 0), (10, 1), (23, 59)], []),
    (schedule.remind, [(0, 0), (13, 0)], [(13, 1), (13, 30)]),
    (schedule.send_digests, [(7, 0)], [(6, 0), (7, 1), (8, 0)]),
    (schedule.purge_volunteers, [(3, 30)], [(3, 0), (4, 30)]),
])
def test_each_periodic_job_has_its_time(job, runs, skips):
    at = [datetime(2026, 11, 30, hour, minute) for hour, minute in runs + skips]
    due = [{task.name for task in huey.read_periodic(moment)} for moment in at]  # what the scheduler queues
    assert [job.name in names for names in due] == [True] * len(runs) + [False] * len(skips)


def test_the_outbox_job_sends_pending_mail_and_records_its_outcome(app, database, outbox):
    regional_task()  # the Kazakh admin is told by e-mail
    assert inbox(KZ_ADMIN)[-1].mail_state == MAIL_PENDING
    huey.enqueue(schedule.send_outbox.s())  # as the scheduler queues it (run in place in the tests)
    assert inbox(KZ_ADMIN)[-1].mail_state == MAIL_SENT and outbox
    assert jobs.find("send_outbox").state == "done"


def test_a_periodic_job_that_fails_for_good_is_shown_to_the_platform_admin(app, database, as_user, monkeypatch):
    from app.services import reminders

    def broken(*args, **kwargs):
        raise ConnectionError("SMTP server refused")

    monkeypatch.setattr(reminders, "remind", broken)
    huey.enqueue(schedule.remind.s(retries=0))  # its last retry
    row = jobs.find("remind")
    assert row.kind == "periodic" and row.state == "failed" and "SMTP server refused" in row.error
    listing = as_user("platform@example.org").get("/en/audit/jobs").get_data(as_text=True)
    assert "remind" in listing and "SMTP server refused" in listing and "Scheduled work" in listing
    monkeypatch.undo()
    huey.enqueue(schedule.remind.s())
    assert jobs.find("remind").state == "done"  # the next run clears it
