"""The Turkmen admin builds a plan where two departments share an objective, sees both in the matrix,
invites Kyrgyzstan to a meeting, the Kyrgyz admin accepts the invitation, and the Turkmen admin turns a
decision into a task that the Kyrgyz admin then sees."""
import re
from datetime import date

from app import demo
from helpers import iso, sign_in as _login



def test_turkmen_plan_matrix_meeting_decision_task_for_kyrgyzstan(browser, live_server, database, demo_hash):
    demo.seed(demo_hash, slugs=("turkmenistan", "ifrc-central-asia"))
    admin = browser.new_context().new_page()
    _login(admin, live_server, "admin.turkmenistan@example.org")

    admin.goto(f"{live_server}/en/s/turkmenistan/plans/")
    admin.click("#add-plan > summary")  # the form waits behind its button
    admin.fill("input[name=year]", str(date.today().year))
    admin.fill("input[name=title]", "Ynsanperwer diplomatiýa meýilnamasy")
    admin.click("input#submit")
    admin.wait_for_url(re.compile(r".*/plans/\d+$"))
    admin.fill("form[action$='/objectives'] input[name=title]", "Dialogue with the authorities")
    admin.click("form[action$='/objectives'] input[type=submit]")
    admin.wait_for_load_state()
    form = admin.locator("form[action$='/activities']")
    form.locator("input[name=title]").fill("Round table with the ministry")
    form.locator("input[name=quarters][value='1']").check()
    departments = form.locator("input[name=departments]")
    departments.nth(0).check()
    departments.nth(1).check()
    form.locator("input[type=submit]").click()
    admin.wait_for_load_state()

    shared = admin.locator("#matrix table.matrix thead th.shared")
    assert shared.count() == 1 and "Dialogue with the authorities" in shared.inner_text()
    cells = admin.locator("#matrix table.matrix tbody td", has_text="Round table with the ministry")
    assert cells.count() == 2  # both departments meet on this objective

    admin.goto(f"{live_server}/en/s/turkmenistan/meetings/")
    admin.click("#add-meeting > summary")
    admin.fill("input[name=title]", "Consultation with Kyrgyzstan")
    admin.fill("input[name=starts_at]", f"{iso(11)}T10:00")
    admin.fill("input[name=ends_at]", f"{iso(11)}T11:30")
    admin.get_by_label("Red Crescent Society of Kyrgyzstan").check()
    admin.click("input#submit")
    admin.wait_for_url(re.compile(r".*/meetings/\d+$"))
    meeting_url = admin.url
    assert "Red Crescent Society of Kyrgyzstan" in admin.locator("dd.invited").inner_text()

    # Nothing reaches Kyrgyzstan but the invitation, until its admin accepts it.
    kyrgyz = browser.new_context().new_page()
    _login(kyrgyz, live_server, "admin.kyrgyzstan@example.org")
    kyrgyz.goto(f"{live_server}/en/s/kyrgyzstan/meetings/")
    invitation = kyrgyz.locator("section.meeting-invitations li.invitation", has_text="Consultation with Kyrgyzstan")
    invitation.get_by_role("button", name="Accept").click()
    kyrgyz.wait_for_url(re.compile(r".*/s/kyrgyzstan/meetings/\d+$"))
    assert "Consultation with Kyrgyzstan" in kyrgyz.locator("h2").first.inner_text()

    admin.goto(meeting_url)
    admin.fill("form[action$='/decisions'] textarea[name=text]", "Exchange first-aid trainers in spring")
    admin.click("form[action$='/decisions'] input[type=submit]")
    admin.wait_for_load_state()
    decision = admin.locator("li.decision", has_text="Exchange first-aid trainers in spring")
    decision.locator("select[name=assignee_org]").select_option(label="Red Crescent Society of Kyrgyzstan")
    decision.locator("input[name=due_date]").fill(iso(92))
    decision.locator("button[data-action=to-task]").click()
    admin.wait_for_url(re.compile(r".*/tasks/\d+$"))
    task_url = admin.url

    kyrgyz.goto(f"{live_server}/en/s/kyrgyzstan/tasks")
    assert kyrgyz.locator("a", has_text="Exchange first-aid trainers in spring").count() == 1
    kyrgyz.goto(task_url.replace("/tk/", "/en/"))
    assert "Consultation with Kyrgyzstan" in kyrgyz.content()
