"""The interface catalogs (seven languages and Uzbek in Cyrillic): complete, not fuzzy, same placeholders,
in the right script, up to date."""
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ("ru", "tk", "kk", "ky", "uz", "tg", "en")
CATALOGS = LOCALES + ("uz_Cyrl",)
# What an Uzbek Cyrillic string may still write in Latin letters: names, codes, addresses.
LATIN_NAMES = re.compile(r"https?://\S*|[\w.+-]+@[\w.-]+|\b(?:Hamkor|IFRC|ICRC|UNICEF|PDF|PNG|JPE?G|SVG|WebP|DOCX|PPTX|"
                         r"XLSX|CSV|ZIP|MP4|QR|URL|SMS|IP|iCal(?:endar)?|Markdown|Telegram|KG|kyrgyzstan|"
                         # the JSON API's technical names (headers, formats, fields) stay as they are
                         r"OpenAPI|API|JSON|ETag|RFC|ISO|YYYY-MM-DD|Accept-Language|If-None-Match|Retry-After|"
                         r"Authorization|Bearer|Content-Type|application/json|Power BI|organization_id|next_cursor|"
                         r"errors|true|false)\b")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")
# Strings that are the same in every language (names, codes).
SAME_EVERYWHERE = {"Hamkor"}


def _catalog(locale):
    path = ROOT / "translations" / locale / "LC_MESSAGES" / "messages.po"
    assert path.exists(), f"no catalog for {locale}"
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def _messages(catalog):
    return [m for m in catalog if m.id]  # obsolete entries are kept apart, in catalog.obsolete


def _strings(message):
    return list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]


def _ids(message):
    return list(message.id) if isinstance(message.id, (list, tuple)) else [message.id]


@pytest.fixture(scope="module")
def pot(tmp_path_factory):
    out = tmp_path_factory.mktemp("pot") / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "_l",
                    "--no-location", "-o", str(out), "."], cwd=ROOT, check=True, capture_output=True)
    with out.open("rb") as f:
        return read_po(f)


@pytest.mark.parametrize("locale", CATALOGS)
def test_catalog_is_complete_and_not_fuzzy(locale):
    catalog = _catalog(locale)
    untranslated = [m.id for m in _messages(catalog) if not all(_strings(m))]
    fuzzy = [m.id for m in _messages(catalog) if m.fuzzy]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("locale", CATALOGS)
def test_catalog_keeps_the_placeholders(locale):
    broken = []
    for m in _messages(_catalog(locale)):
        wanted = sorted(set(PLACEHOLDER.findall(_ids(m)[-1])) | set(PLACEHOLDER.findall(_ids(m)[0])))
        for s in _strings(m):
            if sorted(set(PLACEHOLDER.findall(s))) != wanted and not (
                    len(_ids(m)) > 1 and set(PLACEHOLDER.findall(s)) <= set(wanted)):
                broken.append((m.id, s))
    assert broken == []


@pytest.mark.parametrize("locale", [c for c in CATALOGS if c != "en"])
def test_catalog_is_translated_not_copied(locale):
    copies = [m.id for m in _messages(_catalog(locale))
              if _ids(m)[0] not in SAME_EVERYWHERE and LATIN.search(_ids(m)[0]) and _strings(m)[0] == _ids(m)[0]]
    assert copies == []


@pytest.mark.parametrize("locale,script", [("uz", "latin"), ("tk", "latin"), ("kk", "cyrillic"),
                                           ("ky", "cyrillic"), ("tg", "cyrillic"), ("ru", "cyrillic")])
def test_catalog_is_in_the_right_script(locale, script):
    wrong = []
    for m in _messages(_catalog(locale)):
        text = PLACEHOLDER.sub("", " ".join(_strings(m))).replace("Hamkor", "").replace("IFRC", "")
        text = re.sub(r"\bE-?mail\b|\bKG\b", "", text)
        if script == "latin" and CYRILLIC.search(text):
            wrong.append(m.id)
        if script == "cyrillic" and LATIN.search(text) and not CYRILLIC.search(text):
            wrong.append(m.id)
    assert wrong == []


@pytest.mark.parametrize("locale", CATALOGS)
def test_catalog_holds_every_string_of_the_code(locale, pot):
    have = {m.id if isinstance(m.id, str) else m.id[0] for m in _messages(_catalog(locale))}
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in pot if m.id}
    assert sorted(wanted - have) == []


def test_uzbek_cyrillic_catalog_has_no_latin_letters_but_names_and_codes():
    latin = [(m.id, s) for m in _messages(_catalog("uz_Cyrl")) for s in _strings(m)
             if LATIN.search(LATIN_NAMES.sub("", PLACEHOLDER.sub("", s)))]
    assert latin == []


def test_uzbek_cyrillic_catalog_is_not_the_latin_one_transliterated_blindly():
    """Russian loanwords keep their Russian spelling in Uzbek Cyrillic (ц, ь), which a letter-by-letter
    transliteration of the Latin catalog gets wrong."""
    cyrillic = " ".join(s for m in _messages(_catalog("uz_Cyrl")) for s in _strings(m))
    assert "Профиль" in cyrillic or "профиль" in cyrillic
    assert not re.search(r"тсия|Профил\b|профил\b", cyrillic)


def test_interface_switches_to_uzbek_cyrillic_with_the_script(client):
    catalog = _catalog("uz_Cyrl")
    page = client.get("/uz/auth/login?script=cyrl").get_data(as_text=True)
    assert '<html lang="uz-Cyrl">' in page
    assert catalog.get("Log in").string in page and catalog.get("Forgot your password?").string in page
    assert _catalog("uz").get("Forgot your password?").string not in page
    # The choice is kept: the next page comes in Cyrillic without asking again.
    page = client.get("/uz/auth/login").get_data(as_text=True)
    assert catalog.get("Forgot your password?").string in page
    page = client.get("/uz/auth/login?script=latn").get_data(as_text=True)
    assert '<html lang="uz">' in page and _catalog("uz").get("Forgot your password?").string in page


@pytest.mark.parametrize("locale", LOCALES)
def test_page_shows_the_translation(client, locale):
    catalog = _catalog(locale)
    log_in = catalog.get("Log in").string
    forgot = catalog.get("Forgot your password?").string
    page = client.get(f"/{locale}/auth/login").get_data(as_text=True)
    assert f'<html lang="{locale}">' in page
    assert log_in in page and forgot in page
    if locale != "en":
        assert "Forgot your password?" not in page


def test_wtforms_messages_are_translated(client):
    page = client.post_form("/ky/auth/reset", {"email": "not an address"}).get_data(as_text=True)
    assert _catalog("ky").get("Invalid email address.").string in page
    assert "Invalid email address." not in page


def test_translate_commands_exist(app):
    result = app.test_cli_runner().invoke(args=["translate", "--help"])
    assert result.exit_code == 0
    for command in ("update", "compile", "init"):
        assert command in result.output
