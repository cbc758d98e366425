"""The shapes of the API's answers and requests (marshmallow), which the OpenAPI document is made of.
Ids are integers, dates ISO 8601, enums the codes the app itself uses; unknown fields are refused."""
from marshmallow import RAISE, Schema, fields, validate

from app.api.core import DEFAULT_LIMIT, MAX_ID, MAX_LIMIT
from app.i18n import LOCALES


def Id(strict=True, **kwargs):
    """An id: a whole number the database can hold (anything else is refused, never looked up); in a
    JSON body a number, not a string (strict); in the query string its digits."""
    return fields.Integer(strict=strict, validate=validate.Range(1, MAX_ID), **kwargs)


class Strict(Schema):
    class Meta:
        unknown = RAISE
        ordered = True


class TextSchema(Schema):
    """A translatable text in the language asked for, or the nearest one that has it."""
    text = fields.String(required=True)
    lang = fields.String(required=True, allow_none=True, metadata={"description": "The language the text is in"})


class ListArgs(Strict):
    limit = fields.Integer(load_default=DEFAULT_LIMIT, validate=validate.Range(1, MAX_LIMIT))
    cursor = fields.String(validate=validate.Length(max=200),
                           metadata={"description": "next_cursor of the previous page"})


class LangArgs(Strict):
    lang = fields.String(validate=validate.OneOf(LOCALES), metadata={
        "description": "The language of texts (default: Accept-Language); the nearest one when a text lacks it"})


class ListLangArgs(ListArgs, LangArgs):
    pass


def page_schema(item, name: str):
    """{"items": [...], "total": n, "limit": n, "next_cursor": "..." | null}"""
    return Schema.from_dict({
        "items": fields.List(fields.Nested(item), required=True),
        "total": fields.Integer(required=True),
        "limit": fields.Integer(required=True),
        "next_cursor": fields.String(required=True, allow_none=True),
    }, name=name)


class OrgRefSchema(Schema):
    id = fields.Integer(required=True)
    slug = fields.String(required=True)
    name = fields.Nested(TextSchema, required=True)


class OrganizationSchema(OrgRefSchema):
    kind = fields.String(required=True, metadata={"description": "national_society or regional_office"})
    country_code = fields.String(allow_none=True)
    my_role = fields.String(allow_none=True, metadata={"description": "The token owner's role in it, if a member"})


class CampaignArgs(ListLangArgs):
    status = fields.String(validate=validate.OneOf(("draft", "active", "completed", "cancelled")))
    scope = fields.String(validate=validate.OneOf(("regional", "national")))


class CampaignSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.Nested(TextSchema, required=True)
    summary = fields.Nested(TextSchema, required=True)
    scope = fields.String(required=True)
    status = fields.String(required=True)
    start_date = fields.Date(required=True)
    end_date = fields.Date(required=True)
    owner = fields.Nested(OrgRefSchema, required=True)
    is_public = fields.Boolean(required=True)
    audiences = fields.List(fields.String(), required=True)
    hashtags = fields.String(required=True)
    updated_at = fields.DateTime(required=True)


class CampaignDetailSchema(CampaignSchema):
    body = fields.Nested(TextSchema, required=True)


class ParticipationSchema(Schema):
    id = fields.Integer(required=True)
    organization = fields.Nested(OrgRefSchema, required=True)
    status = fields.String(required=True, metadata={"description": "invited, joined, declined or withdrawn"})
    local_start = fields.Date(allow_none=True)
    local_end = fields.Date(allow_none=True)
    local_note = fields.Nested(TextSchema, required=True)
    key_messages = fields.Nested(TextSchema, required=True)


class MilestoneSchema(Schema):
    id = fields.Integer(required=True)
    date = fields.Date(required=True)
    kind = fields.String(required=True)
    title = fields.Nested(TextSchema, required=True)


class ReportSchema(Schema):
    id = fields.Integer(required=True)
    indicator_id = fields.Integer(required=True)
    organization_id = fields.Integer(required=True)
    period_date = fields.Date(required=True)
    value = fields.Float(required=True)
    note = fields.String(allow_none=True)
    version = fields.Integer(required=True, metadata={"description": "Send it back with a correction"})
    corrected = fields.Boolean(required=True)


class SocietyTotalSchema(Schema):
    organization_id = fields.Integer(required=True)
    total = fields.Float(required=True)
    target = fields.Float(allow_none=True)


class IndicatorSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.Nested(TextSchema, required=True)
    unit = fields.String(required=True)
    regional_target = fields.Float(allow_none=True)
    regional_total = fields.Float(required=True)
    percent_of_target = fields.Float(allow_none=True)
    societies = fields.List(fields.Nested(SocietyTotalSchema), required=True)
    reports = fields.List(fields.Nested(ReportSchema), required=True)


class NewReportSchema(Strict):
    value = fields.Float(required=True, allow_nan=False, validate=validate.Range(-1e12, 1e12))
    period_date = fields.Date(required=True)
    note = fields.String(load_default="", validate=validate.Length(max=2000))
    organization_id = Id(metadata={
        "description": "The society reported for; needed only when the token owner reports for several"})


class CorrectionSchema(Strict):
    value = fields.Float(required=True, allow_nan=False, validate=validate.Range(-1e12, 1e12))
    reason = fields.String(required=True, validate=validate.Length(min=1, max=2000))
    version = fields.Integer(required=True, strict=True, validate=validate.Range(1, MAX_ID),
                             metadata={"description": "The report's version you corrected"})


class TaskArgs(ListLangArgs):
    show = fields.String(validate=validate.OneOf(("assigned", "created", "watched")), metadata={
        "description": "Of the token owner's tasks: assigned to, created by or watched by them (default: all)"})
    society_id = Id(False, metadata={"description": "A society's tasks instead (the owner is its member)"})
    side = fields.String(validate=validate.OneOf(("received", "given", "to_assign")),
                         metadata={"description": "With society_id: the tasks it received, gave, or has to assign"})
    campaign_id = Id(False)
    status = fields.String(validate=validate.OneOf(("open", "accepted", "in_progress", "blocked", "done",
                                                    "declined", "cancelled")))
    priority = fields.String(validate=validate.OneOf(("low", "normal", "high", "urgent")))
    due = fields.String(validate=validate.OneOf(("overdue", "week", "month", "none")))
    assignee_id = Id(False)
    sort = fields.String(validate=validate.OneOf(("due", "priority", "newest", "updated")))


class PersonSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class TaskSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.Nested(TextSchema, required=True)
    description = fields.Nested(TextSchema, required=True)
    status = fields.String(required=True)
    priority = fields.String(required=True)
    due_date = fields.Date(allow_none=True)
    visibility = fields.String(required=True)
    campaign_id = fields.Integer(allow_none=True)
    owner = fields.Nested(OrgRefSchema, required=True)
    assignee_organization = fields.Nested(OrgRefSchema, required=True)
    assignee = fields.Nested(PersonSchema, allow_none=True)
    reason = fields.String(allow_none=True)
    version = fields.Integer(required=True, metadata={"description": "Send it back with a status change"})
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class CommentSchema(Schema):
    id = fields.Integer(required=True)
    author = fields.Nested(PersonSchema, allow_none=True)
    body = fields.String(required=True)
    created_at = fields.DateTime(required=True)


class TaskDetailSchema(TaskSchema):
    comments = fields.List(fields.Nested(CommentSchema), required=True)


class StatusChangeSchema(Strict):
    action = fields.String(required=True, validate=validate.OneOf(
        ("accept", "decline", "start", "block", "finish", "reopen", "cancel")), metadata={
        "description": "accept and decline answer for the assigned society (its admins)"})
    reason = fields.String(load_default="", validate=validate.Length(max=2000),
                           metadata={"description": "Required to decline or block"})
    assignee_id = Id(metadata={"description": "With accept: the member who will do it"})
    version = fields.Integer(strict=True, validate=validate.Range(1, MAX_ID),
                             metadata={"description": "The task's version you saw (409 if it moved)"})


class NewCommentSchema(Strict):
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000))


class MaterialArgs(ListLangArgs):
    campaign_id = Id(False)
    kind = fields.String(validate=validate.OneOf(("poster", "leaflet", "guide", "social_kit", "press_release",
                                                  "video", "other")))
    file_lang = fields.String(validate=validate.OneOf(LOCALES),
                              metadata={"description": "Only material with a current file in this language"})


class FileSchema(Schema):
    id = fields.Integer(required=True)
    lang = fields.String(required=True)
    name = fields.String(required=True)
    content_type = fields.String(required=True)
    size = fields.Integer(required=True)
    sha256 = fields.String(required=True)
    download_url = fields.String(required=True, metadata={
        "description": "GET it with the same token: the file, after the same permission check as the page"})


class MaterialSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.Nested(TextSchema, required=True)
    description = fields.Nested(TextSchema, required=True)
    kind = fields.String(required=True)
    audience = fields.String(required=True)
    clearance = fields.String(required=True)
    campaign_id = fields.Integer(allow_none=True)
    owner = fields.Nested(OrgRefSchema, required=True)
    video_url = fields.String(allow_none=True)
    files = fields.List(fields.Nested(FileSchema), required=True)
    updated_at = fields.DateTime(required=True)


class ActivitySchema(Schema):
    id = fields.Integer(required=True)
    title = fields.Nested(TextSchema, required=True)
    description = fields.Nested(TextSchema, required=True)
    quarters = fields.List(fields.Integer(), required=True)
    status = fields.String(required=True)
    campaign_id = fields.Integer(allow_none=True)
    partner_ids = fields.List(fields.Integer(), required=True)


class ObjectiveSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.Nested(TextSchema, required=True)
    activities = fields.List(fields.Nested(ActivitySchema), required=True)


class PlanSchema(Schema):
    id = fields.Integer(required=True)
    organization_id = fields.Integer(required=True)
    year = fields.Integer(required=True)
    status = fields.String(required=True)
    title = fields.Nested(TextSchema, required=True)
    summary = fields.Nested(TextSchema, required=True)
    objectives = fields.List(fields.Nested(ObjectiveSchema), required=True)
    version = fields.Integer(required=True)


class PartnerSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.Nested(TextSchema, required=True)
    kind = fields.String(required=True)
    stage = fields.String(required=True)
    contact_person = fields.String(required=True)
    channels = fields.String(required=True)
    next_step = fields.String(required=True)
    next_step_date = fields.Date(allow_none=True)
    shared_with_region = fields.Boolean(required=True)
    campaign_ids = fields.List(fields.Integer(), required=True)
