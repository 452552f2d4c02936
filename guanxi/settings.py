"""All runtime configuration, in one place, read from the environment and `.env`.

Every component (API, CLI, ingest workers, tests) reads settings through `get_settings()` so that a
single `NEO4J_URI=...` switches the whole product from the project-managed local server to any
Neo4j 5.x (Docker, a cluster, Aura).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    environment: Literal["dev", "test", "production"] = Field(
        default="dev", description="dev enables GraphiQL and introspection by default"
    )

    # --- Neo4j -------------------------------------------------------------------------------
    neo4j_uri: str | None = Field(
        default=None,
        description="Bolt/neo4j URI of an existing server. Unset: the project-managed local server.",
    )
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("")
    neo4j_database: str = "neo4j"
    neo4j_max_pool_size: int = 50
    neo4j_connection_timeout_s: float = 10.0
    neo4j_tx_timeout_s: float = Field(default=30.0, description="server-side timeout of one transaction")

    # --- project-managed local Neo4j (used only when NEO4J_URI is unset) ---------------------
    neo4j_home: Path = PROJECT_ROOT / ".neo4j"
    neo4j_version: str = "5.26.28"
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "512m"
    java_home: Path | None = None

    # --- API -------------------------------------------------------------------------------------
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    graphiql: bool | None = Field(default=None, description="default: on except in production")
    introspection: bool | None = Field(default=None, description="default: on except in production")

    # --- security (api/auth.py, api/limits.py, api/audit.py) --------------------------------------
    auth_enabled: bool = Field(
        default=True, description="off: every caller is an anonymous admin (refused in production)"
    )
    jwt_secret: SecretStr | None = Field(default=None, description="HS256 shared secret for bearer tokens")
    jwt_public_key: str | None = Field(default=None, description="RS256 public key (PEM) for bearer tokens")
    jwt_issuer: str | None = Field(default=None, description="required `iss` of bearer tokens")
    jwt_audience: str | None = Field(default=None, description="required `aud` of bearer tokens")
    jwt_role_claim: str = Field(default="role", description="claim holding viewer|analyst|admin")
    jwt_leeway_s: float = 30.0
    api_key_cache_s: float = Field(
        default=10.0, description="verified API keys are cached this long (revocation lag across processes)"
    )
    rate_limit_per_minute: int = Field(default=600, description="per key/token; 0 disables")
    rate_limit_burst: int = Field(default=60, description="token bucket size")
    max_body_bytes: int = Field(default=1_000_000, description="JSON request bodies; larger: 413")
    max_upload_bytes: int = Field(default=20_000_000, description="multipart request bodies; larger: 413")
    graphql_max_depth: int = 12
    graphql_max_aliases: int = 30
    graphql_max_tokens: int = 2_000
    graphql_max_cost: int = Field(default=50_000, description="estimated fields resolved (× page sizes)")
    audit_max_chars: int = Field(default=4_000, description="variables/result JSON kept per audit event")
    neo4j_retry_attempts: int = Field(default=3, description="tries of a statement when Neo4j is unreachable")
    neo4j_retry_backoff_s: float = 0.2

    # --- our own company ---------------------------------------------------------------------
    our_company: str = "中太数据"
    our_company_aliases: list[str] = ["中太", "Zhongtai Data", "Zhongtai"]

    # --- ingest (guanxi/ingestion.py, guanxi/jobs.py) -------------------------------------------
    ingest_worker: bool = Field(default=True, description="run the upload job worker inside the API process")
    upload_max_files: int = Field(default=50, description="files per uploadDocuments call")
    upload_max_file_bytes: int = Field(default=10 * 1024 * 1024, description="per uploaded file")

    # --- logging ---------------------------------------------------------------------------------
    log_level: str = "INFO"
    log_json: bool = False

    @field_validator("log_level")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()

    @model_validator(mode="after")
    def _secure_production(self) -> Settings:
        if self.environment == "production" and not self.auth_enabled:
            raise ValueError("AUTH_ENABLED=false is refused in production")
        return self

    @property
    def managed_neo4j(self) -> bool:
        """True when the project starts and owns the Neo4j server itself."""
        return not self.neo4j_uri

    @property
    def effective_neo4j_uri(self) -> str:
        return self.neo4j_uri or f"bolt://127.0.0.1:{self.neo4j_bolt_port}"

    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else self.environment != "production"

    @property
    def introspection_enabled(self) -> bool:
        return self.introspection if self.introspection is not None else self.environment != "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
