"""Local time of an organization: meetings are entered and shown in the organizer's time zone."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

ZONES = {"KZ": "Asia/Almaty", "KG": "Asia/Bishkek", "TJ": "Asia/Dushanbe", "TM": "Asia/Ashgabat",
         "UZ": "Asia/Tashkent"}
REGIONAL_ZONE = "Asia/Almaty"  # the IFRC Central Asia office


def zone_of(org) -> ZoneInfo:
    return ZoneInfo(ZONES.get(org.country_code or "", REGIONAL_ZONE))


def to_utc(local: datetime, org) -> datetime:
    return local.replace(tzinfo=zone_of(org)).astimezone(timezone.utc)


def local(value: datetime, org) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(zone_of(org))
