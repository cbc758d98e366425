"""Interface locales, the locale selector, and reading per-language content with a fallback chain."""
from babel import Locale
from flask import current_app, g, request, url_for
from flask_babel import get_locale, gettext
from flask_login import current_user
from markupsafe import Markup, escape

from app.translit import latin_to_cyrillic

LOCALES = ("ru", "tk", "kk", "ky", "uz", "tg", "en")
DEFAULT_LOCALE = "ru"
LOCALE_COOKIE = "hamkor_lang"
SCRIPT_COOKIE = "hamkor_uz_script"
SCRIPTS = ("latn", "cyrl")
# The reader-side switch for Uzbek content names each script in itself, like ENDONYMS.
SCRIPT_ENDONYMS = {"latn": "Lotin yozuvida", "cyrl": "Кирилл ёзувида"}

# Each language named in itself, for the switcher.
ENDONYMS = {
    "ru": "Русский",
    "tk": "Türkmençe",
    "kk": "Қазақша",
    "ky": "Кыргызча",
    "uz": "Oʻzbekcha",
    "tg": "Тоҷикӣ",
    "en": "English",
}


def remember_choice(response, cookie: str, value: str) -> None:
    """A reader's language or script choice, kept for a year."""
    response.set_cookie(cookie, value, max_age=365 * 24 * 3600, samesite="Lax", httponly=True,
                        secure=current_app.config["SESSION_COOKIE_SECURE"])


def is_locale(code: str | None) -> bool:
    return code in LOCALES


def best_locale() -> str:
    """URL prefix, then the user's preference, the cookie, Accept-Language, the default."""
    lang = g.get("lang")
    if lang:
        return lang
    if request:  # a page no route matched (an error page): the language its address names
        prefix = request.path.strip("/").split("/", 1)[0]
        if is_locale(prefix):
            return prefix
    if current_user and current_user.is_authenticated and is_locale(current_user.preferred_locale):
        return current_user.preferred_locale
    cookie = request.cookies.get(LOCALE_COOKIE) if request else None
    if is_locale(cookie):
        return cookie
    if request:
        match = request.accept_languages.best_match(LOCALES)
        if match:
            return match
    return current_app.config.get("BABEL_DEFAULT_LOCALE", DEFAULT_LOCALE)


def current_locale() -> str:
    loc = get_locale()
    return str(loc) if loc else DEFAULT_LOCALE


def language_name(code: str, in_locale: str | None = None) -> str:
    """The name of a language in the reader's language (Babel's data), e.g. 'русский'."""
    try:
        return Locale.parse(code).get_display_name(in_locale or current_locale()) or code
    except (ValueError, TypeError):
        return code


def fallback_chain(requested: str, org=None) -> list[str]:
    chain = [requested]
    if org is not None:
        chain += org.working_locales
    chain += ["ru", "en"]
    seen: list[str] = []
    for code in chain:
        if code not in seen:
            seen.append(code)
    return seen


def translated(obj, field: str, org=None, locale: str | None = None) -> tuple[str, str | None]:
    """The text of a translatable field and the locale it is actually in.

    Follows requested locale -> the organization's working locales -> ru -> en -> source
    locale -> any language that has text; never blank while some language has text.
    """
    locale = locale or current_locale()
    texts = {t.locale: getattr(t, field) for t in obj.translations if getattr(t, field)}
    for code in fallback_chain(locale, org) + [obj.source_locale]:
        if texts.get(code):
            return texts[code], code
    for code, text in sorted(texts.items()):
        return text, code
    return "", None


def reader_script() -> str:
    """How the reader wants Uzbek content: 'latn' (as written) or 'cyrl' (transliterated)."""
    return g.get("uz_script", "latn")


def _for_reader(value: str, used: str | None) -> tuple[str, str | None]:
    if used == "uz":
        g.uzbek_shown = True  # the page offers the Latin/Cyrillic switch, whatever its language
    if used == "uz" and reader_script() == "cyrl":
        return latin_to_cyrillic(value), "uz-Cyrl"
    return value, used


def text(obj, field: str, org=None) -> str:
    """Plain text of a translatable field, for attributes, titles and options."""
    value, used = translated(obj, field, org)
    return _for_reader(value, used)[0]


def rendered(obj, field: str, org=None) -> Markup:
    """Template helper: the text in the best language. Text from a fallback language is
    marked with its lang attribute and a quiet "shown in ..." note, with a link to
    translate it for those allowed to."""
    value, used = translated(obj, field, org)
    if used is None:
        return Markup("")
    shown, lang = _for_reader(value, used)
    page = current_locale()
    if used == page:
        return escape(shown) if lang == used else Markup('<span lang="{0}">{1}</span>').format(lang, shown)
    note = gettext("shown in %(language)s", language=language_name(used))
    return Markup('<span lang="{0}">{1}</span> <small class="fallback-note text-muted">({2}{3})</small>').format(
        lang, shown, note, _translate_link(obj, page))


def _translate_link(obj, page: str) -> Markup:
    """ · translate, to the side-by-side form, for someone who may translate `obj` into the page's language."""
    from app import policy

    space = policy.translation_space(current_user, obj, page)
    if space is None:
        return Markup("")
    url = url_for("translations.edit", org_slug=space.slug, kind=policy.kind_of(obj), obj_id=obj.id, target=page)
    return Markup(' · <a href="{0}">{1}</a>').format(url, gettext("translate"))


def rendered_markdown(obj, field: str, org=None) -> Markup:
    """A translatable Markdown field: rendered, sanitised, marked with its language."""
    from app.richtext import render_markdown

    value, used = translated(obj, field, org)
    if used is None:
        return Markup("")
    shown, lang = _for_reader(value, used)
    html = Markup('<div lang="{0}" class="markdown">{1}</div>').format(lang, render_markdown(shown))
    if used != current_locale():
        html += Markup('<p class="fallback-note small text-muted">({0}{1})</p>').format(
            gettext("shown in %(language)s", language=language_name(used)), _translate_link(obj, current_locale()))
    return html


def country_name(code: str) -> str:
    try:
        return Locale.parse(current_locale()).territories.get(code.upper(), code)
    except (ValueError, TypeError, AttributeError):
        return code
