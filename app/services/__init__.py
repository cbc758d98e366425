"""Domain operations. They take the acting user as an argument, own the transaction and write the audit event."""


class ServiceError(Exception):
    """A rule said no. The message is a lazy translated string, safe to show the user."""

    def __init__(self, message, field: str | None = None):
        super().__init__(str(message))
        self.message = message
        self.field = field
