"""Uzbek Latin -> Cyrillic transliteration for readers of the Cyrillic script (uz-Cyrl).

Deterministic and rule-based: oʻ/gʻ (with any of the apostrophe forms people type),
sh, ch, ng, yo/yu/ya/ye, word-initial e, the tutuq belgisi (ʼ) and capitals.
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
    text = _normalize(text)
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
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
