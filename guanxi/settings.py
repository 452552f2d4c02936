"""All runtime configuration, in one place, read from the environment and `.env`.

Every component (API, CLI, ingest workers, tests) reads settings through `get_settings()` so that a
single `NEO4J_URI=...` switches the whole product from the project-managed local server to any
Neo4j 5.x (Docker, a cluster, Aura).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
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

    # --- our own company ---------------------------------------------------------------------
    our_company: str = "中太数据"
    our_company_aliases: list[str] = ["中太", "Zhongtai Data", "Zhongtai"]

    # --- logging ---------------------------------------------------------------------------------
    log_level: str = "INFO"
    log_json: bool = False

    @field_validator("log_level")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()

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
