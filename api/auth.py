"""Who is calling: API keys and JWT bearer tokens, resolved once per request by an ASGI middleware.

Credentials, in order of precedence:

* `X-API-Key: gxk_…` or `Authorization: ApiKey gxk_…` — a key created with `kg users create` or the
  `createApiKey` mutation; verified against its sha256 in Neo4j (`graph/repositories/users.py`),
  cached for `api_key_cache_s`.
* `Authorization: Bearer <jwt>` — HS256 (`jwt_secret`) or RS256 (`jwt_public_key`), `exp` required,
  `iss`/`aud` checked when `jwt_issuer`/`jwt_audience` are set, role in the `jwt_role_claim` claim.
  (`Bearer gxk_…` is accepted as an API key too.)

Every HTTP request except `/healthz`, `/readyz` and (when GraphiQL is enabled) the GraphiQL page itself
needs one: otherwise 401 with a GraphQL-shaped JSON error. The resolved `Principal` goes to
`request.state.principal` and from there onto the GraphQL `Context`; the per-key rate limit
(`api.limits.RateLimiter`) runs right after authentication.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any, Literal

import jwt
from neo4j.exceptions import DriverError, Neo4jError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.limits import RateLimiter, json_error
from graph.repositories.users import ApiKeyRecord, Role, UserRepository, hash_key
from guanxi.logging import get_logger
from guanxi.settings import Settings

log = get_logger(__name__)

OPEN_PATHS = frozenset({"/healthz", "/readyz"})
TOUCH_INTERVAL_S = 60.0
Via = Literal["api_key", "jwt", "disabled"]


@dataclass(frozen=True)
class Principal:
    """The authenticated caller. `id` is what the audit log and the rate limiter key on."""

    id: str
    name: str
    role: Role
    via: Via

    @classmethod
    def from_key(cls, record: ApiKeyRecord) -> Principal:
        return cls(id=f"key:{record.id}", name=record.owner, role=record.role, via="api_key")


ANONYMOUS_ADMIN = Principal(id="anonymous", name="anonymous", role=Role.ADMIN, via="disabled")


class AuthError(Exception):
    def __init__(self, message: str, status: int = 401, code: str = "UNAUTHENTICATED") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class Authenticator:
    """Resolves credentials to a Principal. One per app; holds the API-key cache."""

    def __init__(self, settings: Settings, users: UserRepository) -> None:
        self.settings = settings
        self.users = users
        self._cache: dict[str, tuple[ApiKeyRecord, float]] = {}
        self._touched: dict[str, float] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        # Verified bearer tokens -> (principal, exp): a client sends the same token on every request,
        # and its verification (header, HMAC/RSA signature, claims) gives the same answer until `exp`.
        self._verified: dict[str, tuple[Principal, float]] = {}

    # ------------------------------------------------------------------ credentials
    async def authenticate(self, headers: dict[str, str]) -> Principal:
        if not self.settings.auth_enabled:
            return ANONYMOUS_ADMIN
        api_key = headers.get("x-api-key")
        authorization = headers.get("authorization", "")
        scheme, _, credential = authorization.strip().partition(" ")
        credential = credential.strip()
        if api_key is None and scheme.lower() == "apikey":
            api_key = credential
        if api_key is None and scheme.lower() == "bearer" and credential.startswith("gxk_"):
            api_key = credential
        if api_key is not None:
            return await self._api_key(api_key.strip())
        if scheme.lower() == "bearer" and credential:
            return self._jwt(credential)
        if authorization:
            raise AuthError("unsupported Authorization scheme: use `Bearer <jwt>` or `ApiKey <key>`")
        raise AuthError("authentication required: send `X-API-Key: <key>` or `Authorization: Bearer <jwt>`")

    async def _api_key(self, key: str) -> Principal:
        digest = hash_key(key)
        now = time.monotonic()
        cached = self._cache.get(digest)
        if cached and cached[1] > now:
            record = cached[0]
        else:
            found = await self.users.verify(key)
            if found is None:
                self._cache.pop(digest, None)
                raise AuthError("invalid or revoked API key")
            record = found
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[digest] = (record, now + self.settings.api_key_cache_s)
        self._touch(record.id, now)
        return Principal.from_key(record)

    def invalidate(self, key_id: str) -> None:
        """Forget a revoked key at once (other processes notice within `api_key_cache_s`)."""
        for digest, (record, _) in list(self._cache.items()):
            if record.id == key_id:
                del self._cache[digest]

    def _touch(self, key_id: str, now: float) -> None:
        if now - self._touched.get(key_id, -TOUCH_INTERVAL_S) < TOUCH_INTERVAL_S:
            return
        self._touched[key_id] = now

        async def touch() -> None:
            try:
                await self.users.touch(key_id)
            except (DriverError, Neo4jError, OSError) as exc:
                log.warning("auth.touch_failed", key=key_id, error=str(exc))

        task = asyncio.get_running_loop().create_task(touch())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _jwt(self, token: str) -> Principal:
        s = self.settings
        known = self._verified.get(token)
        if known is not None:
            if time.time() <= known[1] + s.jwt_leeway_s:  # PyJWT's own expiry rule
                return known[0]
            del self._verified[token]
        principal, expires = self._verify_jwt(token)
        if len(self._verified) > 10_000:  # bounded memory
            self._verified.clear()
        self._verified[token] = (principal, expires)
        return principal

    def _verify_jwt(self, token: str) -> tuple[Principal, float]:
        s = self.settings
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise AuthError(f"malformed bearer token: {exc}") from exc
        alg = header.get("alg")
        key: Any
        if alg == "HS256" and s.jwt_secret is not None and s.jwt_secret.get_secret_value():
            key = s.jwt_secret.get_secret_value()
        elif alg == "RS256" and s.jwt_public_key:
            key = s.jwt_public_key
        else:
            raise AuthError("bearer tokens are not accepted here (algorithm not configured)")
        required = ["exp", "sub"] + (["iss"] if s.jwt_issuer else []) + (["aud"] if s.jwt_audience else [])
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[alg],
                issuer=s.jwt_issuer,
                audience=s.jwt_audience,
                leeway=s.jwt_leeway_s,
                options={"require": required, "verify_aud": s.jwt_audience is not None},
            )
        except jwt.PyJWTError as exc:
            raise AuthError(f"invalid bearer token: {exc}") from exc
        role = _role_claim(claims.get(s.jwt_role_claim))
        if role is None:
            raise AuthError(f"bearer token has no valid `{s.jwt_role_claim}` claim (viewer|analyst|admin)")
        subject = str(claims["sub"])
        return Principal(id=f"jwt:{subject}", name=subject, role=role, via="jwt"), float(claims["exp"])


def _role_claim(value: Any) -> Role | None:
    """A role name, or a list of them (the highest wins)."""
    values = value if isinstance(value, list) else [value]
    roles = [r for r in (Role.parse(v) for v in values if isinstance(v, str)) if r is not None]
    return max(roles, key=lambda r: r.rank) if roles else None


def _is_graphiql_page(scope: Scope, settings: Settings) -> bool:
    """The GraphiQL HTML page carries no data; it stays open in dev so a browser can load it (queries
    sent from it need a key: set the `X-API-Key` header in GraphiQL's headers pane)."""
    if not settings.graphiql_enabled or scope.get("method") != "GET":
        return False
    if scope.get("path", "").rstrip("/") != "/graphql" or b"query=" in scope.get("query_string", b""):
        return False
    accept = dict(scope.get("headers") or []).get(b"accept", b"")
    return b"text/html" in accept


class AuthMiddleware:
    """401 for unauthenticated requests, 429 past the per-key rate limit, else the Principal on
    `scope["state"]["principal"]` (read by `request.state.principal`)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.limiter = RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_burst)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or scope.get("path") in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "http" and _is_graphiql_page(scope, self.settings):
            await self.app(scope, receive, send)
            return
        authenticator: Authenticator | None = getattr(scope["app"].state, "authenticator", None)
        if authenticator is None:  # lifespan not run: refuse rather than serve unauthenticated
            await self._refuse(scope, receive, send, 503, "SERVICE_UNAVAILABLE", "starting up")
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        try:
            principal = await authenticator.authenticate(headers)
        except AuthError as exc:
            await self._refuse(scope, receive, send, exc.status, exc.code, str(exc))
            return
        except (DriverError, Neo4jError, OSError) as exc:
            log.warning("auth.unavailable", error=str(exc))
            await self._refuse(
                scope, receive, send, 503, "SERVICE_UNAVAILABLE",
                "The graph database is unavailable; retry shortly.", retry_after=5,
            )
            return
        wait = self.limiter.acquire(principal.id)
        if wait is not None:
            await self._refuse(
                scope, receive, send, 429, "RATE_LIMITED",
                f"rate limit of {self.settings.rate_limit_per_minute} requests/minute exceeded",
                retry_after=wait,
            )
            return
        scope.setdefault("state", {})["principal"] = principal
        await self.app(scope, receive, send)

    @staticmethod
    async def _refuse(
        scope: Scope, receive: Receive, send: Send, status: int, code: str, message: str,
        retry_after: int | None = None,
    ) -> None:
        if scope["type"] == "websocket":
            close: Message = {"type": "websocket.close", "code": 4000 + status, "reason": message[:120]}
            await send(close)
            return
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        if status == 401:
            headers["WWW-Authenticate"] = 'Bearer, ApiKey realm="guanxi"'
        await json_error(status, code, message, headers)(scope, receive, send)
