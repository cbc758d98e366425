"""Only the Bootstrap the pages use (issue 18): a phone on a slow link loads a few KB of CSS, not 230.

`flask build-css` (run by `make run`, `make test` and `make bench`) reads Bootstrap's CSS as
Bootstrap-Flask ships it and keeps each rule whose selector names only classes found somewhere in the
app's templates, Python code and scripts; rules naming no class (elements, `:root` and its variables)
and at-rules such as @keyframes are kept whole. A class built from a prefix (`alert-{{ category }}`,
`"text-" ~ tone`) keeps every class with that prefix. The result is a build output, written to
app/static/build/ and not committed; without it, base.html loads Bootstrap's full CSS.
"""
import re
from pathlib import Path

import tinycss2

APP = Path(__file__).resolve().parent
OUTPUT = APP / "static" / "build" / "bootstrap.css"
SOURCES = ("templates/**/*.html", "**/*.py", "static/*.js")
WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*-?")
CLASS = re.compile(r"\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)")
NOT = re.compile(r":not\([^()]*\)")  # a class a selector excludes need not be used for it to apply


def bootstrap_css() -> Path:
    import flask_bootstrap

    return Path(flask_bootstrap.__file__).resolve().parent / "static" / "bootstrap5" / "css" / "bootstrap.min.css"


def used_words(root: Path = APP) -> tuple[set[str], tuple[str, ...]]:
    """Every word that could be a class in the app's sources, and the prefixes classes are built from."""
    words, prefixes = set(), set()
    for pattern in SOURCES:
        for path in root.glob(pattern):
            if OUTPUT.parent in path.parents:
                continue
            for word in WORD.findall(path.read_text(encoding="utf-8", errors="ignore")):
                (prefixes if word.endswith("-") else words).add(word)
    return words, tuple(sorted(prefixes))


def classes_of(css: str) -> set[str]:
    """The class names a stylesheet's selectors mention."""
    found = set()
    for rule in _qualified_rules(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)):
        found.update(CLASS.findall(tinycss2.serialize(rule.prelude)))
    return found


def subset(css: str, words: set[str], prefixes: tuple[str, ...]) -> str:
    def used(selector: str) -> bool:
        return all(name in words or name.startswith(prefixes) for name in CLASS.findall(NOT.sub("", selector)))

    return _kept(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True), used)


def build() -> tuple[int, int]:
    """Write the subset; returns (bytes of Bootstrap's CSS, bytes kept)."""
    css = bootstrap_css().read_text(encoding="utf-8")
    kept = subset(css, *used_words())
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUTPUT.with_suffix(".part")
    tmp.write_text(kept, encoding="utf-8")
    tmp.replace(OUTPUT)
    return len(css.encode()), len(kept.encode())


def _kept(rules, used) -> str:
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [s for s in _split(tinycss2.serialize(rule.prelude)) if used(s)]
            if selectors:
                out.append(",".join(selectors) + "{" + tinycss2.serialize(rule.content) + "}")
        elif rule.type == "at-rule" and rule.content is not None and \
                rule.lower_at_keyword in ("media", "supports", "container", "layer"):
            inner = _kept(tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True),
                          used)
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
        elif rule.type == "at-rule":  # @keyframes, @font-face, @charset…: kept as they are
            out.append(rule.serialize())
    return "".join(out)


def _qualified_rules(rules):
    for rule in rules:
        if rule.type == "qualified-rule":
            yield rule
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword != "keyframes":
            yield from _qualified_rules(tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True,
                                                                       skip_comments=True))


def _split(prelude: str) -> list[str]:
    """A selector list split at its top-level commas (not those inside :is(…) or :not(…))."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:i].strip())
            start = i + 1
    parts.append(prelude[start:].strip())
    return [p for p in parts if p]


if __name__ == "__main__":  # make css
    full, kept = build()
    print(f"{OUTPUT.relative_to(APP.parent)}: {kept // 1024} KB of Bootstrap's {full // 1024} KB")
