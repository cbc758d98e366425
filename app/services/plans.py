"""The annual humanitarian-diplomacy plan: objectives, activities with the departments and partners
involved, and the departments x objectives matrix (where departments' work meets), also as XLSX."""
import io
from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app.extensions import db
from app.models import DiplomacyPlan, PlanActivity, PlanObjective
from app.models.base import utcnow
from app.models.diplomacy import ACTIVITY_STATUSES
from app.services import ServiceError, audit, translations, versions

YEARS_BACK, YEARS_AHEAD = 1, 3


def create_plan(actor, org, *, year: int, title: str, summary: str, locale: str) -> DiplomacyPlan:
    this_year = date.today().year
    if not (this_year - YEARS_BACK <= year <= this_year + YEARS_AHEAD):
        raise ServiceError(_l("Choose a year from %(first)d to %(last)d.", first=this_year - YEARS_BACK,
                              last=this_year + YEARS_AHEAD), field="year")
    same_year = db.session.scalar(select(DiplomacyPlan).where(DiplomacyPlan.organization_id == org.id,
                                                              DiplomacyPlan.year == year)
                                  .execution_options(include_removed=True))
    if same_year is not None and same_year.removed_at is not None:
        raise ServiceError(_l("The society removed its plan for this year: restore it from the space's "
                              "\"Recently removed\" list."), field="year")
    if same_year is not None:
        raise ServiceError(_l("The society already has a plan for this year."), field="year")
    plan = DiplomacyPlan(organization=org, year=year, status="draft", source_locale=locale)
    db.session.add(plan)
    translations.apply(actor, plan, locale, {"title": title, "summary": summary})
    db.session.flush()
    audit.record(actor, "plan.created", plan, org, year=year)
    db.session.commit()
    return plan


def approve(actor, plan: DiplomacyPlan) -> None:
    if plan.status != "draft":
        raise ServiceError(_l("This plan is approved already."))
    if not any(o.activities for o in plan.objectives):
        raise ServiceError(_l("Add at least one activity before approving the plan."))
    plan.status, plan.change_note = "approved", None
    audit.record(actor, "plan.approved", plan, plan.organization)
    db.session.commit()


def changes(plan: DiplomacyPlan) -> list[tuple[str, str]]:
    """What changed since the plan was last approved: (what happened, to which text)."""
    return [tuple(line.split("\t", 1)) for line in (plan.change_note or "").splitlines() if "\t" in line]


def reopen(actor, plan: DiplomacyPlan, what: str, text: str) -> None:
    """An approved plan is locked: changing it, or adding to it, takes it back to draft (to be approved
    again), and each change since the approval is noted. `what` is one of CHANGES."""
    if plan.status == "approved":
        plan.status, plan.change_note = "draft", None
        audit.record(actor, "plan.reopened", plan, plan.organization, change=what)
    elif plan.change_note is None:
        return  # a draft never approved: nothing to compare with
    plan.change_note = "\n".join(filter(None, [plan.change_note, f"{what}\t{(text or '').strip()[:200]}"]))


def add_objective(actor, plan: DiplomacyPlan, *, title: str, locale: str, aims=()) -> PlanObjective:
    """An objective of the plan, serving `aims` of the society's development strategy."""
    from app.services.strategies import check_aims

    check_aims(plan.organization, aims)
    objective = PlanObjective(plan=plan, position=len(plan.objectives) + 1, source_locale=locale)
    objective.aims = list(aims)
    db.session.add(objective)
    translations.apply(actor, objective, locale, {"title": title})
    reopen(actor, plan, "objective_added", title)
    db.session.flush()
    audit.record(actor, "plan.objective_added", objective, plan.organization, plan_id=plan.id)
    db.session.commit()
    return objective


def _check_activity(org, quarters, departments, partners, campaign):
    if not departments:
        raise ServiceError(_l("Choose at least one department: the plan shows where departments meet."),
                           field="departments")
    if any(d.organization_id != org.id for d in departments):
        raise ServiceError(_l("Choose departments of your society."), field="departments")
    if not quarters or any(q not in (1, 2, 3, 4) for q in quarters):
        raise ServiceError(_l("Choose quarters from 1 to 4."), field="quarters")
    if any(p.organization_id != org.id for p in partners):
        raise ServiceError(_l("Choose partners from your society's directory."), field="partners")
    if campaign is not None:
        from app.policy import org_sees_campaign

        if not org_sees_campaign(org, campaign):
            raise ServiceError(_l("Choose a campaign your society takes part in."), field="campaign")


def add_activity(actor, objective: PlanObjective, *, title: str, description: str, quarters, departments,
                 partners=(), campaign=None, locale: str) -> PlanActivity:
    org = objective.plan.organization
    _check_activity(org, list(quarters), list(departments), list(partners), campaign)
    activity = PlanActivity(objective=objective, status="planned", campaign=campaign, source_locale=locale)
    activity.quarters = quarters
    activity.departments = list(departments)
    activity.partners = list(partners)
    db.session.add(activity)
    translations.apply(actor, activity, locale, {"title": title, "description": description})
    reopen(actor, objective.plan, "activity_added", title)
    db.session.flush()
    audit.record(actor, "plan.activity_added", activity, org, plan_id=objective.plan_id,
                 departments=[d.id for d in departments])
    db.session.commit()
    return activity


def edit_plan(actor, plan: DiplomacyPlan, *, title: str, summary: str, locale: str, version: int | None) -> None:
    versions.check(plan, version)
    if not (title or "").strip():
        raise ServiceError(_l("Write a title."), field="title")
    changed = translations.apply_as_shown(actor, plan, {"title": title, "summary": summary}, locale, plan.organization)
    if changed:
        reopen(actor, plan, "plan_edited", title)
        plan.updated_at = utcnow()
        audit.record(actor, "plan.edited", plan, plan.organization, fields=changed)
    versions.commit(plan)


def edit_objective(actor, objective: PlanObjective, *, title: str, locale: str, version: int | None,
                   aims=None) -> None:
    """The objective's title and, when `aims` is given, the development-strategy aims it serves."""
    from app.services.strategies import check_aims

    versions.check(objective, version)
    if not (title or "").strip():
        raise ServiceError(_l("Write a title."), field="title")
    changed = translations.apply_as_shown(actor, objective, {"title": title}, locale, objective.plan.organization)
    if aims is not None:
        check_aims(objective.plan.organization, aims)
        if {a.id for a in aims} != {a.id for a in objective.aims}:
            objective.aims = list(aims)
            changed.append("aims")
    if changed:
        reopen(actor, objective.plan, "objective_edited", title)
        objective.updated_at = utcnow()
        audit.record(actor, "plan.objective_edited", objective, objective.plan.organization, plan_id=objective.plan_id)
    versions.commit(objective)


def edit_activity(actor, activity: PlanActivity, *, title: str, description: str, quarters, departments, partners,
                  campaign, locale: str, version: int | None) -> None:
    versions.check(activity, version)
    plan = activity.objective.plan
    _check_activity(plan.organization, list(quarters), list(departments), list(partners), campaign)
    if not (title or "").strip():
        raise ServiceError(_l("Write a title."), field="title")
    before = (activity.quarters, [d.id for d in activity.departments], [p.id for p in activity.partners],
              activity.campaign_id)
    activity.quarters = quarters
    activity.departments, activity.partners, activity.campaign = list(departments), list(partners), campaign
    after = (activity.quarters, [d.id for d in activity.departments], [p.id for p in activity.partners],
             campaign.id if campaign else None)
    changed = translations.apply_as_shown(actor, activity, {"title": title, "description": description}, locale,
                                          plan.organization)
    changed += [name for name, old, new in zip(("quarters", "departments", "partners", "campaign"), before, after)
                if old != new]
    if changed:
        reopen(actor, plan, "activity_edited", title)
        activity.updated_at = utcnow()
        audit.record(actor, "plan.activity_edited", activity, plan.organization, plan_id=plan.id, fields=changed)
    versions.commit(activity)


def remove_plan(actor, plan: DiplomacyPlan) -> None:
    """The whole plan leaves the space (its objectives and activities with it); restorable for 30 days."""
    from app.services import removals

    removals.remove(actor, plan)


def remove_item(actor, obj) -> None:
    """An objective (with its activities) or an activity leaves the plan; restorable for 30 days."""
    from app.i18n import text
    from app.services import removals

    plan = obj.plan if isinstance(obj, PlanObjective) else obj.objective.plan
    reopen(actor, plan, f"{removals.kind_of(obj)}_removed", text(obj, "title", plan.organization))
    removals.remove(actor, obj)


def set_status(actor, activity: PlanActivity, status: str) -> None:
    if status not in ACTIVITY_STATUSES:
        raise ServiceError(_l("Choose one of the offered statuses."), field="status")
    old, activity.status = activity.status, status
    audit.record(actor, "plan.activity_status", activity, activity.objective.plan.organization, status=[old, status])
    db.session.commit()


def matrix(plan: DiplomacyPlan, departments) -> dict:
    """Departments x objectives: the activities in each cell, and the objectives two or more departments
    share (the points of contact)."""
    cells: dict[tuple[int, int], list[PlanActivity]] = {}
    for objective in plan.objectives:
        for activity in objective.activities:
            for department in activity.departments:
                cells.setdefault((department.id, objective.id), []).append(activity)
    shared = {o.id for o in plan.objectives
              if len({d for (d, obj) in cells if obj == o.id}) >= 2}
    used = {d for (d, _obj) in cells}
    return {"departments": [d for d in departments if d.id in used] + [d for d in departments if d.id not in used],
            "objectives": list(plan.objectives), "cells": cells, "shared": shared}


def _text_cell(sheet, row, col, value):
    """A cell that holds text, always: a title starting with = is not a formula in the reader's Excel."""
    cell = sheet.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def matrix_xlsx(plan: DiplomacyPlan, grid: dict, text, labels: dict) -> bytes:
    """The matrix as a workbook: objectives across, departments down, activity titles in the cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = str(labels["sheet"])[:31]
    _text_cell(sheet, 1, 1, f'{text(plan, "title")} ({plan.year})').font = Font(bold=True, size=13)
    _text_cell(sheet, 2, 1, str(labels["corner"])).font = Font(bold=True)
    shared_fill = PatternFill("solid", fgColor="FDE2E4")
    for col, objective in enumerate(grid["objectives"], start=2):
        cell = _text_cell(sheet, 2, col, text(objective, "title"))
        cell.font, cell.alignment = Font(bold=True), Alignment(wrap_text=True, vertical="top")
        if objective.id in grid["shared"]:
            cell.fill = shared_fill
        sheet.column_dimensions[cell.column_letter].width = 32
    sheet.column_dimensions["A"].width = 28
    for row, department in enumerate(grid["departments"], start=3):
        _text_cell(sheet, row, 1, text(department, "name")).font = Font(bold=True)
        for col, objective in enumerate(grid["objectives"], start=2):
            activities = grid["cells"].get((department.id, objective.id), [])
            cell = _text_cell(sheet, row, col, "\n".join(text(a, "title") for a in activities) or None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if activities and objective.id in grid["shared"]:
                cell.fill = shared_fill
    # Below the departments: the strategic aims each objective serves.
    aims_row = 3 + len(grid["departments"])
    if any(o.aims for o in grid["objectives"]):
        _text_cell(sheet, aims_row, 1, str(labels["serves"])).font = Font(italic=True)
        for col, objective in enumerate(grid["objectives"], start=2):
            cell = _text_cell(sheet, aims_row, col, "; ".join(text(a, "title") for a in objective.aims) or None)
            cell.alignment, cell.font = Alignment(wrap_text=True, vertical="top"), Font(italic=True)
    sheet.freeze_panes = "B3"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def progress(plan: DiplomacyPlan) -> dict[str, int]:
    """How many of the plan's activities are in each status."""
    counts = {status: 0 for status in ACTIVITY_STATUSES}
    for objective in plan.objectives:
        for activity in objective.activities:
            counts[activity.status] += 1
    return counts


def progress_chart(counts: dict, labels: dict, title: str) -> str:
    """A bar chart of the activities by status, as a data: URI for an <img> (no script, CSP holds)."""
    import base64

    import pygal

    from app.campaigns.charts import STYLE, whole_ticks
    from app.formatting import number

    # Activities are counted: whole-number ticks (pygal alone writes 0.2 … 2.8), numbers the locale's way.
    chart = pygal.Bar(js=[], style=STYLE, title=title, width=480, height=260, show_legend=False,
                      disable_xml_declaration=True, y_labels=whole_ticks(max(counts.values(), default=0)),
                      value_formatter=number)
    chart.x_labels = [str(labels[status]) for status in counts]
    chart.add(title, list(counts.values()))
    svg = chart.render(is_unicode=True)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
