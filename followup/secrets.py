"""Secrets at rest: mailbox passwords encrypted with Fernet, keyed from the environment or a 0600 key file.

The Fernet key is derived from the secret with HKDF-SHA256 under a salt and info naming this use, so the same
secret keys Flask's session signing (followup.web) to something unrelated. Until revision 0012 the key was a
bare SHA-256 of the secret; that migration re-encrypted what was stored under it.
"""
import base64
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from followup.exceptions import ConfigError

KEY_FILE = "secret.key"
# Fixed, public inputs of the key derivation: they name the application and the purpose of the key.
VAULT_KDF_SALT = b"followup secrets at rest"
VAULT_KDF_INFO = b"followup vault: mailbox passwords and OAuth tokens (Fernet key)"
FERNET_KEY_BYTES = 32


def fernet_key(secret: str) -> bytes:
    """Derive the vault's Fernet key from an arbitrary secret string (HKDF-SHA256)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=FERNET_KEY_BYTES, salt=VAULT_KDF_SALT, info=VAULT_KDF_INFO)
    return base64.urlsafe_b64encode(hkdf.derive(secret.encode()))


def key_path(data_dir: Path) -> Path:
    """Where init keeps the generated key when no environment variable supplies one."""
    return Path(data_dir) / KEY_FILE


def ensure_key_file(data_dir: Path) -> Path:
    """Create the 0600 key file if it does not exist yet; return its path."""
    path = key_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(base64.urlsafe_b64encode(os.urandom(32)).decode())
    return path


def load_secret(env_value: str | None, data_dir: Path) -> str:
    """The secret from the environment, else from the key file, else ConfigError."""
    if env_value:
        return env_value
    path = key_path(data_dir)
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no secret key (set FOLLOWUP_SECRET_KEY or run 'followup init')") from None


class Vault:
    """Encrypts and decrypts short secrets such as IMAP and SMTP passwords."""

    def __init__(self, secret: str):
        self._fernet = Fernet(fernet_key(secret))

    def encrypt(self, plain: str) -> str:
        """Encrypt a secret for storage."""
        return self._fernet.encrypt(plain.encode()).decode()

    def decrypt(self, token: str) -> str:
        """Decrypt a stored secret, or raise ConfigError when the key has changed."""
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            raise ConfigError("a stored password cannot be decrypted: the secret key has changed") from None
