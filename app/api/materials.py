"""Campaign material: what the token owner may see, its current files, and their download."""
from app import policy
from app.api import bp
from app.api.core import acting_user, content_locale, page_of, token_access
from app.api.present import org_ref, text, when
from app.api.schemas import LangArgs, MaterialArgs, MaterialSchema, page_schema
from app.security import external_url

MaterialPage = page_schema(MaterialSchema, "MaterialPage")


def present(material, locale) -> dict:
    return {"id": material.id, "kind": material.kind, "audience": material.audience,
            "clearance": material.clearance, "campaign_id": material.campaign_id,
            "owner": org_ref(material.owner_org, locale), "video_url": material.video_url,
            "updated_at": when(material.updated_at),
            **{name: text(material, name, locale, material.owner_org) for name in ("title", "description")},
            "files": [{"id": f.id, "lang": f.locale, "name": f.original_name, "content_type": f.content_type,
                       "size": f.size, "sha256": f.sha256, "download_url": external_url("api.download", file_id=f.id)}
                      for f in material.files if f.is_current]}


@bp.route("/materials")
@token_access()
@bp.arguments(MaterialArgs, location="query")
@bp.response(200, MaterialPage)
def material_list(args):
    """Material the token owner may see, newest first; by campaign, kind or file language."""
    user, locale = acting_user(), content_locale(args)
    query = policy.library_query(user, campaign_id=args.get("campaign_id"), kind=args.get("kind"),
                                 locale=args.get("file_lang"))
    rows, page = page_of(query, args)
    return {"items": [present(m, locale) for m in rows], **page}


@bp.route("/materials/<int:material_id>")
@token_access()
@bp.arguments(LangArgs, location="query")
@bp.response(200, MaterialSchema)
def material(args, material_id):
    """One piece of material with its current files."""
    return present(policy.get_material_or_404(acting_user(), material_id), content_locale(args))


@bp.route("/files/<int:file_id>")
@token_access(kept=False)  # each download is counted
@bp.response(200, {"format": "binary", "type": "string"}, content_type="*/*",
             description="The file (its own Content-Type)")
def download(file_id):
    """A material file, after the same permission check as the page's download; counted like one."""
    from app.materials.files import serve_download

    return serve_download(policy.get_material_file_or_404(acting_user(), file_id), f"user:{acting_user().id}")
