"""One way to write dates, times, numbers and sizes: Babel/CLDR in the page's locale.

Dates always carry a four-digit year (CLDR's "short" patterns for ky, kk, uz, tg and en write
"29.11.26" or "29/11/26", so they are never used); times are hours and minutes in the reader's
time zone; sizes are decimal units (kB, MB) written the locale's way. Pages (Jinja filters `day`,
`moment`, `number`, `filesize`), charts, e-mails, exports and packs all go through here.
"""
from datetime import date, datetime

from babel.numbers import format_decimal as babel_decimal
from babel.units import format_unit
from flask_babel import format_date, format_decimal, format_time, get_locale

# CLDR has no unit names for Tajik and Uzbek Cyrillic (it falls back to Latin "kB"), and its Kazakh
# megabyte starts with a Latin M: their readers get the units in Cyrillic.
_CYRILLIC_SIZES = {"byte": "Б", "kilobyte": "КБ", "megabyte": "МБ", "gigabyte": "ГБ"}
_OWN_SIZE_UNITS = {"tg": _CYRILLIC_SIZES, "uz_Cyrl": _CYRILLIC_SIZES,
                   "kk": {"byte": "байт", "kilobyte": "кБ", "megabyte": "МБ", "gigabyte": "ГБ"}}
_STEPS = (("gigabyte", 1000 ** 3), ("megabyte", 1000 ** 2), ("kilobyte", 1000), ("byte", 1))


def day(value: date | datetime | None, width: str = "medium") -> str:
    """A date with its four-digit year: "29 нояб. 2026 г.", "2026-ж., 29-ноя.", "Nov 29, 2026"."""
    if value is None:
        return ""
    return format_date(value, "long" if width == "long" else "medium")


def moment(value: datetime | None) -> str:
    """A date and time in the reader's time zone: the date as `day`, then hours and minutes."""
    if value is None:
        return ""
    return f"{format_date(value, 'medium')}, {format_time(value, 'short')}"


def number(value) -> str:
    return "" if value is None else format_decimal(value)


def filesize(num_bytes: int | None, locale=None) -> str:
    """A file's size in the locale's units: "27,3 кБ", "2.5 MB", "812 Б"."""
    if num_bytes is None:
        return ""
    locale = str(locale or get_locale() or "en")
    unit, size = next((name, step) for name, step in _STEPS if num_bytes >= step or step == 1)
    value = num_bytes / size
    own = _OWN_SIZE_UNITS.get(locale)
    if own:
        return f"{babel_decimal(value, '#,##0.#', locale=locale)}\u00a0{own[unit]}"
    return format_unit(value, f"digital-{unit}", "short", locale=locale, format="#,##0.#")


def init_app(app) -> None:
    """The Jinja filters; Flask-Babel's own date filters are pointed here too, so a "short" date
    with a two-digit year cannot come back through them."""
    app.jinja_env.filters.update(
        day=day, moment=moment, number=number, filesize=filesize,
        dateformat=lambda value, width="medium": day(value, width),
        datetimeformat=lambda value, width=None: moment(value),
        filesizeformat=lambda value, *args: filesize(value))
