"""Server-made SVG charts (pygal) for an indicator: each society's share and the running total.

A chart is drawn once per state of its data: the fingerprint of what it shows (values, dates, target,
names in the reader's language) keys an in-process cache and is the response's ETag, so a browser
asks again cheaply and gets a new chart as soon as a value or a name changes."""
import hashlib
import threading
from collections import OrderedDict

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


_CACHE: OrderedDict[str, str] = OrderedDict()
_CACHE_SIZE = 256
_LOCK = threading.Lock()


def fingerprint(kind: str, rollup, locale: str) -> str:
    indicator = rollup.indicator
    shown = (kind, locale, indicator.id, text(indicator, "name", indicator.campaign.owner_org),
             str(indicator.regional_target),
             [(text(s.organization, "name", s.organization), str(s.total)) for s in rollup.shares],
             [(day.isoformat(), str(total)) for day, total in rollup.trend])
    return hashlib.sha256(repr(shown).encode()).hexdigest()[:32]


def cached(kind: str, rollup, locale: str) -> tuple[str, str]:
    """(svg, etag): drawn only when this state of the data has not been drawn before."""
    key = fingerprint(kind, rollup, locale)
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key], key
    svg = render(kind, rollup)
    with _LOCK:
        _CACHE[key] = svg
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return svg, key
