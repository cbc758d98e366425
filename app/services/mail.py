"""E-mail in the recipient's language."""
import logging
from concurrent.futures import ThreadPoolExecutor

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


def send_later(to: str, template: str, locale: str, **context) -> None:
    """Send after the request has answered (MAIL_BACKGROUND): the answer takes the same time whether
    a mail goes out or not, and a slow mail server never holds a page. Tests send at once."""
    app = current_app._get_current_object()
    if not app.config.get("MAIL_BACKGROUND"):
        send(to, template, locale, **context)
        return

    def job():
        with app.test_request_context(base_url=app.config["BASE_URL"]):
            try:
                send(to, template, locale, **context)
            except Exception:  # the person asks again; nothing else depends on this mail
                log.exception("mail %s to %s not sent", template, to)

    _pool.submit(job)
