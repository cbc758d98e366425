"""The sharing kit of a public campaign: its QR codes and its cover sized for link previews. Public
campaigns only: a draft or non-public campaign answers 404 to everyone, signed in or not."""
from flask import Response, abort, redirect, url_for

from app import policy
from app.campaigns import bp
from app.i18n import current_locale, text
from app.policy import PUBLIC, access
from app.security import external_url
from app.serving import stored_file
from app.services import sharing
from app.storage import storage


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
    key = sharing.preview_image(campaign.cover_key)
    return stored_file(storage("covers"), key, "image/jpeg", "preview.jpg", inline=True,
                       cache="public, max-age=86400", resumable=True, immutable_key=True)
