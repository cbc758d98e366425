"""flask seed-demo, flask create-user, flask translate ..."""
import subprocess
import sys
from pathlib import Path

import click
from flask import current_app
from sqlalchemy import select

from app.extensions import db

ROOT = Path(__file__).resolve().parent.parent


def register(app) -> None:
    @app.cli.command("seed-demo")
    @click.option("--scale", type=click.IntRange(min=1), default=None, metavar="N",
                  help="Also add N times the demo's volume (for load tests); a positive whole number.")
    def seed_demo(scale):
        """Create the demo organizations, accounts and their work (idempotent; never in production).

        Every date is relative to today. With --scale N, batches 1..N of extra data are added once each.
        """
        from app import demo
        from app.demo import scale as demo_scale
        from app.services.accounts import hash_password

        if current_app.config.get("ENV_NAME") == "production":
            raise click.UsageError("seed-demo refuses to run under the production configuration; "
                                   "nothing was written.")
        password_hash = hash_password(current_app.config["DEMO_PASSWORD"])
        demo.seed(password_hash)
        click.echo("Demo data ready. Every demo account's password: " + current_app.config["DEMO_PASSWORD"])
        if scale:
            added = demo_scale.seed(scale, password_hash)
            click.echo(f"Load data: {added} new batch(es); batches 1 to {scale} are there.")

    @app.cli.command("create-token")
    @click.option("--email", required=True, help="Whose token: it acts with this person's rights.")
    @click.option("--scope", type=click.Choice(["read", "write"]), default="read", show_default=True)
    @click.option("--days", type=click.IntRange(1, 366), default=90, show_default=True)
    @click.option("--name", default="Command line", show_default=True)
    def create_token(email, scope, days, name):
        """Make a personal access token for the JSON API and print it (it is stored only as a hash)."""
        from app.services import ServiceError, api_tokens
        from app.services.accounts import find_user

        user = find_user(email)
        if user is None or not user.is_active:
            raise click.ClickException(f"{email} has no active account.")
        try:
            _token, raw = api_tokens.create(user, name=name, scope=scope, days=days, via="cli")
        except ServiceError as error:
            raise click.ClickException(str(error.message))
        click.echo(raw)

    @app.cli.command("create-user")
    @click.option("--email", required=True)
    @click.option("--name", "full_name", default="")
    @click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
    @click.option("--org", "org_slug", help="Slug of the organization to join.")
    @click.option("--role", default="admin", show_default=True)
    @click.option("--platform-admin", is_flag=True)
    @click.option("--locale", default="ru", show_default=True)
    def create_user(email, full_name, password, org_slug, role, platform_admin, locale):
        """Create a real account from the command line."""
        from app.forms import PASSWORD_MIN
        from app.models import Membership, Organization, User
        from app.policy import roles_for
        from app.services import audit
        from app.services.accounts import find_user, hash_password, normalize_email

        if len(password) < PASSWORD_MIN:
            raise click.ClickException(f"The password needs at least {PASSWORD_MIN} characters.")
        if find_user(email):
            raise click.ClickException(f"{email} already has an account.")
        org = None
        if org_slug:
            org = db.session.scalar(select(Organization).where(Organization.slug == org_slug))
            if org is None:
                raise click.ClickException(f"No organization {org_slug!r}.")
            if role not in roles_for(org):
                raise click.ClickException(f"Role must be one of {', '.join(roles_for(org))}.")
        elif not platform_admin:
            raise click.ClickException("Give --org (and --role) or --platform-admin: a user needs one to log in.")
        user = User(email=normalize_email(email), full_name=full_name, password_hash=hash_password(password),
                    preferred_locale=locale, is_platform_admin=platform_admin)
        db.session.add(user)
        if org is not None:
            membership = Membership(user=user, organization=org, role=role)
            db.session.add(membership)
            db.session.flush()
            audit.record(None, "member.added", membership, org, email=user.email, role=role, via="cli")
        db.session.commit()
        click.echo(f"Created {user.email}.")

    @app.cli.group()
    def notifications():
        """Deliver notification e-mail, create reminders, send digests (run them from cron)."""

    @notifications.command("send")
    def notifications_send():
        """Send pending notification e-mail; failures are retried later with back-off."""
        from app.services import outbox

        sent, failed = outbox.send_pending()
        click.echo(f"Sent {sent}, failed {failed} (to be retried).")

    @notifications.command("remind")
    def notifications_remind():
        """Create due-soon, overdue and escalation reminders (safe to run every hour)."""
        from app.services import reminders

        click.echo(f"Added {reminders.remind()} reminders.")

    @notifications.command("digest")
    def notifications_digest():
        """Send each person the day's digest of notifications they chose to get that way."""
        from app.services import outbox

        click.echo(f"Sent {outbox.send_digests()} digests.")

    @app.cli.group()
    def queue():
        """Background work (app/queue.py)."""

    @queue.command("worker")
    @click.option("--workers", default=2, show_default=True, help="jobs run at once (threads)")
    def queue_worker(workers):
        """Run the queue's consumer: builds offline packs and whatever else is queued."""
        from app.queue import run_worker

        run_worker(workers)

    @app.cli.group()
    def volunteers():
        """Volunteer applications from the public form."""

    @volunteers.command("purge")
    def volunteers_purge():
        """Delete declined applications 30 days after the decision, and unconfirmed ones whose link
        expired (run it daily from cron)."""
        from app.services import volunteers as service

        click.echo(f"Deleted {service.purge()} applications.")

    @app.cli.group()
    def translate():
        """Extract, update and compile the interface catalogs."""

    def run(*args):
        subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)

    @translate.command()
    def update():
        """Extract the strings and merge them into every catalog."""
        run("extract", "-F", "babel.cfg", "-k", "_l", "-k", "lazy_pgettext:1c,2", "--no-location", "--sort-output",
            "-o", "translations/messages.pot", ".")
        run("update", "-i", "translations/messages.pot", "-d", "translations", "--no-fuzzy-matching")

    @translate.command()
    def compile():
        """Compile the catalogs to .mo files."""
        run("compile", "-d", "translations")

    @translate.command()
    @click.argument("locale")
    def init(locale):
        """Start a catalog for a new language."""
        run("init", "-i", "translations/messages.pot", "-d", "translations", "-l", locale)
