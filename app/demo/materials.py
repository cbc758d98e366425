"""Demo material: small files the seed makes itself, in several languages and every clearance state,
so that each society's volunteers find cleared material in their own language."""
import io
import zipfile

from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage

from app.demo import campaigns, organizations
from app.extensions import db
from app.models import Material
from app.policy import can
from app.services import materials, translations

COLOURS = {"ru": (200, 16, 46), "kk": (0, 114, 188), "ky": (230, 57, 70), "tg": (0, 122, 61),
           "uz": (0, 153, 181), "tk": (0, 132, 61), "en": (90, 90, 90)}

# (owner, campaign en title or None, kind, audience, state, {locale: title}, file kind, file locales)
MATERIALS = [
    ("ifrc-central-asia", "Safe winter", "poster", "public", "cleared",
     {"ru": "Плакат «Безопасная зима»", "en": "Safe winter poster", "kk": "«Қауіпсіз қыс» плакаты",
      "ky": "«Коопсуз кыш» плакаты", "tg": "Плакати «Зимистони бехатар»"}, "png", ("ru", "en", "ky", "tg", "kk")),
    ("kazakhstan", "Safe winter", "leaflet", "volunteers", "cleared",
     {"kk": "Қауіпсіз жылыту парақшасы", "ru": "Листовка о безопасном отоплении"}, "pdf", ("kk", "ru")),
    ("kyrgyzstan", "Safe winter", "guide", "volunteers", "submitted",
     {"ky": "Ыктыярчылар үчүн кышкы колдонмо", "ru": "Зимнее руководство для волонтёров"}, "pdf", ("ky",)),
    ("tajikistan", "Safe winter", "social_kit", "volunteers", "cleared",
     {"tg": "Маҷмӯаи мавод барои шабакаҳои иҷтимоӣ", "ru": "Набор для соцсетей"}, "zip", ("tg", "ru")),
    ("kyrgyzstan", "Safe winter", "leaflet", "volunteers", "draft",
     {"ky": "Улгайган кошуналар жөнүндө баракча"}, "png", ("ky",)),
    ("uzbekistan", "Heat wave: look after yourself", "leaflet", "volunteers", "cleared",
     {"uz": "Issiqda oʻzingizni asrang varaqasi", "ru": "Листовка «Берегите себя в жару»"}, "pdf", ("uz", "ru")),
    ("ifrc-central-asia", "Heat wave: look after yourself", "press_release", "participants", "draft",
     {"ru": "Пресс-релиз об итогах кампании", "en": "Press release on the campaign's results"}, "pdf", ("ru",)),
    ("kyrgyzstan", "Blood donation month", "poster", "public", "cleared",
     {"ky": "Кан тапшыруу айлыгынын плакаты", "ru": "Плакат месячника донорства"}, "png", ("ky", "ru")),
    ("turkmenistan", None, "guide", "volunteers", "cleared",
     {"tk": "Meýletinçiler üçin ilkinji kömek gollanmasy", "ru": "Памятка по первой помощи для волонтёров"},
     "pdf", ("tk", "ru")),
]


def _png(locale: str, size=(240, 340)) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, size[0], 90), fill=COLOURS.get(locale, (120, 120, 120)))
    draw.text((16, 30), f"Hamkor · {locale}", fill=(255, 255, 255))
    for y in range(120, size[1] - 20, 24):
        draw.line((16, y, size[0] - 16, y), fill=(210, 210, 210), width=6)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _pdf(locale: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.open(io.BytesIO(_png(locale, (420, 595)))).save(out, "PDF")
    return out.getvalue()


def _zip(locale: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as kit:
        kit.writestr(f"post-1-{locale}.png", _png(locale, (200, 200)))
        kit.writestr(f"captions-{locale}.txt", "#SafeWinter #RedCrescent\n")
    return out.getvalue()


def _file(kind: str, locale: str) -> FileStorage:
    data = {"png": _png, "pdf": _pdf, "zip": _zip}[kind](locale)
    return FileStorage(stream=io.BytesIO(data), filename=f"{kind}-{locale}.{kind}")


def seed(orgs: dict) -> None:
    if db.session.scalar(select(func.count()).select_from(Material)):
        return
    people = organizations.people()
    coordinator = people.get("coordinator@example.org")
    for owner, campaign_title, kind, audience, state, titles, file_kind, locales in MATERIALS:
        if owner not in orgs:
            continue
        campaign = None
        if campaign_title:
            campaign = campaigns.find(campaign_title)
            if campaign is None:
                continue
        author = coordinator if owner == "ifrc-central-asia" else people.get(f"staff.{owner}@example.org")
        admin = coordinator if owner == "ifrc-central-asia" else people.get(f"admin.{owner}@example.org")
        if author is None or not can(author, "material.create", (orgs[owner], campaign)):
            continue  # e.g. a society that did not join this campaign in this database
        source = next(iter(titles))
        material = materials.create(author, owner_org=orgs[owner], campaign=campaign, kind=kind, audience=audience,
                                    title=titles[source], description="", locale=source,
                                    upload=_file(file_kind, locales[0]), file_locale=locales[0])
        for locale in titles:
            if locale != source:
                translations.apply(author, material, locale, {"title": titles[locale], "description": ""})
        for locale in locales[1:]:
            materials.add_file(author, material, locale, _file(file_kind, locale))
        db.session.commit()
        if state in ("submitted", "cleared") and material.needs_clearance:
            materials.submit(author, material)
        if state == "cleared" and material.needs_clearance:
            materials.clear(admin, material, "owner")
            if material.needs_region and coordinator is not None:
                materials.clear(coordinator, material, "region")
