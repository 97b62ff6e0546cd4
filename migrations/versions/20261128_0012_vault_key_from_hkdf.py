"""Mailbox secrets re-encrypted under the vault key derived with HKDF (it was a bare SHA-256 of the secret).

Mailbox passwords and OAuth refresh and access tokens are decrypted with the old key and encrypted again with
the new one (Fernet's MultiFernet.rotate; a value already under the new key is rotated again, harmlessly).
Both derivations are written out here, frozen: a later change of followup.secrets must not change this step.

The secret comes from the app (Database.vault_secret, set by create_app: `followup init`); run any other way
(alembic on the command line, a bare Database), it is found as the app finds it: the variable that [web]
secret_key_env names, else the key file in [app] data_dir. When no mailbox holds a secret, none is needed.
When the secret opens none of the stored values, it is not the app's secret: the upgrade stops with one line
and changes nothing. A single value that opens under neither key (it did not open before either) is left as it is.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28 04:00:00
"""
import base64
import hashlib

import sqlalchemy as sa
from alembic import context, op
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

ENCRYPTED = ("password_encrypted", "oauth_refresh_encrypted", "oauth_access_encrypted")
HKDF_SALT = b"followup secrets at rest"
HKDF_INFO = b"followup vault: mailbox passwords and OAuth tokens (Fernet key)"


def sha256_key(secret: str) -> bytes:
    """The Fernet key before this revision."""
    return base64.urlsafe_b64encode(hashlib.sha256(secret.encode()).digest())


def hkdf_key(secret: str) -> bytes:
    """The Fernet key from this revision on (followup.secrets.fernet_key as written at 0012)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=HKDF_SALT, info=HKDF_INFO)
    return base64.urlsafe_b64encode(hkdf.derive(secret.encode()))


def _secret() -> str:
    """The vault's secret: handed over by `followup init`, else located as the app locates it."""
    secret = context.config.attributes.get("secret")
    if secret is not None:
        return secret()
    from followup.config import load_settings
    from followup.exceptions import ConfigError
    from followup.secrets import load_secret

    settings = load_settings()
    try:
        return load_secret(settings.secret(settings.web.secret_key_env), settings.data_path)
    except ConfigError as exc:
        raise ConfigError(f"revision 0012 re-encrypts the stored mailbox passwords: {exc}") from None


def _reencrypt(primary_key, secondary_key) -> None:
    """Encrypt every stored mailbox secret under primary_key, whichever of the two keys it was under."""
    mailbox = sa.table("mailbox", sa.column("id"), *(sa.column(name) for name in ENCRYPTED))
    bind = op.get_bind()
    rows = bind.execute(sa.select(mailbox).where(sa.or_(*(mailbox.c[name].isnot(None) for name in ENCRYPTED)))
                        .order_by(mailbox.c.id)).mappings().all()
    if not rows:
        return
    secret = _secret()
    rotator = MultiFernet([Fernet(primary_key(secret)), Fernet(secondary_key(secret))])
    updates, unreadable, readable = [], 0, 0
    for row in rows:
        values = {}
        for name in ENCRYPTED:
            if row[name]:
                try:
                    values[name] = rotator.rotate(row[name].encode()).decode()
                    readable += 1
                except InvalidToken:  # unreadable before this revision too: left for the app to report
                    unreadable += 1
        if values:
            updates.append((row["id"], values))
    if not readable:
        from followup.exceptions import ConfigError

        raise ConfigError(f"revision 0012: the secret key opens none of the {unreadable} stored mailbox secrets; "
                          "run it with the key the app uses (FOLLOWUP_SECRET_KEY or the key file in data_dir)")
    for mailbox_id, values in updates:
        bind.execute(mailbox.update().where(mailbox.c.id == mailbox_id).values(**values))


def upgrade() -> None:
    _reencrypt(hkdf_key, sha256_key)


def downgrade() -> None:
    _reencrypt(sha256_key, hkdf_key)
