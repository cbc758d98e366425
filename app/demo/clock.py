"""Demo dates: every date is an offset from the day the demo is seeded, so the demo never goes stale."""
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone


@dataclass(frozen=True)
class Clock:
    today: date

    @classmethod
    def now(cls) -> "Clock":
        return cls(date.today())

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, offset: int, hour: int = 9, minute: int = 0) -> datetime:
        """A moment `offset` days from today at this local hour, in UTC (today is the local date, so a
        moment on an earlier day is in the past wherever the machine is)."""
        return datetime.combine(self.day(offset), time(hour, minute)).astimezone(timezone.utc)

    @property
    def year(self) -> int:
        return self.today.year

    def next_month(self) -> date:
        """The first day of next month."""
        return (self.today.replace(day=1) + timedelta(days=32)).replace(day=1)
