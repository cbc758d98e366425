"""Uzbek Latin -> Cyrillic transliteration for readers of the Cyrillic script (uz-Cyrl).

Deterministic and rule-based: oʻ/gʻ (with any of the apostrophe forms people type),
sh, ch, ng, yo/yu/ya/ye, word-initial e, the tutuq belgisi (ʼ) and capitals.

The rules alone get Russian loanwords wrong, because Uzbek Cyrillic keeps their Russian spelling
(ц, ь, я/ю after consonants): "kommunikatsiya" is "коммуникация", not "коммуникатсия", and
"oktabr" is "октябрь". Those go through an exception list first: whole words, word stems
(before Uzbek suffixes), loanword endings, and names and codes kept in Latin (IFRC, UNICEF).
"""
import re

# Every way people write the turned comma of oʻ/gʻ, and the apostrophe (tutuq belgisi).
_TURNED = "ʻ‘`'ʼ’"
_APOSTROPHES = "ʼ’'`‘ʻ"

_DIGRAPHS = [
    ("oʻ", "ў"), ("gʻ", "ғ"), ("sh", "ш"), ("ch", "ч"),
    ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("ye", "е"),
]
_LETTERS = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "ҳ", "i": "и", "j": "ж",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с",
    "t": "т", "u": "у", "v": "в", "x": "х", "y": "й", "z": "з", "c": "ц", "w": "в",
}


# Names and codes that stay as written.
# ("hamkor" is the common noun "partner" in Uzbek text, so the portal's name is not among them.)
_KEEP = {"IFRC", "ICRC", "UNICEF", "UNHCR", "UNDP", "UNFPA", "WFP", "WHO", "OSCE", "USAID", "ECHO", "PDF", "PNG",
         "JPG", "JPEG", "SVG", "WebP", "DOCX", "PPTX", "XLSX", "CSV", "ZIP", "QR", "URL", "SMS", "ICS", "API",
         "IP", "iCal", "Markdown", "Telegram", "WhatsApp", "Facebook", "Instagram", "YouTube", "Excel",
         "iCalendar", "Google"}
# Web addresses, e-mail addresses and codes with digits (MP4) are copied as they are.
_VERBATIM = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Z]+[0-9]+[A-Z0-9]*\b")
# Whole loanwords (lower case) spelled the Russian way, with the soft sign where a word ends.
_WORDS = {
    "yanvar": "январь", "fevral": "февраль", "aprel": "апрель", "iyun": "июнь", "iyul": "июль",
    "sentabr": "сентябрь", "oktabr": "октябрь", "noyabr": "ноябрь", "dekabr": "декабрь",
    "model": "модель", "portal": "портал", "kompyuter": "компьютер", "sentr": "центр",
    "konsert": "концерт", "litsey": "лицей", "sement": "цемент", "fotoalbom": "фотоальбом",
    "albom": "альбом", "film": "фильм", "rol": "роль", "kalendar": "календарь", "fayl": "файл",
    "pochta": "почта", "telefon": "телефон", "oblast": "область", "parol": "пароль",
}
# Stems of the same words before Uzbek suffixes (oktabrda, kompyuterlar): no soft sign inside a word.
_STEMS = {
    "yanvar": "январ", "fevral": "феврал", "aprel": "апрел", "iyun": "июн", "iyul": "июл",
    "sentabr": "сентябр", "oktabr": "октябр", "noyabr": "ноябр", "dekabr": "декабр",
    "kompyuter": "компьютер", "konsert": "концерт", "litsey": "лицей", "sement": "цемент",
    "kalendar": "календар", "parol": "парол", "albom": "альбом", "film": "фильм",
    "sentr": "центр", "protsent": "процент", "yevro": "евро",
}
# Loanword endings and clusters: -tsiya/-tsion (ц), -nsiya and -ksiya (the Russian -нция, -кция).
_FRAGMENTS = (("tsiya", "ция"), ("tsion", "цион"), ("nsiya", "нция"), ("ksiya", "кция"), ("tsent", "цент"))
_HOLD, _RELEASE = "\x00", "\x01"
_WORD = re.compile(r"[A-Za-z]+(?:[ʻʼ'’‘`][A-Za-z]+)*")


def _cased(source: str, target: str) -> str:
    if source.isupper() and len(source) > 1:
        return target.upper()
    return target[:1].upper() + target[1:] if source[:1].isupper() else target


def _loanwords(text: str) -> str:
    """Rewrite the words the rules would get wrong into Cyrillic before the rules run; the rules pass
    Cyrillic through unchanged."""
    def word(match):
        latin = match.group(0)
        if latin in _KEEP:
            return _HOLD + latin + _RELEASE  # the rules copy what is held as it is
        low = latin.lower()
        if low in _WORDS:
            return _cased(latin, _WORDS[low])
        stem = next((st for st in sorted(_STEMS, key=len, reverse=True) if low.startswith(st) and len(low) > len(st)), None)
        if stem:
            latin = _cased(latin[:len(stem)], _STEMS[stem]) + latin[len(stem):]
        for lat, cyr in _FRAGMENTS:
            latin = re.sub(lat, lambda m, cyr=cyr: _cased(m.group(0), cyr), latin, flags=re.IGNORECASE)
        return latin
    held = _VERBATIM.sub(lambda m: _HOLD + m.group(0) + _RELEASE, text)
    parts = re.split(f"({_HOLD}[^{_RELEASE}]*{_RELEASE})", held)
    return "".join(part if part.startswith(_HOLD) else _WORD.sub(word, part) for part in parts)


def _normalize(text: str) -> str:
    # oʻ / gʻ typed with any apostrophe-like mark become one form.
    return re.sub(rf"([oOgG])[{_TURNED}]", lambda m: m.group(1) + "ʻ", text)


def _case(source: str, target: str) -> str:
    if source.isupper() and (len(source) > 1 or target.isalpha()):
        return target.upper()
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


def latin_to_cyrillic(text: str) -> str:
    if not text:
        return text
    text = _loanwords(_normalize(text))
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == _HOLD:
            end = text.index(_RELEASE, i)
            out.append(text[i + 1:end])
            i = end + 1
            continue
        low = ch.lower()
        at_word_start = i == 0 or not text[i - 1].isalpha() and text[i - 1] not in _APOSTROPHES
        # s'h, s’h: the apostrophe keeps s and h apart (Is'hoq -> Исҳоқ).
        if low == "s" and i + 2 < n and text[i + 1] in _APOSTROPHES and text[i + 2].lower() == "h":
            out.append(_case(ch, "с") + _case(text[i + 2], "ҳ"))
            i += 3
            continue
        pair = text[i:i + 2]
        match = next((cyr for lat, cyr in _DIGRAPHS if pair.lower() == lat), None)
        if match == "ё" and text[i + 2:i + 3] == "ʻ":
            match = None  # yoʻl: й + ў, not ё
        if match:
            upper_pair = pair.isupper() or (pair[0].isupper() and i + 2 < n and text[i + 2].isupper())
            out.append(match.upper() if upper_pair else _case(pair[0], match))
            i += 2
            continue
        if low == "e" and at_word_start:
            out.append(_case(ch, "э"))
        elif ch in _APOSTROPHES and i > 0 and text[i - 1].isalpha():
            out.append("ъ")
        elif low in _LETTERS:
            out.append(_case(ch, _LETTERS[low]))
        else:
            out.append(ch)
        i += 1
    return "".join(out)
