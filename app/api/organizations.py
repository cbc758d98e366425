"""Organizations: every organization's name (public in the app too), and the token owner's role."""
from app.api import bp
from app.api.core import acting_user, content_locale, page_of_list, token_access
from app.api.present import org_ref
from app.api.schemas import LangArgs, ListLangArgs, OrganizationSchema, page_schema
from app import policy

OrganizationPage = page_schema(OrganizationSchema, "OrganizationPage")


def _present(org, locale, user):
    membership = policy.membership_in(user, org)
    return {**org_ref(org, locale), "kind": org.kind, "country_code": org.country_code,
            "my_role": membership.role if membership else None}


@bp.route("/organizations")
@token_access()
@bp.arguments(ListLangArgs, location="query")
@bp.response(200, OrganizationPage)
def organizations(args):
    """The organizations of the region (names and kinds), with the token owner's role in each."""
    user, locale = acting_user(), content_locale(args)
    rows, page = page_of_list(policy.visible_organizations(user), args)
    return {"items": [_present(o, locale, user) for o in rows], **page}


@bp.route("/organizations/<int:organization_id>")
@token_access()
@bp.arguments(LangArgs, location="query")
@bp.response(200, OrganizationSchema)
def organization(args, organization_id):
    """One organization."""
    user = acting_user()
    return _present(policy.get_profile_by_id_or_404(user, organization_id), content_locale(args), user)
