"""The sharing kit of a public campaign: its QR codes and its cover sized for link previews. Public
campaigns only: a draft or non-public campaign answers 404 to everyone, signed in or not."""
from flask import Response, abort, redirect, send_file, url_for

from app import policy
from app.campaigns import bp
from app.i18n import current_locale, text
from app.policy import PUBLIC, access
from app.security import external_url
from app.services import covers, sharing


@bp.route("/<int:campaign_id>-<slug>/qr.<any(svg, png):fmt>")
@access(PUBLIC)  # public campaigns only (policy.get_public_campaign_or_404)
def qr(campaign_id, slug, fmt):
    """The page's address in this language as a QR code, for posters and leaflets."""
    campaign = policy.get_public_campaign_or_404(campaign_id, full=False)
    if slug != campaign.slug:
        return redirect(url_for("campaigns.qr", campaign_id=campaign.id, slug=campaign.slug, fmt=fmt), 301)
    url = external_url("campaigns.public", lang=current_locale(), campaign_id=campaign.id, slug=campaign.slug)
    body, mimetype = sharing.qr_code(url, fmt, text(campaign, "title", campaign.owner_org))
    name = f"{campaign.slug}-{current_locale()}-qr.{fmt}"
    return Response(body, mimetype=mimetype, headers={
        "Content-Disposition": f'inline; filename="{name}"', "Cache-Control": "public, max-age=86400",
        "X-Content-Type-Options": "nosniff"})


@bp.route("/<int:campaign_id>/cover/preview.jpg")
@access(PUBLIC)  # public campaigns only (link previews are fetched by the messengers' robots)
def cover_preview(campaign_id):
    campaign = policy.get_public_campaign_or_404(campaign_id, full=False)
    if not campaign.cover_key:
        abort(404)
    response = send_file(sharing.preview_image(covers.path_of(campaign.cover_key)), mimetype="image/jpeg",
                         max_age=86400)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
