"""A word-level diff of two texts, as HTML with <del> and <ins>."""
import difflib
import re

from markupsafe import Markup, escape

_TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str | None, new: str | None) -> Markup:
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(a[i1:i2])))
        if op in ("delete", "replace"):
            parts.append(Markup("<del>{0}</del>").format("".join(a[i1:i2])))
        if op in ("insert", "replace"):
            parts.append(Markup("<ins>{0}</ins>").format("".join(b[j1:j2])))
    return Markup("").join(parts)
