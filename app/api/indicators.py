"""Indicators with their reports and regional totals; reporting a value and correcting one."""
from decimal import Decimal

from flask import abort
from flask_babel import lazy_gettext as _l

from app import policy
from app.api import bp
from app.api.core import acting_user, content_locale, page_of_list, service_error, token_access
from app.api.present import number, text
from app.api.problems import Problem
from app.api.schemas import CorrectionSchema, IndicatorSchema, ListLangArgs, NewReportSchema, ReportSchema, page_schema
from app.services import ServiceError, indicators
from app.services.indicators import ReportConflict

CHOOSE_SOCIETY = _l("Name the society you report for (organization_id): one that joined the campaign and "
                    "whose admin or staff you are.")
IndicatorPage = page_schema(IndicatorSchema, "IndicatorPage")


def present_report(report) -> dict:
    return {"id": report.id, "indicator_id": report.indicator_id, "organization_id": report.organization_id,
            "period_date": report.period_date, "value": number(report.value), "note": report.note,
            "version": report.version, "corrected": report.version > 1}


def _present(indicator, campaign, locale, organizations) -> dict:
    rollup = indicators.rollup(indicator, organizations)
    return {"id": indicator.id, "name": text(indicator, "name", locale, campaign.owner_org), "unit": indicator.unit,
            "regional_target": number(indicator.regional_target), "regional_total": number(rollup.total),
            "percent_of_target": rollup.percent_of_target,
            "societies": [{"organization_id": p.organization.id, "total": number(p.total),
                           "target": number(p.target)} for p in rollup.progress],
            "reports": [present_report(r) for r in sorted(indicator.reports, key=lambda r: (r.period_date, r.id))]}


@bp.route("/campaigns/<int:campaign_id>/indicators")
@token_access()
@bp.arguments(ListLangArgs, location="query")
@bp.response(200, IndicatorPage)
def indicator_list(args, campaign_id):
    """The campaign's indicators: every report, each society's total against its target, the region's."""
    campaign = policy.get_campaign_or_404(acting_user(), campaign_id, full=True)
    locale = content_locale(args)
    organizations = {p.organization_id: p.organization for p in campaign.participations}
    rows, page = page_of_list(list(campaign.indicators), args)
    return {"items": [_present(i, campaign, locale, organizations) for i in rows], **page}


@bp.route("/campaigns/<int:campaign_id>/indicators/<int:indicator_id>/reports", methods=["POST"])
@token_access(write=True)
@bp.arguments(NewReportSchema)
@bp.response(201, ReportSchema)
def report(data, campaign_id, indicator_id):
    """Report a value for a society that joined the campaign (the token owner is its admin or staff)."""
    user = acting_user()
    campaign = policy.get_campaign_or_404(user, campaign_id, full=True)
    indicator = policy.get_indicator_or_404(user, campaign, indicator_id)
    mine = [p for p in campaign.participations if policy.can(user, "participation.edit", p)]
    if not mine:
        abort(403)
    chosen = data.get("organization_id")
    participation = next((p for p in mine if p.organization_id == chosen), None) if chosen else \
        (mine[0] if len(mine) == 1 else None)
    if participation is None:
        raise Problem(422, errors={"organization_id": [CHOOSE_SOCIETY]})
    try:
        row = indicators.report(user, indicator, participation, period_date=data["period_date"],
                                value=Decimal(str(data["value"])), note=data["note"])
    except ServiceError as error:
        raise service_error(error)
    return present_report(row)


@bp.route("/campaigns/<int:campaign_id>/reports/<int:report_id>/corrections", methods=["POST"])
@token_access(write=True)
@bp.arguments(CorrectionSchema)
@bp.response(200, ReportSchema)
def correct(data, campaign_id, report_id):
    """Correct a reported value, saying why; `version` is the report's version you saw (409 if it moved)."""
    user = acting_user()
    campaign = policy.get_campaign_or_404(user, campaign_id, full=True)
    row = policy.get_indicator_report_or_404(user, campaign, report_id)
    policy.authorize(user, "report.correct", row)
    try:
        indicators.correct(user, row, value=Decimal(str(data["value"])), reason=data["reason"], version=data["version"])
    except ReportConflict as error:
        raise Problem(409, error.message)
    except ServiceError as error:
        raise service_error(error)
    return present_report(row)
