"""Campaigns the token owner's organizations see, with their societies and milestones."""
from app import policy
from app.api import bp
from app.api.core import acting_user, content_locale, page_of, page_of_list, token_access
from app.api.present import org_ref, text, when
from app.api.schemas import (CampaignArgs, CampaignDetailSchema, CampaignSchema, LangArgs, ListLangArgs,
                             MilestoneSchema, ParticipationSchema, page_schema)

CampaignPage = page_schema(CampaignSchema, "CampaignPage")
ParticipationPage = page_schema(ParticipationSchema, "ParticipationPage")
MilestonePage = page_schema(MilestoneSchema, "MilestonePage")


def present(campaign, locale, full=False) -> dict:
    data = {"id": campaign.id, "scope": campaign.scope, "status": campaign.status,
            "start_date": campaign.start_date, "end_date": campaign.end_date, "is_public": campaign.is_public,
            "owner": org_ref(campaign.owner_org, locale), "audiences": campaign.audiences,
            "hashtags": campaign.hashtags or "", "updated_at": when(campaign.updated_at),
            **{name: text(campaign, name, locale) for name in ("title", "summary")}}
    if full:
        data["body"] = text(campaign, "body", locale)
    return data


@bp.route("/campaigns")
@token_access()
@bp.arguments(CampaignArgs, location="query")
@bp.response(200, CampaignPage)
def campaigns(args):
    """Campaigns whose workspace the token owner sees, newest first; `status` and `scope` narrow them."""
    user, locale = acting_user(), content_locale(args)
    rows, page = page_of(policy.workspace_campaigns(user, status=args.get("status"), scope=args.get("scope")), args)
    return {"items": [present(c, locale) for c in rows], **page}


@bp.route("/campaigns/<int:campaign_id>")
@token_access()
@bp.arguments(LangArgs, location="query")
@bp.response(200, CampaignDetailSchema)
def campaign(args, campaign_id):
    """One campaign, with its body text."""
    return present(policy.get_campaign_or_404(acting_user(), campaign_id), content_locale(args), full=True)


@bp.route("/campaigns/<int:campaign_id>/participations")
@token_access()
@bp.arguments(ListLangArgs, location="query")
@bp.response(200, ParticipationPage)
def participations(args, campaign_id):
    """The societies invited to the campaign and what they answered, with their local adaptation."""
    campaign = policy.get_campaign_or_404(acting_user(), campaign_id, full=True)
    locale = content_locale(args)
    rows, page = page_of_list(list(campaign.participations), args)
    return {"items": [{"id": p.id, "organization": org_ref(p.organization, locale), "status": p.status,
                       "local_start": p.local_start, "local_end": p.local_end,
                       "local_note": text(p, "local_note", locale, p.organization),
                       "key_messages": text(p, "key_messages", locale, p.organization)} for p in rows], **page}


@bp.route("/campaigns/<int:campaign_id>/milestones")
@token_access()
@bp.arguments(ListLangArgs, location="query")
@bp.response(200, MilestonePage)
def milestones(args, campaign_id):
    """The campaign's milestones by date."""
    campaign = policy.get_campaign_or_404(acting_user(), campaign_id, full=True)
    locale = content_locale(args)
    rows, page = page_of_list(list(campaign.milestones), args)
    return {"items": [{"id": m.id, "date": m.on_date, "kind": m.kind,
                       "title": text(m, "title", locale, campaign.owner_org)} for m in rows], **page}
