"""The API's OpenAPI document and a page that reads it for people, both served by the app (no CDN)."""
from flask import Blueprint, current_app, jsonify, render_template
from flask_babel import lazy_gettext as _l

from app.policy import PUBLIC, access

bp = Blueprint("api_docs", __name__)

METHODS = ("get", "post", "put", "patch", "delete")
# What each request does, for the page in the reader's language (the OpenAPI document has it in English).
SUMMARIES = {
    "GET /api/v1/organizations": _l("The organizations of the region, with your role in each."),
    "GET /api/v1/organizations/{organization_id}": _l("One organization."),
    "GET /api/v1/organizations/{organization_id}/plans": _l(
        "A society's humanitarian diplomacy plans with their objectives and activities."),
    "GET /api/v1/organizations/{organization_id}/plans/{plan_id}": _l("One plan."),
    "GET /api/v1/organizations/{organization_id}/partners": _l("A society's partners."),
    "GET /api/v1/campaigns": _l("The campaigns whose workspace you see."),
    "GET /api/v1/campaigns/{campaign_id}": _l("One campaign."),
    "GET /api/v1/campaigns/{campaign_id}/participations": _l("The societies of a campaign and their answers."),
    "GET /api/v1/campaigns/{campaign_id}/milestones": _l("A campaign's milestones."),
    "GET /api/v1/campaigns/{campaign_id}/indicators": _l(
        "A campaign's indicators with every report, each society's total and the region's."),
    "POST /api/v1/campaigns/{campaign_id}/indicators/{indicator_id}/reports": _l("Report an indicator value."),
    "POST /api/v1/campaigns/{campaign_id}/reports/{report_id}/corrections": _l(
        "Correct a reported value, saying why."),
    "GET /api/v1/tasks": _l("Your tasks, or a society's, with the filters of the task lists."),
    "GET /api/v1/tasks/{task_id}": _l("One task with its comments."),
    "POST /api/v1/tasks/{task_id}/status": _l("Change a task's status, or accept or decline it for your society."),
    "POST /api/v1/tasks/{task_id}/comments": _l("Comment on a task."),
    "GET /api/v1/materials": _l("Material you may see, with its files."),
    "GET /api/v1/materials/{material_id}": _l("One piece of material with its files."),
    "GET /api/v1/files/{file_id}": _l("Download a material file."),
}


def spec() -> dict:
    return current_app.extensions["hamkor_api"].spec.to_dict()


@bp.route("/api/v1/openapi.json")
@access(PUBLIC)
def openapi():
    response = jsonify(spec())
    response.headers["Cache-Control"] = "public, max-age=600"
    return response


@bp.route("/api/docs")
@access(PUBLIC)
def page():
    document = spec()
    schemas = document["components"]["schemas"]
    operations = [{"method": method.upper(), "path": path,
                   "summary": SUMMARIES.get(f"{method.upper()} {path}", op.get("summary", "")),
                   "parameters": [_field(p["name"], p.get("schema", {}), p.get("required", False))
                                  for p in op.get("parameters", []) if p["in"] == "query"],
                   "body": _body_fields(op, schemas), "write": method != "get"}
                  for path, item in document["paths"].items() for method, op in item.items() if method in METHODS]
    return render_template("api/docs.html", operations=operations, version=document["info"]["version"])


def _field(name: str, schema: dict, required: bool) -> dict:
    """A parameter or body field as the page shows it: its name, type (or codes) and whether it is needed."""
    kind = "|".join(schema["enum"]) if "enum" in schema else schema.get("format") or schema.get("type", "")
    return {"name": name, "kind": kind, "required": required}


def _body_fields(operation, schemas: dict) -> list[dict]:
    content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    name = content.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
    if not name:
        return []
    body = schemas[name]
    return [_field(field, schema, field in body.get("required", ())) for field, schema in body["properties"].items()]
