"""Each society's own demo content — its description, this year's and last year's humanitarian-diplomacy
plan, partners, an internal meeting and internal tasks — written in its language, Russian and English.
One module per society, data only; dates are offsets in days from the day the demo is seeded."""
from importlib import import_module
from types import ModuleType


def society(slug: str) -> ModuleType:
    return import_module(f"app.demo.content.{slug}")
