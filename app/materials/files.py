"""Files are served through the app: the reader's right is checked on every download, the file is
streamed in chunks, as an attachment (images may be shown inline), with the type detected at upload."""
from flask import abort, render_template, request
from flask_login import current_user

from app import policy
from app.i18n import current_locale, is_locale
from app.materials import files_bp
from app.policy import LOGIN, PUBLIC, access
from app.serving import stored_file
from app.services import materials, packs
from app.storage import storage


@files_bp.route("/files/<int:file_id>/download")
@access(PUBLIC)  # public material is for everyone; the loader answers 404 to anyone else
def download(file_id):
    item = policy.get_material_file_or_404(current_user, file_id)
    return serve_download(item, f"user:{current_user.id}" if current_user.is_authenticated
                          else f"address:{request.remote_addr}",
                          inline=item.is_image and request.args.get("inline") == "1")


def serve_download(item, reader: str, inline: bool = False):
    """A material file the reader may have (the caller checked), counted once a day per reader."""
    response = stored_file(storage(), item.storage_key, item.content_type, materials.download_name(item),
                           inline=inline, length=item.size, presign=True)
    materials.count_download(item, reader)
    return response


@files_bp.route("/files/<int:file_id>/thumbnail")
@access(PUBLIC)
def thumbnail(file_id):
    item = policy.get_material_file_or_404(current_user, file_id)
    if not item.thumbnail_key:
        abort(404)
    # A file is never replaced (a new version is a new file), so neither is its thumbnail: a day in the
    # browser's own cache, which a list of material shows again and again.
    return stored_file(storage(), item.thumbnail_key, "image/png", "thumbnail.png", inline=True,
                       cache="private, max-age=86400")


@files_bp.route("/<lang>/campaigns/<int:campaign_id>/pack/<locale>.zip")
@access(LOGIN)
def pack(campaign_id, locale):
    """All cleared material of the campaign the reader may see, in one language (falling back per
    item), with an index.html that works offline and a manifest with checksums. Cached until it changes."""
    campaign = policy.get_campaign_or_404(current_user, campaign_id)
    if not is_locale(locale):
        abort(404)
    pack = packs.prepare(current_user, campaign, locale)
    if not pack.ready:  # a large pack is being built: a page with its progress that reloads itself
        return render_template("materials/pack_progress.html", campaign=campaign, pack=pack, locale=locale), \
            503 if pack.failed else 202
    return stored_file(storage("packs"), pack.key, "application/zip", f"{campaign.slug}-{campaign.id}-{locale}.zip",
                       resumable=True, presign=True)


@files_bp.app_template_global()
def pack_offer(campaign):
    """For materials/_pack_offer.html: the campaign's offline pack in the reader's language and in the
    other languages it has files in, each with its size; None when no material would be in it."""
    return packs.offer(current_user, campaign, current_locale())
