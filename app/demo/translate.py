"""Demo texts in several languages, written through the translation service like people's work."""
from app.models.translation import REVIEWED
from app.services import translations


def add_translations(actor, obj, fields: dict[str, dict[str, str]], skip=(), drafts=()) -> None:
    """`fields` is field -> {locale: text}; the object's source language is already written. Every other
    language given is saved and marked reviewed, except those in `drafts` (left for a second person to
    review) and those in `skip` (left missing, for the translation workflow)."""
    locales = {locale for texts in fields.values() for locale in texts} - {obj.source_locale} - set(skip)
    for locale in sorted(locales):
        translations.apply(actor, obj, locale, {field: texts.get(locale, "") for field, texts in fields.items()})
        if locale not in drafts:
            obj.translation(locale).status = REVIEWED
