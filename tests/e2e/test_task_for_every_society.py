"""The coordinator gives a task to every participant; the Tajik admin accepts it for a staff member, who
finishes it; the coordinator's grouped view shows it done, and the e-mail went out through the outbox."""
import re

from app.services import outbox
from campaign_helpers import campaign
from helpers import sign_in as _login



def test_task_for_all_participants_done_in_tajikistan(browser, live_server, database, smtp):
    winter = campaign("Safe winter")  # Kazakhstan, Kyrgyzstan and Tajikistan joined it
    smtp.start()

    coordinator = browser.new_context().new_page()
    _login(coordinator, live_server, "coordinator@example.org")
    coordinator.goto(f"{live_server}/en/tasks/new?campaign={winter.id}&org=ifrc-central-asia")
    coordinator.fill("input[name=title]", "Share the winter checklist")
    boxes = coordinator.locator("input[name=assignee_orgs]")
    for i in range(boxes.count()):
        boxes.nth(i).check()
    assert boxes.count() == 3  # Kazakhstan, Kyrgyzstan and Tajikistan joined
    coordinator.select_option("select[name=visibility]", "campaign")
    coordinator.click("input#submit")
    coordinator.wait_for_url(re.compile(r".*/tasks/\d+$"))
    assert coordinator.locator("#group tr").count() == 2  # the two other societies, side by side

    # The Tajik admin finds it in the society's tasks, accepts it and gives it to a staff member.
    admin = browser.new_context().new_page()
    _login(admin, live_server, "admin.tajikistan@example.org")
    admin.goto(f"{live_server}/tg/s/tajikistan/tasks")
    admin.click("a:has-text('Share the winter checklist')")
    admin.wait_for_url(re.compile(r".*/tg/tasks/\d+$"))
    tajik_task = admin.url
    admin.select_option("select[name=assignee_user]", label="Фаррух Назаров")
    admin.click("button[data-action=accept]")
    admin.wait_for_load_state()
    assert "Фаррух Назаров" in admin.locator("dl").inner_text()

    # The staff member starts and finishes it.
    staff = browser.new_context().new_page()
    _login(staff, live_server, "staff.tajikistan@example.org")
    staff.goto(tajik_task)
    staff.click("button[data-action=start]")
    staff.wait_for_load_state()
    staff.click("button[data-action=finish]")
    staff.wait_for_load_state()

    # The coordinator's grouped view shows Tajikistan done.
    tajik_id = tajik_task.rsplit("/", 1)[1]
    coordinator.goto(tajik_task.replace("/tg/", "/en/"))
    assert coordinator.locator(".task-status").inner_text() == "Done"
    coordinator.locator("#group tr a").first.click()  # another society's copy of the same task
    coordinator.wait_for_load_state()
    row = coordinator.locator("#group tr", has=coordinator.locator(f"a[href$='/tasks/{tajik_id}']"))
    assert row.locator(".badge").inner_text() == "Done"

    # The notifications went out by e-mail: the staff member's assignment in Tajik, the coordinator's news.
    assert outbox.send_pending()[1] == 0
    received = {to[0]: message for to, message in smtp.messages}
    assert "staff.tajikistan@example.org" in received and "coordinator@example.org" in received
    coordinator.goto(f"{live_server}/en/notifications/")
    assert coordinator.locator(".notifications li", has_text="Share the winter checklist").count() >= 1
