"""Downloads of lists: CSV (UTF-8 with a BOM) and XLSX read back and compared with the pages; filters
written above the table, bad filter values ignored and said so; formulas never run; other societies'
rows never included."""
import csv
import io

import pytest
from openpyxl import load_workbook

from app.services import indicators, tasks
from campaign_helpers import campaign
from helpers import day, org, user

KG_ADMIN, KZ_ADMIN = "admin.kyrgyzstan@example.org", "admin.kazakhstan@example.org"


def _csv(response):
    assert response.status_code == 200 and response.mimetype == "text/csv"
    body = response.get_data()
    assert body.startswith("\ufeff".encode())  # Excel reads Cyrillic only with the BOM
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def _xlsx(response):
    assert response.status_code == 200 and response.mimetype.endswith("spreadsheetml.sheet")
    book = load_workbook(io.BytesIO(response.get_data()))
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}


def _task(owner, assignee, title, **extra):
    values = {"campaign": None, "description": "", "priority": "normal", "due_date": day(5),
              "visibility": "organization", "assignee_user": None, "locale": "en", "may_backdate": True, **extra}
    return tasks.create(user(KG_ADMIN if owner == "kyrgyzstan" else KZ_ADMIN), owner_org=org(owner),
                        assignee_org=org(assignee), title=title, **values)


def test_a_societys_tasks_download_matches_the_list_and_holds_no_other_societys_rows(as_user):
    _task("kyrgyzstan", "kyrgyzstan", "=HYPERLINK(\"http://evil.example\",\"Click\")", priority="high")
    _task("kazakhstan", "kazakhstan", "Kazakh internal plan")
    admin = as_user(KG_ADMIN)
    page = admin.get("/en/s/kyrgyzstan/tasks?status=open&priority=high").get_data(as_text=True)
    rows = _csv(admin.get("/en/s/kyrgyzstan/tasks.csv?status=open&priority=high"))
    assert rows[0][0].startswith("Status: ") and rows[1][0].startswith("Priority: ")
    header_at = rows.index(["Task", "Status", "Priority", "Due date", "Given by", "Given to the society", "Person",
                            "Campaign"])
    body = rows[header_at + 1:]
    assert body and all(r[2] == "High" for r in body)
    assert all(r[0].lstrip("'") in page.replace("&#34;", '"').replace("&quot;", '"') for r in body)
    assert ["'=HYPERLINK(\"http://evil.example\",\"Click\")"] == [r[0] for r in body if "HYPERLINK" in r[0]]
    everything = str(_csv(admin.get("/en/s/kyrgyzstan/tasks.csv")))
    assert "Kazakh internal plan" not in everything
    sheets = _xlsx(admin.get("/en/s/kyrgyzstan/tasks.xlsx?priority=high"))
    (sheet,) = sheets.values()
    formula = next(r for r in sheet if r and isinstance(r[0], str) and "HYPERLINK" in r[0])
    assert formula[0].startswith("=HYPERLINK")  # kept as the text typed ...
    book = load_workbook(io.BytesIO(admin.get("/en/s/kyrgyzstan/tasks.xlsx?priority=high").get_data()))
    cell = next(c for row in book.active.iter_rows() for c in row
                if isinstance(c.value, str) and "HYPERLINK" in c.value)
    assert cell.data_type == "s"  # ... and stored as text: no formula runs when the file is opened
    due = next(r for r in sheet if r and r[0] and "HYPERLINK" in str(r[0]))[3]
    assert due.date() == day(5)  # a date, not a string


def test_unknown_filter_values_are_ignored_and_said_so(as_user):
    admin = as_user(KG_ADMIN)
    rows = _csv(admin.get("/en/s/kyrgyzstan/tasks.csv?status=bogus&priority=%00&campaign=abc&sort=zzz"))
    assert ["Campaign: abc (not applied)"] in rows and ["Status: bogus (not applied)"] in rows
    assert ["Priority:  (not applied)"] in rows  # the control character is dropped
    header = rows.index(["Task", "Status", "Priority", "Due date", "Given by", "Given to the society", "Person",
                         "Campaign"])
    assert len(rows) > header + 1  # nothing was filtered out by the bad values


def test_an_empty_list_downloads_as_a_header_only(as_user):
    admin = as_user(KG_ADMIN)
    rows = _csv(admin.get("/en/s/kyrgyzstan/tasks.csv?due=none&priority=low&status=cancelled"))
    assert rows[-1] == ["Task", "Status", "Priority", "Due date", "Given by", "Given to the society", "Person",
                        "Campaign"]
    (sheet,) = _xlsx(admin.get("/en/s/kyrgyzstan/tasks.xlsx?due=none&priority=low&status=cancelled")).values()
    assert sheet[-1][:2] == ["Task", "Status"]


def test_indicator_reports_download_matches_the_workspace(as_user):
    winter = campaign("Safe winter")
    indicator = winter.indicators[0]
    kg = next(p for p in winter.participations if p.organization.slug == "kyrgyzstan")
    indicators.report(user(KG_ADMIN), indicator, kg, period_date=day(-1), value=123, note="")
    admin = as_user(KG_ADMIN)
    rows = _csv(admin.get(f"/en/campaigns/{winter.id}/reports.csv"))
    assert rows[0][0].startswith("Campaign: ")
    header = rows.index(["Society", "Indicator", "Unit", "Period", "Value", "Target"])
    body = rows[header + 1:]
    assert [day(-1).isoformat(), "123"] in [r[3:5] for r in body if r[0] == "Red Crescent Society of Kyrgyzstan"]
    total = sum(float(r[4]) for r in body if r[1] == body[0][1])
    page = admin.get(f"/en/campaigns/{winter.id}/indicators").get_data(as_text=True)
    assert "report-downloads" in page
    (sheet,) = _xlsx(admin.get(f"/en/campaigns/{winter.id}/reports.xlsx")).values()
    values = [r for r in sheet if r and r[0] == "Red Crescent Society of Kyrgyzstan"]
    assert any(r[4] == 123 and r[3].date() == day(-1) for r in values)  # numbers as numbers, dates as dates
    assert total > 0


@pytest.mark.parametrize("path", ["/en/s/kazakhstan/tasks.csv", "/en/s/kazakhstan/tasks.xlsx"])
def test_another_societys_task_download_is_404(as_user, path):
    assert as_user(KG_ADMIN).get(path).status_code == 404
