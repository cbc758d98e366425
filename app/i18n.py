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


def interface_locale() -> str:
    """Flask-Babel's locale: the page's language, and Uzbek in Cyrillic (the uz_Cyrl catalog and
    CLDR data) when the reader chose that script."""
    lang = best_locale()
    return "uz_Cyrl" if lang == "uz" and reader_script() == "cyrl" else lang


def current_locale() -> str:
    """The page's language as content is stored ("uz" in either script)."""
    loc = get_locale()
    code = str(loc) if loc else DEFAULT_LOCALE
    return "uz" if code == "uz_Cyrl" else code


def html_lang() -> str:
    """The page's language tag for lang attributes and Content-Language: "uz-Cyrl" in Cyrillic."""
    loc = get_locale()
    return "uz-Cyrl" if loc is not None and str(loc) == "uz_Cyrl" else current_locale()


# CLDR's Uzbek (Latin) names mix two forms ("ruscha", "qozoqcha" beside "turkman", "tojik", "o‘zbek"):
# the region's languages are all named the "-cha" way, with the Uzbek turned comma.
_OWN_LANGUAGE_NAMES = {"uz": {"tk": "turkmancha", "uz": "oʻzbekcha", "tg": "tojikcha", "ky": "qirgʻizcha"}}


def language_name(code: str, in_locale: str | None = None) -> str:
    """The name of a language in the reader's language (Babel's data), e.g. 'русский'; in Uzbek
    Cyrillic when the interface is."""
    loc = get_locale()
    in_locale = in_locale or (str(loc) if loc else current_locale())
    own = _OWN_LANGUAGE_NAMES.get(in_locale, {}).get(code)
    if own:
        return own
    try:
        return Locale.parse(code).get_display_name(in_locale) or code
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
    """How the reader wants Uzbek: 'latn' (as written) or 'cyrl' (the interface in Cyrillic and the
    content transliterated). Read from the request when asked before the request hook ran."""
    script = g.get("uz_script")
    if script is None and request:
        asked = request.args.get("script")
        script = asked if asked in SCRIPTS else request.cookies.get(SCRIPT_COOKIE)
    return script if script in SCRIPTS else "latn"


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
    """Template helper: the text in the best language. Text from a fallback language keeps its lang
    attribute and gets a small language tag; the page says once how many items are shown in
    another language (`fallback_note`), so items carry no notes or links of their own."""
    value, used = translated(obj, field, org)
    if used is None:
        return Markup("")
    shown, lang = _for_reader(value, used)
    page = current_locale()
    if used == page:
        return escape(shown) if lang == used else Markup('<span lang="{0}">{1}</span>').format(lang, shown)
    _count_fallback(obj, used, page)
    return Markup('<span lang="{0}">{1}</span> {2}').format(lang, shown, _fallback_tag(used))


def rendered_markdown(obj, field: str, org=None) -> Markup:
    """A translatable Markdown field: rendered, sanitised, marked with its language."""
    from app.richtext import render_markdown

    value, used = translated(obj, field, org)
    if used is None:
        return Markup("")
    shown, lang = _for_reader(value, used)
    html = Markup('<div lang="{0}" class="markdown">{1}</div>').format(lang, render_markdown(shown))
    page = current_locale()
    if used != page:
        _count_fallback(obj, used, page)
        html = Markup('<p class="mb-1">{0}</p>').format(_fallback_tag(used)) + html
    return html


def _fallback_tag(used: str) -> Markup:
    """The language a fallback item is shown in: its code for the eye, its name for screen readers."""
    return Markup('<small class="fallback-tag" title="{0}"><span aria-hidden="true">{1}</span>'
                  '<span class="visually-hidden">({0})</span></small>').format(
        gettext("shown in %(language)s", language=language_name(used)), used.upper())


def _key(obj) -> tuple:
    return type(obj).__name__, getattr(obj, "id", None) or id(obj)


def _count_fallback(obj, used: str, page: str) -> None:
    """Remember each item shown in another language once, and whether the reader may translate it."""
    from app import policy

    seen = g.setdefault("fallbacks", {})
    key = _key(obj)
    if key in seen:
        return
    seen[key] = used
    space = policy.translation_space(current_user, obj, page)
    if space is not None:
        g.setdefault("translatable", {})[key] = url_for(
            "translations.edit", org_slug=space.slug, kind=policy.kind_of(obj), obj_id=obj.id, target=page)
        g.translation_space_slug = space.slug


def fallback_note(main=None) -> Markup:
    """One note a page: how many items are shown in another language, and for those who may
    translate them, a link to the page's own item (`main`, what a detail page is about), to the
    one item, or to their translation queue."""
    from flask_babel import ngettext

    seen = g.get("fallbacks") or {}
    if not seen:
        return Markup("")
    languages = sorted(set(seen.values()))
    count = len(seen)
    if len(languages) == 1:
        note = ngettext("%(num)d item on this page is shown in %(language)s.",
                        "%(num)d items on this page are shown in %(language)s.", count,
                        language=language_name(languages[0]))
    else:
        note = ngettext("%(num)d item on this page is shown in another language.",
                        "%(num)d items on this page are shown in other languages.", count)
    links = g.get("translatable") or {}
    link = Markup("")
    if main is not None and _key(main) in links:
        link = Markup(' <a href="{0}">{1}</a>').format(links[_key(main)], gettext("Translate this page"))
    elif len(links) == 1:
        link = Markup(' <a href="{0}">{1}</a>').format(next(iter(links.values())), gettext("Translate it"))
    elif links:
        url = url_for("translations.dashboard", org_slug=g.translation_space_slug)
        link = Markup(' <a href="{0}">{1}</a>').format(url, gettext("See what you can translate"))
    return Markup('<p class="fallback-note small text-muted">{0}{1}</p>').format(note, link)


def country_name(code: str) -> str:
    try:
        return Locale.parse(current_locale()).territories.get(code.upper(), code)
    except (ValueError, TypeError, AttributeError):
        return code
