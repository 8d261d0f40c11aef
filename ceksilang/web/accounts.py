"""Accounts of a shared desk: users with a role, login sessions, and a record of every write.

Kept in three tables of the store's own SQLite file (``users``, ``sessions``, ``audit``), so
``ceksilang users add`` and a running ``ceksilang serve`` see the same accounts, and removing a
user ends their sessions at once.

* Passwords are hashed with Argon2id (argon2-cffi's defaults, RFC 9106's low-memory choice);
  a hash made with older parameters is replaced at the next successful login.
* A session is a random token in the browser's cookie; the table holds only its SHA-256, so a
  copy of the store does not let anyone log in.
* Roles are ordered: a viewer reads, an editor also writes (articles, verdicts, notes), an admin
  also manages users.

Takes a store path; gives ``Accounts`` (users, sessions, audit log) and ``Account``.
No FastAPI here: the command line manages users with this module alone.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

ROLES = ("viewer", "editor", "admin")
ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}
MIN_PASSWORD_LENGTH = 10
SESSION_SECONDS = 12 * 3600  # one working day; then log in again
# Argon2 (argon2-cffi's defaults) takes 64 MiB for each password checked: a burst of logins from many
# addresses would otherwise take 64 MiB per server thread at once
MAX_CONCURRENT_VERIFICATIONS = 2
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL DEFAULT 0
);
"""


class AccountError(ValueError):
    """A user cannot be added or changed; the message says why."""


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    role: str
    created_at: str = ""

    def can(self, role: str) -> bool:
        """True when this account's role is ``role`` or above it."""
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


# Loopback use has no login: everything is done as this account, and recorded under its name.
LOCAL = Account("local", "admin")


def _now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class Accounts:
    """Users, sessions and the audit log of the store at ``db_path`` (one connection per thread)."""

    def __init__(self, db_path: str | Path, hasher: PasswordHasher | None = None,
                 session_seconds: float = SESSION_SECONDS, clock: Any = time.time):
        self.db_path = Path(db_path)
        self.hasher = hasher or PasswordHasher()
        self.session_seconds = session_seconds
        self.clock = clock
        self._local = threading.local()
        self._verifying = threading.BoundedSemaphore(MAX_CONCURRENT_VERIFICATIONS)
        self._dummy: str | None = None
        self._conn().executescript(_SCHEMA)

    def _dummy_hash(self) -> str:
        """Verified against when the name is unknown, so a wrong name costs as long as a wrong
        password. Made at the first login, not at start: loopback use never needs it."""
        if self._dummy is None:
            self._dummy = self.hasher.hash(secrets.token_urlsafe(16))
        return self._dummy

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.db_path), timeout=30.0, isolation_level=None)
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    # ------------------------------------------------------------------ users

    def add(self, name: str, role: str, password: str) -> Account:
        if not _NAME.match(name or ""):
            raise AccountError(f"user name {name!r}: 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit")
        if role not in ROLE_RANK:
            raise AccountError(f"role {role!r}: choose from {', '.join(ROLES)}")
        if len(password or "") < MIN_PASSWORD_LENGTH:
            raise AccountError(f"password: at least {MIN_PASSWORD_LENGTH} characters")
        account = Account(name, role, _now_iso())
        try:
            self._conn().execute("INSERT INTO users(name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                                 (name, role, self.hasher.hash(password), account.created_at))
        except sqlite3.IntegrityError:
            raise AccountError(f"user {name!r} exists already (remove it first to change it)") from None
        return account

    def remove(self, name: str) -> bool:
        conn = self._conn()
        conn.execute("DELETE FROM sessions WHERE user = ?", (name,))
        return conn.execute("DELETE FROM users WHERE name = ?", (name,)).rowcount > 0

    def list(self) -> list[Account]:
        rows = self._conn().execute("SELECT name, role, created_at FROM users ORDER BY name").fetchall()
        return [Account(*row) for row in rows]

    def count(self) -> int:
        return self._conn().execute("SELECT count(*) FROM users").fetchone()[0]

    def verify(self, name: str, password: str) -> Account | None:
        """The account when ``password`` is its password, else ``None`` (slow on purpose: Argon2)."""
        row = self._conn().execute("SELECT role, password_hash, created_at FROM users WHERE name = ?",
                                   (name,)).fetchone()
        stored = row[1] if row else self._dummy_hash()
        try:
            with self._verifying:
                self.hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        if self.hasher.check_needs_rehash(stored):
            self._conn().execute("UPDATE users SET password_hash = ? WHERE name = ?", (self.hasher.hash(password), name))
        return Account(name, row[0], row[2])

    # ------------------------------------------------------------------ sessions

    def open_session(self, account: Account) -> str:
        token = secrets.token_urlsafe(32)
        now = self.clock()
        conn = self._conn()
        conn.execute("DELETE FROM sessions WHERE expires_at <= ?", (now,))
        conn.execute("INSERT INTO sessions(token_hash, user, created_at, expires_at) VALUES (?, ?, ?, ?)",
                      (_token_hash(token), account.name, _now_iso(), now + self.session_seconds))
        return token

    def session(self, token: str | None) -> Account | None:
        """The account logged in with ``token``, while the session lasts and the user exists."""
        if not token:
            return None
        row = self._conn().execute(
            "SELECT u.name, u.role, u.created_at FROM sessions s JOIN users u ON u.name = s.user"
            " WHERE s.token_hash = ? AND s.expires_at > ?", (_token_hash(token), self.clock())).fetchone()
        return Account(*row) if row else None

    def close_session(self, token: str | None) -> None:
        if token:
            self._conn().execute("DELETE FROM sessions WHERE token_hash = ?", (_token_hash(token),))

    # ------------------------------------------------------------------ audit

    def record(self, user: str, action: str, target: str = "", status: int = 0) -> None:
        """Note that ``user`` did ``action`` (e.g. ``POST /add``) on ``target``, with the answer's status."""
        self._conn().execute("INSERT INTO audit(at, user, action, target, status) VALUES (?, ?, ?, ?, ?)",
                             (_now_iso(), user, action, target[:1000], status))

    def log(self, limit: int = 100, user: str | None = None) -> list[dict[str, Any]]:
        """The latest writes, newest first."""
        sql = "SELECT at, user, action, target, status FROM audit"
        args: tuple[Any, ...] = ()
        if user is not None:
            sql += " WHERE user = ?"
            args = (user,)
        rows = self._conn().execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit)).fetchall()
        return [dict(zip(("at", "user", "action", "target", "status"), row)) for row in rows]

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
