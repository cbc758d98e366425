"""An indicator's reports one by one: each report's history of values, and its correction by the
society that reported it (a new value with a reason, never an overwrite)."""
from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.campaigns import bp
from app.campaigns.forms import CorrectionForm
from app.forms import attach_error, parse_version
from app.policy import LOGIN, access
from app.services import ServiceError, indicators
from app.services.indicators import ReportConflict


@bp.route("/<int:campaign_id>/indicators/<int:indicator_id>/")
@access(LOGIN)  # whoever sees the workspace
def indicator_reports(campaign_id, indicator_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    indicator = policy.get_indicator_or_404(current_user, campaign, indicator_id)
    return render_template("campaigns/indicator_reports.html", campaign=campaign, indicator=indicator,
                           reports=policy.indicator_reports(current_user, campaign, indicator))


@bp.route("/<int:campaign_id>/reports/<int:report_id>", methods=["GET", "POST"])
@access(LOGIN)  # seen by whoever sees the workspace; corrected by the reporting society's admins and staff
def report_history(campaign_id, report_id):
    campaign = policy.get_campaign_or_404(current_user, campaign_id, full=True)
    report = policy.get_indicator_report_or_404(current_user, campaign, report_id)
    form = CorrectionForm(version=report.version)
    status, conflict = 200, False
    if form.is_submitted():
        policy.authorize(current_user, "report.correct", report)
        if form.validate():
            try:
                indicators.correct(current_user, report, value=form.value.data, reason=form.reason.data,
                                   version=parse_version(form.version.data))
            except ReportConflict as error:
                flash(error.message, "warning")
                form.version.data = report.version  # what they typed stays; the next save is on top of now
                status, conflict = 409, True
            except ServiceError as error:
                attach_error(form, error)
                status = 400
            else:
                flash(_("The value has been corrected."), "success")
                return redirect(url_for("campaigns.report_history", campaign_id=campaign.id, report_id=report.id))
        else:
            status = 400
    return render_template("campaigns/report_history.html", campaign=campaign, report=report, form=form,
                           conflict=conflict), status
