"""Campaign proposals: the region's list, writing and editing one, the societies' answers and comments, and
the coordinator's decision. Every route needs a login; the loaders answer 404 for a proposal the reader
may not see (a draft of another organization; anything, for volunteers)."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app import policy
from app.forms import attach_error, submit_edit
from app.i18n import current_locale, text, translated
from app.serving import stored_file
from app.storage import storage
from app.policy import LOGIN, access
from app.proposals import bp
from app.proposals.forms import AnswerForm, CommentForm, NoteForm, ProposalFilterForm, ProposalForm
from app.services import ServiceError, proposals
from app.services.proposals import IndicatorDraft


def _org_choices(orgs):
    return [(o.id, text(o, "name", o)) for o in orgs]


@bp.route("/")
@access(LOGIN)  # working members of the region's organizations; the query leaves out what they may not see
def index():
    societies = policy.region_societies()
    filters = ProposalFilterForm(request.args)
    filters.org.choices = [("", _("Any organization"))] + [(o.slug, text(o, "name", o)) for o in societies]
    filters.validate()
    status = filters.status.data if not filters.status.errors else None
    org = next((o for o in societies if o.slug == filters.org.data), None) if not filters.org.errors else None
    page = policy.proposal_list(current_user, status=status or None, org_id=org.id if org else None,
                                page=request.args.get("page", 1, type=int))
    return render_template("proposals/index.html", page=page, filters=filters,
                           proposing=policy.proposing_organizations(current_user))


def _indicator_rows(form, proposal=None, blank: int = 2) -> None:
    if proposal is not None and request.method == "GET":
        while form.indicators.entries:
            form.indicators.pop_entry()
        for item in proposal.indicators:
            form.indicators.append_entry({"id": str(item.id), "name": translated(item, "name", proposal.author_org)[0],
                                          "unit": item.unit, "target": item.target})
        for _i in range(blank):
            form.indicators.append_entry()


def _indicator_drafts(form, proposal=None) -> list[IndicatorDraft]:
    existing = {str(i.id): i for i in proposal.indicators} if proposal else {}
    drafts = []
    for row in form.indicators.entries:
        data = row.form.data
        item = existing.get(data.get("id") or "")
        if data.get("id") and item is None:
            continue  # not an indicator of this proposal
        drafts.append(IndicatorDraft(name=data.get("name") or "", unit=data.get("unit") or "people",
                                     target=data.get("target"), existing=item))
    return drafts


def _society_choices(form) -> None:
    form.societies.choices = _org_choices(policy.region_societies())


def _values(form, proposal=None) -> dict:
    return dict(title=form.title.data, problem=form.problem.data, key_messages=form.key_messages.data or "",
                partners_needed=form.partners_needed.data or "", start_date=form.start_date.data,
                end_date=form.end_date.data, audiences=form.audiences.data,
                societies=[o for o in policy.region_societies() if o.id in (form.societies.data or [])],
                indicators=_indicator_drafts(form, proposal), locale=current_locale(),
                files=request.files.getlist(form.files.name))


@bp.route("/new", methods=["GET", "POST"])
@access(LOGIN)  # staff and admins of an organization of the region, the coordinator (otherwise 403)
def new():
    orgs = policy.proposing_organizations(current_user)
    if not orgs:
        abort(403)
    decision = None
    if request.values.get("decision"):  # started from a meeting decision the user sees (else 404)
        decision = policy.get_proposal_decision_or_404(current_user, request.values.get("decision", type=int))
    form = ProposalForm()
    form.org.choices = _org_choices(orgs)
    _society_choices(form)
    if request.method == "GET" and decision is not None:
        words = translated(decision, "text", decision.meeting.organizer)[0] or ""
        form.title.data, form.problem.data, form.decision.data = words[:200], words, str(decision.id)
    if form.validate_on_submit():
        org = next(o for o in orgs if o.id == form.org.data)
        try:
            proposal = proposals.create(current_user, org, decision=decision, open_now=bool(form.open.data),
                                        **_values(form))
        except ServiceError as error:
            attach_error(form, error)
        else:
            flash(_("The proposal is open to the region.") if form.open.data else
                  _("The proposal is saved as a draft. Open it to the region when it is ready."), "success")
            return redirect(url_for("proposals.show", proposal_id=proposal.id))
    return render_template("proposals/form.html", form=form, proposal=None, decision=decision), \
        400 if request.method == "POST" else 200


@bp.route("/<int:proposal_id>")
@access(LOGIN)  # whoever policy.get_proposal_or_404 lets see it
def show(proposal_id):
    return _page(policy.get_proposal_or_404(current_user, proposal_id, full=True))


def _page(proposal, status=200, answer_form=None, comment_form=None, note_form=None):
    societies = policy.region_societies()
    answering = policy.answering_organizations(current_user, proposal)
    if answer_form is None:
        answer_form = AnswerForm(formdata=None)
        mine = proposal.answer_of(answering[0].id) if answering else None
        if mine is not None:
            answer_form.answer.data, answer_form.note.data = mine.answer, mine.note
    answer_form.org.choices = _org_choices(answering)
    return render_template("proposals/show.html", proposal=proposal, org=proposal.author_org,
                           summary=proposals.answers_summary(proposal, societies), answering=answering,
                           answer_form=answer_form, comment_form=comment_form or CommentForm(formdata=None),
                           note_form=note_form or NoteForm(formdata=None)), status


@bp.route("/<int:proposal_id>/edit", methods=["GET", "POST"])
@access(LOGIN)  # the author organization's staff and admins, while a draft or open
def edit(proposal_id):
    proposal = policy.get_proposal_or_404(current_user, proposal_id, full=True)
    policy.authorize(current_user, "proposal.edit", proposal)
    org = proposal.author_org
    form = ProposalForm(formdata=request.form if request.method == "POST" else None)
    form.org.choices = _org_choices([org])
    form.org.data = org.id
    _society_choices(form)
    status, conflict = 200, False
    if request.method == "GET":
        for name in ("title", "problem", "key_messages", "partners_needed"):
            form[name].data = translated(proposal, name, org)[0]
        form.start_date.data, form.end_date.data = proposal.start_date, proposal.end_date
        form.audiences.data, form.societies.data = proposal.audiences, [o.id for o in proposal.societies]
        _indicator_rows(form, proposal)
    else:
        outcome = submit_edit(form, lambda version: proposals.edit(current_user, proposal, version=version,
                                                                  **_values(form, proposal)))
        if outcome is None:
            return redirect(url_for("proposals.show", proposal_id=proposal.id))
        status, conflict = outcome
    return render_template("proposals/form.html", form=form, proposal=proposal, decision=proposal.decision,
                           conflict=conflict), status


def _button(proposal_id, action: str, run, done: str, to=None):
    """A state change with a note (or none): `run(proposal, note)`, then say `done` and go to the proposal
    (or to `to(result)`); or show the page again with the reason it was refused, nothing changed."""
    proposal = policy.get_proposal_or_404(current_user, proposal_id, full=True)
    policy.authorize(current_user, action, proposal)
    form = NoteForm()
    if not form.validate_on_submit():
        return _page(proposal, 400, note_form=form)
    try:
        result = run(proposal, form.note.data or "")
    except ServiceError as error:
        attach_error(form, error)
        flash(error.message, "danger")
        return _page(proposal, 400, note_form=form)
    flash(done, "success")
    return redirect(to(result) if to else url_for("proposals.show", proposal_id=proposal.id))


@bp.route("/<int:proposal_id>/open", methods=["POST"])
@access(LOGIN)  # the author organization's staff and admins
def open_proposal(proposal_id):
    return _button(proposal_id, "proposal.edit", lambda p, note: proposals.submit(current_user, p),
                   _("The proposal is open to the region."))


@bp.route("/<int:proposal_id>/withdraw", methods=["POST"])
@access(LOGIN)  # the author organization's staff and admins
def withdraw(proposal_id):
    return _button(proposal_id, "proposal.edit", lambda p, note: proposals.withdraw(current_user, p, note),
                   _("The proposal has been withdrawn."))


@bp.route("/<int:proposal_id>/decline", methods=["POST"])
@access(LOGIN)  # the coordinator
def decline(proposal_id):
    return _button(proposal_id, "proposal.decide", lambda p, note: proposals.decline(current_user, p, note),
                   _("The proposal has been declined."))


@bp.route("/<int:proposal_id>/changes", methods=["POST"])
@access(LOGIN)  # the coordinator
def ask_changes(proposal_id):
    return _button(proposal_id, "proposal.decide", lambda p, note: proposals.ask_changes(current_user, p, note),
                   _("The proposer has been asked for changes."))


@bp.route("/<int:proposal_id>/accept", methods=["POST"])
@access(LOGIN)  # the coordinator; the campaign belongs to their regional office
def accept(proposal_id):
    office = current_user.regional_office
    return _button(proposal_id, "proposal.decide", lambda p, note: proposals.accept(current_user, p, office),
                   _("The proposal is accepted: here is its draft regional campaign, with the endorsing societies "
                     "invited."), to=lambda campaign: url_for("campaigns.workspace", campaign_id=campaign.id))


@bp.route("/<int:proposal_id>/answer", methods=["POST"])
@access(LOGIN)  # a society's admin, for that society (not the proposing one)
def answer(proposal_id):
    proposal = policy.get_proposal_or_404(current_user, proposal_id, full=True)
    answering = policy.answering_organizations(current_user, proposal)
    if not answering:
        abort(403)
    form = AnswerForm()
    form.org.choices = _org_choices(answering)
    if not form.validate_on_submit():
        return _page(proposal, 400, answer_form=form)
    org = next(o for o in answering if o.id == form.org.data)
    try:
        proposals.answer(current_user, proposal, org, form.answer.data, form.note.data or "")
    except ServiceError as error:
        attach_error(form, error)
        return _page(proposal, 400, answer_form=form)
    flash(_("Your society's answer has been sent."), "success")
    return redirect(url_for("proposals.show", proposal_id=proposal.id))


@bp.route("/<int:proposal_id>/comments", methods=["POST"])
@access(LOGIN)  # anyone who sees the proposal
def comment(proposal_id):
    proposal = policy.get_proposal_or_404(current_user, proposal_id, full=True)
    policy.authorize(current_user, "proposal.comment", proposal)
    form = CommentForm()
    if not form.validate_on_submit():
        return _page(proposal, 400, comment_form=form)
    org = next((m.organization for m in policy.working_memberships(current_user)
                if policy.org_sees_proposal(m.organization, proposal)), None)
    try:
        proposals.comment(current_user, proposal, org, form.body.data, current_locale())
    except ServiceError as error:
        attach_error(form, error)
        return _page(proposal, 400, comment_form=form)
    flash(_("Your comment has been added."), "success")
    return redirect(url_for("proposals.show", proposal_id=proposal.id) + "#comments")


@bp.route("/<int:proposal_id>/files/<int:file_id>")
@access(LOGIN)  # whoever sees the proposal
def download(proposal_id, file_id):
    item = policy.get_proposal_file_or_404(current_user, proposal_id, file_id)
    return stored_file(storage(), item.storage_key, item.content_type, item.name, length=item.size, presign=True)

