"""Background jobs as the database knows them: what any app process shows of a job's progress, and
what the platform admin sees of one that failed for good."""
from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db
from app.models.base import TimestampMixin

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


class BackgroundJob(TimestampMixin, db.Model):
    __tablename__ = "background_job"
    raises_version = False  # a job's progress is not what kept pages show (app/caching.py)

    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(200), unique=True)  # one job per result: asking twice queues once
    state: Mapped[str] = mapped_column(String(10), default=QUEUED, index=True)
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int | None] = mapped_column(BigInteger)  # of what it made (an offline pack's bytes)
