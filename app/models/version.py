"""The data's version: one counter that every write raises in its own transaction, so that what is
computed from the data can be cached under it and is never served after the data changed."""
from sqlalchemy import DDL, Integer, String, event
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db

DATA = "data"


class DataVersion(db.Model):
    __tablename__ = "data_version"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


# A database made without the migrations (db.create_all) gets its counter too.
event.listen(DataVersion.__table__, "after_create", DDL(f"INSERT INTO data_version (key, value) VALUES ('{DATA}', 0)"))
