"""The JSON API as another tool sees it: pages with a cursor, ETags, texts in the language asked for,
errors as problem+json in the reader's language, a limit per token, and writes that show in the app."""
import pytest
from flask_babel import force_locale, gettext
from sqlalchemy import select

from api_helpers import bearer, token_for
from app.extensions import db
from app.models import ApiToken, AuditEvent, IndicatorReport, Task
from app.services.tokens import hash_token
from helpers import day, iso, org, snapshot, user

ADMIN = "admin.kyrgyzstan@example.org"


@pytest.fixture
def api(app, database):
    """GET/POST with a write token of Kyrgyzstan's admin."""
    raw = token_for(ADMIN, "write")
    c = app.test_client()

    class Api:
        token = raw

        def get(self, url, **headers):
            return c.get(url, headers=bearer(raw, **headers))

        def post(self, url, json=None, **kwargs):
            headers = bearer(raw, **kwargs.pop("headers", {}))
            return c.post(url, json=json, headers=headers, **kwargs)

    return Api()


def _own_active_campaign():
    from app.services import campaigns, indicators

    admin = user(ADMIN)
    c = campaigns.create(admin, org("kyrgyzstan"), scope="national", title="Own", summary="", body="",
                         start_date=day(-60), end_date=day(60), audiences=[], hashtags="", is_public=False,
                         locale="ky")
    campaigns.change_status(admin, c, "active")
    return c, indicators.add(admin, c, name="Люди", unit="people", regional_target=100, society_targets={},
                             locale="ru")


def test_cursor_walks_every_page_once(api):
    first = api.get("/api/v1/tasks?limit=2").json
    total, seen, cursor = first["total"], [i["id"] for i in first["items"]], first["next_cursor"]
    assert total > 4 and len(seen) == 2
    while cursor:
        page = api.get(f"/api/v1/tasks?limit=2&cursor={cursor}").json
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
    assert len(seen) == total == len(set(seen))


@pytest.mark.parametrize("cursor", ["zz", "%00", "bzo5OTk5OTk5OTk5", "o:1", "A" * 300])
def test_bad_cursor_is_a_problem(api, cursor):
    response = api.get(f"/api/v1/tasks?cursor={cursor}")
    assert response.status_code in (400, 422) and response.mimetype == "application/problem+json"


def test_reads_carry_an_etag_and_an_unchanged_answer_is_304(api):
    first = api.get("/api/v1/campaigns")
    assert first.headers["ETag"] and "private" in first.headers["Cache-Control"]
    again = api.get("/api/v1/campaigns", **{"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    assert api.get("/api/v1/campaigns?limit=1", **{"If-None-Match": first.headers["ETag"]}).status_code == 200


def test_texts_in_the_language_asked_with_the_language_they_are_in(api):
    c, indicator = _own_active_campaign()
    response = api.get(f"/api/v1/campaigns/{c.id}/indicators?lang=tg")
    assert "Люди".encode() in response.data  # UTF-8, not \uXXXX escapes three times its size
    item = response.json["items"][0]
    assert item["name"] == {"text": "Люди", "lang": "ru"}  # no Tajik: the nearest language that has it
    assert api.get(f"/api/v1/campaigns/{c.id}?lang=ky").json["title"] == {"text": "Own", "lang": "ky"}
    assert api.get(f"/api/v1/campaigns/{c.id}?lang=xx").status_code == 422


@pytest.mark.parametrize("locale", ["ru", "tg", "en"])
def test_problem_detail_is_in_the_language_of_accept_language(app, api, locale):
    response = api.get("/api/v1/campaigns/999999", **{"Accept-Language": locale})
    assert response.status_code == 404 and response.mimetype == "application/problem+json"
    with app.test_request_context(), force_locale(locale):
        assert response.json["detail"] == gettext("There is nothing here, or it is not yours to see.")
    assert response.json["status"] == 404 and response.headers["Content-Language"] == locale


def test_reported_value_shows_in_the_workspace_and_the_audit_log(api, as_user):
    c, indicator = _own_active_campaign()
    response = api.post(f"/api/v1/campaigns/{c.id}/indicators/{indicator.id}/reports",
                        json={"value": 1234, "period_date": iso(-3), "note": "From our system"})
    assert response.status_code == 201 and response.json["value"] == 1234
    report = db.session.get(IndicatorReport, response.json["id"])
    assert report.reported_by_id == user(ADMIN).id
    page = as_user("staff.kyrgyzstan@example.org").get(f"/en/campaigns/{c.id}/indicators")
    assert "1,234" in page.get_data(as_text=True)
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "campaign.value_reported",
                                                       AuditEvent.object_id == report.id))
    assert event.actor_id == user(ADMIN).id and event.changes["via"] == "api"
    assert event.changes["client"] == "test write"  # the token's name, never the token
    totals = api.get(f"/api/v1/campaigns/{c.id}/indicators").json["items"][0]
    assert totals["regional_total"] == 1234 and totals["percent_of_target"] == 1234


def test_correction_needs_the_version_and_a_reason(api):
    c, indicator = _own_active_campaign()
    made = api.post(f"/api/v1/campaigns/{c.id}/indicators/{indicator.id}/reports",
                    json={"value": 10, "period_date": iso(-3)}).json
    url = f"/api/v1/campaigns/{c.id}/reports/{made['id']}/corrections"
    assert api.post(url, json={"value": 12, "reason": "", "version": 1}).status_code == 422
    fixed = api.post(url, json={"value": 12, "reason": "Counted twice", "version": 1})
    assert fixed.status_code == 200 and fixed.json["value"] == 12 and fixed.json["version"] == 2
    stale = api.post(url, json={"value": 13, "reason": "Again", "version": 1})
    assert stale.status_code == 409 and db.session.get(IndicatorReport, made["id"]).value == 12


def test_task_answered_and_commented_through_the_api_shows_on_its_page(api, as_user):
    task = db.session.scalar(select(Task).where(Task.assignee_org_id == org("kyrgyzstan").id,
                                                Task.status == "open"))
    assert api.post(f"/api/v1/tasks/{task.id}/status", json={"action": "decline"}).status_code == 422  # no reason
    answered = api.post(f"/api/v1/tasks/{task.id}/status", json={"action": "accept", "version": task.version})
    assert answered.status_code == 200 and answered.json["status"] == "accepted"
    comment = api.post(f"/api/v1/tasks/{task.id}/comments", json={"body": "Posted by our tracker"})
    assert comment.status_code == 201
    page = as_user("staff.kyrgyzstan@example.org").get(f"/en/tasks/{task.id}").get_data(as_text=True)
    assert "Posted by our tracker" in page
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "task.status_changed",
                                                      AuditEvent.object_id == task.id)).actor_id == user(ADMIN).id
    detail = api.get(f"/api/v1/tasks/{task.id}").json
    assert detail["status"] == "accepted" and detail["comments"][-1]["body"] == "Posted by our tracker"


def test_task_filters_are_the_lists_filters(api):
    everything = api.get("/api/v1/tasks?limit=200").json["items"]
    done = api.get("/api/v1/tasks?status=done&limit=200").json["items"]
    assert {t["id"] for t in done} == {t["id"] for t in everything if t["status"] == "done"}
    society = api.get(f"/api/v1/tasks?society_id={org('kyrgyzstan').id}&side=received&limit=200").json["items"]
    assert society and all(t["assignee_organization"]["slug"] == "kyrgyzstan" for t in society)


def test_material_file_downloads_with_the_token(api):
    item = next(m for m in api.get("/api/v1/materials?limit=200").json["items"] if m["files"])
    file = item["files"][0]
    response = api.get(file["download_url"].replace("http://127.0.0.1:5000", ""))
    import hashlib

    assert response.status_code == 200 and hashlib.sha256(response.data).hexdigest() == file["sha256"]


BAD_BODIES = [
    ("malformed JSON", b"{not json", "application/json", 400),
    ("a list, not an object", b"[1, 2]", "application/json", 422),
    ("wrong type", b'{"body": 5}', "application/json", 422),
    ("unknown field", b'{"body": "x", "admin": true}', "application/json", 422),
    ("empty body", b'{"body": ""}', "application/json", 422),
    ("huge body", b'{"body": "' + b"x" * 70_000 + b'"}', "application/json", 413),
    ("not JSON at all", b"body=x", "application/x-www-form-urlencoded", 422),
]


@pytest.mark.parametrize("name, body, content_type, status", BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_bad_input_is_a_problem_and_writes_nothing(app, api, name, body, content_type, status):
    task = db.session.scalar(select(Task).where(Task.assignee_org_id == org("kyrgyzstan").id))
    api.get("/api/v1/organizations")
    before = snapshot()
    response = app.test_client().post(f"/api/v1/tasks/{task.id}/comments", data=body,
                                      headers=bearer(api.token, **{"Content-Type": content_type}))
    assert response.status_code == status and response.mimetype == "application/problem+json"
    assert response.json["detail"]
    assert snapshot() == before


def test_limit_per_token_answers_429_with_retry_after(app, api):
    app.config["API_LIMIT_PER_TOKEN"] = "3 per minute"
    try:
        answers = [api.get("/api/v1/organizations").status_code for _ in range(4)]
        limited = api.get("/api/v1/organizations")
        other = app.test_client().get("/api/v1/organizations",
                                      headers=bearer(token_for("staff.kyrgyzstan@example.org")))
    finally:
        app.config["API_LIMIT_PER_TOKEN"] = "300 per minute"
    assert answers[:3] == [200, 200, 200] and answers[3] == 429
    assert limited.status_code == 429 and limited.mimetype == "application/problem+json"
    assert int(limited.headers["Retry-After"]) > 0
    assert other.status_code == 200  # another token has its own count


def test_cors_is_off(api):
    response = api.get("/api/v1/campaigns", Origin="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize("path", ["/api/v1/tasks", "/api/v1/campaigns", "/api/v1/materials", "/api/v1/organizations"])
def test_lists_run_a_fixed_number_of_queries(api, query_counter, path):
    api.get(path)  # the token's last use is written on the first request
    with query_counter() as few:
        assert api.get(f"{path}?limit=1").status_code == 200
    with query_counter() as many:
        assert len(api.get(f"{path}?limit=200").json["items"]) > 1
    assert many.count == few.count


def test_documentation_and_openapi_document(client):
    spec = client.get("/api/v1/openapi.json").json
    assert spec["openapi"].startswith("3.") and "/api/v1/tasks/{task_id}/status" in spec["paths"]
    assert spec["components"]["securitySchemes"]["token"]["scheme"] == "bearer"
    page = client.get("/api/docs", headers={"Accept-Language": "ru"}).get_data(as_text=True)
    assert "POST /api/v1/tasks/{task_id}/comments" in page and 'href="/api/v1/openapi.json"' in page
    assert "API documentation" not in page  # in the reader's language
    assert "<code>period_date</code>* (date)" in page and "<code>status</code> (open|accepted|" in page


def test_nothing_of_the_api_is_kept_in_shared_caches(api):
    response = api.get("/api/v1/tasks")
    assert "Authorization" in response.headers["Vary"] and "public" not in response.headers["Cache-Control"]


def test_a_read_is_kept_until_the_data_changes_and_never_past_the_token(app, api, query_counter):
    task = db.session.scalar(select(Task).where(Task.assignee_org_id == org("kyrgyzstan").id))
    url = f"/api/v1/tasks/{task.id}"
    first = api.get(url)
    with query_counter(cached=True) as kept:
        again = api.get(url)
    assert again.data == first.data and kept.count <= 5  # the token, its person, the data's version
    assert api.post(f"{url}/comments", json={"body": "Fresh news"}).status_code == 201
    assert api.get(url).json["comments"][-1]["body"] == "Fresh news"  # a change is seen at once
    from app.services import api_tokens

    api_tokens.revoke(user(ADMIN), db.session.scalar(select(ApiToken.id).where(
        ApiToken.token_hash == hash_token(api.token))))
    assert api.get(url).status_code == 401  # a kept answer is never served past the token check
