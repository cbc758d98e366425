"""Calendar feeds: a person's private feed (the secret in its address is the only key) and a
campaign's milestones (anyone's for a public campaign; otherwise for those who see the campaign)."""
from flask import Response, abort
from flask_babel import force_locale, gettext as _
from flask_login import current_user

from app import policy
from app.calendar import bp
from app.i18n import current_locale
from app.policy import PUBLIC, access
from app.services import calendars

ICS = "text/calendar; charset=utf-8"


@bp.route("/calendar/<token>.ics")
@access(PUBLIC)  # the unguessable token stands in for the login a calendar app cannot do
def user_feed(token):
    user = calendars.user_by_token(token)
    if user is None:
        abort(404)
    with force_locale(user.preferred_locale or "ru"):
        body = calendars.user_feed(user, _("Hamkor: my tasks and milestones"))
    return Response(body, mimetype=ICS, headers={"Cache-Control": "private, no-store",
                                                 "X-Robots-Tag": "noindex"})


@bp.route("/<lang>/campaigns/<int:campaign_id>/milestones.ics")
@access(PUBLIC)  # a public campaign's feed is for anyone; any other only for those who see its workspace
def campaign_feed(campaign_id):
    campaign = policy.get_campaign_feed_or_404(current_user, campaign_id)
    cache = "public, max-age=3600" if campaign.is_publicly_visible else "private, no-store"
    return Response(calendars.campaign_feed(campaign, current_locale()), mimetype=ICS,
                    headers={"Content-Disposition": f'attachment; filename="campaign-{campaign.id}.ics"',
                             "Cache-Control": cache})
