"""Server-made SVG charts (pygal) for an indicator: each society's share and the running total."""
import pygal
from flask_babel import format_date, format_decimal
from flask_babel import gettext as _
from pygal.style import Style

from app.i18n import text

STYLE = Style(background="white", plot_background="white", font_family="sans-serif",
              colors=("#c8102e", "#1f6f8b", "#e8a33d", "#4b7f52", "#6c4f9c", "#8c8c8c"))


def _config(chart_class, title):
    # js=[]: no external script; the SVG is shown through <img>, so the page's CSP holds.
    return chart_class(js=[], style=STYLE, title=title, width=640, height=360, disable_xml_declaration=True,
                       value_formatter=lambda v: format_decimal(v), print_values=False, show_legend=True,
                       truncate_legend=48, legend_at_bottom=True)


def render(kind: str, rollup) -> str:
    name = text(rollup.indicator, "name", rollup.indicator.campaign.owner_org)
    if kind == "share":
        chart = _config(pygal.Pie, _("Share of each society: %(name)s", name=name))
        for share in rollup.shares:
            chart.add(text(share.organization, "name", share.organization), float(share.total))
        if not rollup.shares:
            chart.add(_("No values reported yet"), 0)
    else:
        chart = _config(pygal.Line, _("Regional total over time: %(name)s", name=name))
        chart.x_labels = [format_date(day, "short") for day, _total in rollup.trend]
        chart.add(_("Regional total"), [float(total) for _day, total in rollup.trend])
        target = rollup.indicator.regional_target
        if target is not None and rollup.trend:
            chart.add(_("Regional target"), [float(target)] * len(rollup.trend))
    return chart.render(is_unicode=True)
