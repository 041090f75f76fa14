"""People's signing keys: Ed25519 (the `cryptography` package), one per person, made at their
first write and kept in the app's data folder (`keys/`, the files 0600).

A person is the profile's name and role ("Name, role", as audit entries name them). The private
half is encrypted with a passphrase only when the person sets one (`casefiles key protect`):
by default the key is protected by the computer account alone, as the profile is. An encrypted
case file's passphrase never serves: the mission's staff share it, and a signature must say
which one of them wrote. A protected key is unlocked with CASEFILES_KEY_PASSPHRASE (the command
line) or in the window, which asks for it.

What is signed is always a hash, prefixed with what it is the hash of, so that a signature
over an audit entry can never be passed off as one over a bundle's manifest.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from casefiles import settings
from casefiles.errors import CaseFileError
from casefiles.language.phrase import phrase
from casefiles.storage.file_reading import NotAFile, open_regular

KEY_PASSPHRASE_ENV = "CASEFILES_KEY_PASSPHRASE"
ENTRY = b"casefiles audit entry\n"
MANIFEST = b"casefiles bundle manifest\n"
_MAX_PUBLIC_FILE = 10_000
# In a session's info: what gives the signer of its audit entries (CaseFile.transaction).
SIGNER_KEY = "audit_signer"


class KeyLocked(CaseFileError):
    """The person's key has a passphrase and none (or a wrong one) was given."""


class BadPublicKey(CaseFileError):
    pass


@dataclass(frozen=True, slots=True)
class PublicKey:
    raw: bytes  # the 32 bytes of an Ed25519 public key

    @classmethod
    def from_hex(cls, value: str) -> PublicKey:
        raw = bytes.fromhex(value)
        Ed25519PublicKey.from_public_bytes(raw)  # raises ValueError if it is not a key
        return cls(raw)

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def key_id(self) -> str:
        """What an audit entry names its signer's key by."""
        return self.fingerprint[:16]

    @property
    def spoken(self) -> str:
        return spoken(self.fingerprint)

    def verifies(self, signature: str, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(bytes.fromhex(signature), message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def pem(self) -> bytes:
        return Ed25519PublicKey.from_public_bytes(self.raw).public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    role: str
    private: Ed25519PrivateKey

    @property
    def person(self) -> str:
        """How audit entries name the person: "Name, role"."""
        return person_label(self.name, self.role)

    @property
    def public(self) -> PublicKey:
        return PublicKey(
            self.private.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
        )

    def sign(self, context: bytes, digest: str) -> str:
        return self.private.sign(context + digest.encode("ascii")).hex()


def spoken(fingerprint: str) -> str:
    """A key's fingerprint to compare over a phone line: 40 digits in groups of four."""
    digits = fingerprint[:40].upper()
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def person_label(name: str, role: str) -> str:
    return f"{name}, {role}" if role else name


def ephemeral(name: str, role: str = "") -> Signer:
    """A key kept nowhere: the demo's people sign with one, then it is gone."""
    return Signer(name, role, Ed25519PrivateKey.generate())


def key_path(name: str, role: str) -> Path:
    label = hashlib.sha256(person_label(name, role).encode("utf-8")).hexdigest()[:16]
    return settings.data_dir() / "keys" / f"{label}.pem"


def has_key(name: str, role: str) -> bool:
    return key_path(name, role).is_file()


def is_protected(name: str, role: str) -> bool:
    try:
        return b"ENCRYPTED" in key_path(name, role).read_bytes()[:64]
    except OSError:
        return False


def load(name: str, role: str, passphrase: str | None = None) -> Signer:
    """The person's key, made and saved when they have none yet. A protected key needs its
    passphrase: `passphrase`, else CASEFILES_KEY_PASSPHRASE."""
    path = key_path(name, role)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        signer = ephemeral(name, role)
        try:
            _write_private(path, signer.private, None)
        except FileExistsError:  # made meanwhile, by another window or thread: that one
            return load(name, role, passphrase)
        return signer
    except OSError as error:
        raise CaseFileError(phrase("key.unreadable", error=error.strerror)) from None
    secret = passphrase or os.environ.get(KEY_PASSPHRASE_ENV) or None
    try:
        private = serialization.load_pem_private_key(
            data, None if secret is None else secret.encode("utf-8")
        )
    except TypeError:
        raise KeyLocked(
            phrase("key.protected", person=person_label(name, role), variable=KEY_PASSPHRASE_ENV)
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        if secret is not None and b"ENCRYPTED" in data[:64]:
            raise KeyLocked(phrase("key.wrong_passphrase")) from None
        raise CaseFileError(phrase("key.damaged", path=str(path))) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise CaseFileError(phrase("key.not_a_key", path=str(path)))
    return Signer(name, role, private)


def protect(name: str, role: str, old: str | None, new: str | None) -> None:
    """Set, change (or with `new` None, remove) the passphrase on the person's key."""
    signer = load(name, role, old)
    _write_private(key_path(name, role), signer.private, new, replace=True)


def _write_private(
    path: Path, private: Ed25519PrivateKey, passphrase: str | None, *, replace: bool = False
) -> None:
    """0600 from the moment it exists (never readable by others, not even briefly)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    encryption: serialization.KeySerializationEncryption = (
        serialization.NoEncryption()
        if passphrase is None
        else serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    )
    data = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}-{secrets.token_hex(4)}")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(partial, path)
        else:
            os.link(partial, path)  # never over a key made meanwhile
    finally:
        partial.unlink(missing_ok=True)


def read_public(path: Path) -> PublicKey:
    """A public key file (`casefiles key export`), or one line saying why it is not one."""
    try:
        with open_regular(path) as handle:
            data = handle.read(_MAX_PUBLIC_FILE + 1)
    except NotAFile as error:
        raise BadPublicKey(
            phrase("public_key.not_a_file", path=str(path), kind=error.kind_phrase)
        ) from None
    except FileNotFoundError:
        raise BadPublicKey(phrase("public_key.missing", path=str(path))) from None
    except OSError as error:
        raise BadPublicKey(
            phrase("public_key.unreadable", path=str(path), error=error.strerror)
        ) from None
    try:
        if len(data) > _MAX_PUBLIC_FILE:
            raise ValueError
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        raise BadPublicKey(phrase("public_key.foreign", name=path.name)) from None
    if not isinstance(key, Ed25519PublicKey):
        raise BadPublicKey(phrase("public_key.not_ed25519", name=path.name))
    return PublicKey(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
