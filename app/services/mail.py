"""E-mail in the recipient's language."""
import logging
from concurrent.futures import Future, ThreadPoolExecutor

from flask import current_app, render_template
from flask_babel import force_locale
from flask_mail import Message

from app.extensions import mail

log = logging.getLogger("hamkor.mail")
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="hamkor-mail")


def send(to: str, template: str, locale: str, **context) -> Message:
    """Render mail/<template>.txt (first line is the subject) in `locale` and send it."""
    with force_locale(locale):
        body = render_template(f"mail/{template}.txt", locale=locale, **context)
    subject, _, text = body.partition("\n")
    msg = Message(subject=subject.strip(), recipients=[to], body=text.strip() + "\n")
    if current_app.config.get("MAIL_LOG"):
        log.warning("mail to %s: %s\n%s", to, msg.subject, msg.body)
    mail.send(msg)
    return msg


class _Ref:
    """A database object handed to the mail thread by class and id: that thread has its own session."""

    def __init__(self, obj):
        self.cls, self.id = type(obj), obj.id


def send_later(to: str, template: str, locale: str, **context) -> Future | None:
    """Send after the request has answered (MAIL_BACKGROUND): the answer takes the same time whether
    a mail goes out or not, and a slow mail server never holds a page. Database objects in `context`
    are loaded again in the mail thread. Tests send at once (None); otherwise the job's Future."""
    from app.extensions import db

    app = current_app._get_current_object()
    if not app.config.get("MAIL_BACKGROUND"):
        send(to, template, locale, **context)
        return None
    refs = {key: _Ref(value) if isinstance(value, db.Model) else value for key, value in context.items()}

    def job():
        with app.test_request_context(base_url=app.config["BASE_URL"]):
            try:
                loaded = {key: db.session.get(value.cls, value.id) if isinstance(value, _Ref) else value
                          for key, value in refs.items()}
                send(to, template, locale, **loaded)
            except Exception:  # the person asks again; nothing else depends on this mail
                log.exception("mail %s to %s not sent", template, to)

    return _pool.submit(job)
