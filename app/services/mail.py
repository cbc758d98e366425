"""E-mail in the recipient's language."""
import logging

from flask import current_app, render_template
from flask_babel import force_locale
from flask_mail import Message

from app.extensions import mail

log = logging.getLogger("hamkor.mail")


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
