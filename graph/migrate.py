"""Apply `graph/migrations/V<NNNN>__<name>.cypher` in version order, once each.

Applied versions are recorded as `(:SchemaMigration {version, name, checksum, appliedAt})` nodes, so
the runner is safe to run twice (and from several processes: the version is unique). A file whose
content changed after it was applied is refused: migrations are append-only, write a new one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from neo4j import AsyncDriver

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_FILE_RE = re.compile(r"^V(\d{4})__([a-z0-9_]+)\.cypher$")

_BOOTSTRAP = (
    "CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
    "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE"
)
_APPLIED = "MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum"
_RECORD = (
    "MERGE (m:SchemaMigration {version: $version}) "
    "ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()"
)


class MigrationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def statements(self) -> list[str]:
        """Split on `;` at line ends; `//` comment lines are dropped."""
        body = "\n".join(line for line in self.text.splitlines() if not line.strip().startswith("//"))
        return [s.strip() for s in re.split(r";\s*(?:\n|$)", body) if s.strip()]


def discover(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    found: list[Migration] = []
    for path in sorted(directory.glob("*.cypher")):
        match = _FILE_RE.match(path.name)
        if not match:
            raise MigrationError(f"{path.name}: migration files are named V0001__snake_name.cypher")
        found.append(Migration(int(match.group(1)), match.group(2), path))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"duplicate migration versions in {directory}")
    return sorted(found, key=lambda m: m.version)


async def migrate(driver: AsyncDriver, database: str, directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """Apply pending migrations; returns the ones applied now (empty when up to date)."""
    await driver.execute_query(_BOOTSTRAP, database_=database)
    records, _, _ = await driver.execute_query(_APPLIED, database_=database)
    applied = {r["version"]: r["checksum"] for r in records}
    done: list[Migration] = []
    for migration in discover(directory):
        if migration.version in applied:
            if applied[migration.version] != migration.checksum:
                raise MigrationError(
                    f"V{migration.version:04d}__{migration.name} was changed after it was applied; "
                    "migrations are append-only: add a new file instead"
                )
            continue
        # Schema statements cannot share a transaction with writes: each runs on its own.
        # They are all IF NOT EXISTS, so a crash between two of them is safe to re-run.
        for statement in migration.statements():
            await driver.execute_query(statement, database_=database)
        await driver.execute_query(
            _RECORD,
            version=migration.version,
            name=migration.name,
            checksum=migration.checksum,
            database_=database,
        )
        done.append(migration)
    return done


async def applied_versions(driver: AsyncDriver, database: str) -> list[int]:
    records, _, _ = await driver.execute_query(_APPLIED, database_=database)
    return sorted(r["version"] for r in records)
