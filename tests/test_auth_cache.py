"""Verified bearer tokens are remembered until they expire, never longer (api/auth.py)."""

from __future__ import annotations

import time

import pytest

from api.auth import Authenticator, AuthError
from guanxi.settings import Settings
from tests.conftest import make_token


def test_a_verified_token_is_reused_until_it_expires(settings: Settings) -> None:
    auth = Authenticator(settings.model_copy(update={"jwt_leeway_s": 0.0}), users=None)  # type: ignore[arg-type]
    token = make_token("viewer", "cached", ttl_s=2)
    first = auth._jwt(token)
    assert first.role.value == "viewer" and first.id == "jwt:cached"
    assert auth._jwt(token) is first  # from the cache: no second verification
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    with pytest.raises(AuthError):  # a different text is verified on its own
        auth._jwt(tampered)
    time.sleep(3.1)  # past `exp` (whole seconds) with no leeway
    with pytest.raises(AuthError):
        auth._jwt(token)
