"""Every exception followup raises on purpose, each with when it is raised.

The CLI maps ``BadInput`` subclasses to exit 2 and ``RuntimeFailure`` subclasses to exit 1,
printing ``str(exc)`` as the one-line message.
"""


class FollowupError(Exception):
    """Base of every error followup raises on purpose; never raised itself."""


class BadInput(FollowupError):
    """Raised when the user gave something unusable (argument, file, value); the CLI exits 2."""


class RuntimeFailure(FollowupError):
    """Raised when a well-formed request fails while running (server down, ...); the CLI exits 1."""


class ConfigError(BadInput):
    """Raised when the config file is missing, unreadable, not TOML, or has an unknown key or bad value."""


class NotFound(BadInput):
    """Raised when a named user, mailbox, customer or draft does not exist."""


class NotAvailable(RuntimeFailure):
    """Raised by a command whose capability has not landed yet; it says so instead of pretending."""


class ParseError(FollowupError):
    """Raised when a raw message cannot be turned into a ParsedMessage; the message is quarantined."""


class MailboxError(RuntimeFailure):
    """Raised when an IMAP or SMTP server cannot be reached, refuses the login, or fails mid-session."""


class InvalidTransition(BadInput):
    """Raised when a draft is asked to move to a state its current state does not allow (e.g. approve a stale draft)."""


class NothingToDraft(FollowupError):
    """Raised by compose_state() when nothing is open in a conversation; drafts generate skips that customer."""


class SendFailed(RuntimeFailure):
    """Raised by followup.mail.smtp when one message is not accepted; kind is "temporary", "permanent" or "unknown"."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class DraftBackendError(RuntimeFailure):
    """Raised by the language model backend when its server fails or answers unusably; the extractive draft is kept."""


class OAuthFailed(RuntimeFailure):
    """Raised when an OAuth 2.0 sign-in or token request fails (provider unreachable, sign-in refused or timed out)."""


class ReconnectNeeded(MailboxError):
    """Raised when a mailbox's OAuth grant was revoked or has expired: it waits, marked, until a rep reconnects it."""


class UnsafeMessage(FollowupError):
    """Raised by followup.outbound.headers when a follow-up cannot be written safely (a bad address, a header injection)."""


class SyncDoubt(FollowupError):
    """Raised inside followup.inbound.unchanged when it cannot tell a sync would find nothing; never leaves it (the
    full sync runs instead)."""
