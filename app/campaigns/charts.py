"""Server-made SVG charts (pygal) for an indicator: each society's share and the running total.

A chart is drawn once per state of its data: the fingerprint of what it shows (values, dates, target,
names in the reader's language) keys an in-process cache and is the response's ETag, so a browser
asks again cheaply and gets a new chart as soon as a value or a name changes."""
import hashlib
import math
import threading
from collections import OrderedDict

import pygal
from flask_babel import format_decimal
from flask_babel import gettext as _
from pygal.style import Style

from app.formatting import day as format_day
from app.i18n import text

STYLE = Style(background="white", plot_background="white", font_family="sans-serif",
              colors=("#c8102e", "#1f6f8b", "#e8a33d", "#4b7f52", "#6c4f9c", "#8c8c8c"))


def _config(chart_class, title, **options):
    # js=[]: no external script; the SVG is shown through <img>, so the page's CSP holds.
    settings = dict(js=[], style=STYLE, title=title, width=640, height=360, disable_xml_declaration=True,
                    value_formatter=lambda v: format_decimal(v), print_values=False, show_legend=True,
                    truncate_legend=48, legend_at_bottom=True)
    settings.update(options)
    return chart_class(**settings)


def whole_ticks(highest) -> list[int]:
    """Whole-number steps from 0 to at least `highest` (1, 2 or 5 times a power of ten, at most 8 steps),
    so a count never shows a tick like 0.2 or 2.8."""
    highest = max(int(math.ceil(highest)), 1)
    step = 1
    while math.ceil(highest / step) > 8:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2  # 1, 2, 5, 10, 20, 50, ...
    return list(range(0, math.ceil(highest / step) * step + 1, step))


def render(kind: str, rollup) -> str:
    name = text(rollup.indicator, "name", rollup.indicator.campaign.owner_org)
    if kind == "share":
        # The legend under the pie, one society a line, with room for it: long names do not overlap.
        chart = _config(pygal.Pie, _("Share of each society: %(name)s", name=name), height=420,
                        legend_at_bottom_columns=1, truncate_legend=60, legend_box_size=14)
        for share in rollup.shares:
            chart.add(text(share.organization, "name", share.organization), float(share.total))
        if not rollup.shares:
            chart.add(_("No values reported yet"), 0)
    else:
        target = rollup.indicator.regional_target
        values = [total for _day, total in rollup.trend] + ([target] if target is not None else [])
        options = {}
        if values and all(v == v.to_integral_value() for v in values):  # a count: whole-number ticks only
            options["y_labels"] = whole_ticks(max(values))
        if len(rollup.trend) > 5:  # long dates side by side: at most five of them written, none cut or crossed
            options.update(x_labels_major_count=5, show_minor_x_labels=False)
        # margin_right: the last date is written centred under the last point, not cut at the edge.
        chart = _config(pygal.Line, _("Regional total over time: %(name)s", name=name), margin_right=50,
                        **options)
        # The dates as the tables write them (four-digit year, the reader's language).
        chart.x_labels = [format_day(day) for day, _total in rollup.trend]
        chart.add(_("Regional total"), [float(total) for _day, total in rollup.trend])
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
