"""Optimistic locking for edits: a form carries the version it was opened at; a save on top of another
one is a conflict that changes nothing (the page shows what is saved now and keeps what was typed)."""
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm.exc import StaleDataError

from app.extensions import db
from app.services import ServiceError


class Conflict(ServiceError):
    def __init__(self, obj):
        super().__init__(_l("Someone else changed this while you were looking at it. Here it is as it is now; "
                            "what you typed is still in the form."))
        self.obj = obj


def check(obj, version: int | None) -> None:
    """The form was opened at `version`: anything else means someone saved in between."""
    if version is None or version != obj.version:
        raise Conflict(obj)


def commit(obj) -> None:
    """Commit, turning a save that lost the race (the row's version moved under us) into a Conflict."""
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        db.session.refresh(obj)
        raise Conflict(obj) from None
