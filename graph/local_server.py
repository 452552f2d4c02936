"""A project-managed Neo4j 5.26 Community server, provisioned from Maven Central jars (no Docker).

The whole server classpath comes from one Maven artefact (`org.neo4j:neo4j`), resolved by
`tools/neo4j/pom.xml` into `<home>/lib`. Each *instance* (the `make run` database, or a throw-away one
per test session) is a directory with its own `conf/`, `data/`, `logs/` and `run/`, sharing the jars.

The server runs `org.neo4j.server.CommunityEntryPoint --console-mode` as a detached child process: the
JVM flags are ours, so there is no dependency on Neo4j's shell bootloader, and a PID file lets
`kg neo4j stop|status` find it again from another process.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from guanxi.settings import PROJECT_ROOT

POM_PATH = PROJECT_ROOT / "tools" / "neo4j" / "pom.xml"
CONF_TEMPLATE = PROJECT_ROOT / "tools" / "neo4j" / "neo4j.conf.template"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
SUPPORTED_JAVA = (17, 21)

# Flags from Neo4j's own default neo4j.conf; without the --add-opens the server fails on JDK 17.
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
]


class LocalNeo4jError(RuntimeError):
    """A problem the user can act on; the message says what to do."""


@dataclass(frozen=True)
class Status:
    running: bool
    pid: int | None
    bolt_uri: str
    reachable: bool
    home: Path
    detail: str = ""


def find_java(java_home: Path | None = None) -> Path:
    """Locate a Java 17 (or 21) runtime; Neo4j 5.26 refuses newer and older ones."""
    candidates: list[Path] = []
    if java_home:
        candidates.append(Path(java_home) / "bin" / "java")
    if os.environ.get("JAVA_HOME"):
        candidates.append(Path(os.environ["JAVA_HOME"]) / "bin" / "java")
    candidates += sorted(Path("/usr/lib/jvm").glob("java-17-openjdk*/bin/java"))
    candidates += sorted(Path("/usr/lib/jvm").glob("*17*/bin/java"))
    on_path = shutil.which("java")
    if on_path:
        candidates.append(Path(on_path))
    seen: list[str] = []
    for java in candidates:
        if not java.exists():
            continue
        major = java_major_version(java)
        seen.append(f"{java} (Java {major})")
        if major in SUPPORTED_JAVA:
            return java
    found = "; found: " + ", ".join(seen) if seen else ""
    raise LocalNeo4jError(
        "Java 17 is required to run Neo4j 5.26 but was not found"
        f"{found}. Install it (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME."
    )


def java_major_version(java: Path) -> int | None:
    try:
        out = subprocess.run(
            [str(java), "-version"], capture_output=True, text=True, timeout=30, check=False
        ).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited child not yet reaped) still answers kill(0); it is not running.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[-1].split()[0] == "Z":
            return False
    return True


@dataclass
class LocalNeo4j:
    """One Neo4j instance directory plus the shared jar directory it runs from."""

    home: Path
    lib_dir: Path
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "1g"
    pagecache: str = "512m"
    version: str = "5.26.28"
    java_home: Path | None = None
    extra_conf: dict[str, str] = field(default_factory=dict)
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    # ---------------------------------------------------------------- paths
    @property
    def conf_dir(self) -> Path:
        return self.home / "conf"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "guanxi-neo4j.pid"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def _jar_marker(self) -> Path:
        return self.lib_dir / f".complete-{self.version}"

    # ---------------------------------------------------------------- install
    def jars_installed(self) -> bool:
        return self._jar_marker.exists() and any(self.lib_dir.glob("neo4j-*.jar"))

    def install_jars(self, *, quiet: bool = True) -> bool:
        """Resolve the server classpath with Maven; a no-op when it is already complete.

        Returns True when something was downloaded/copied.
        """
        if self.jars_installed():
            return False
        mvn = shutil.which("mvn")
        if not mvn:
            raise LocalNeo4jError(
                "Maven (mvn) is required once to fetch the Neo4j jars from Maven Central but was not "
                "found. Install it (Debian: apt-get install maven) or set NEO4J_URI to an existing server."
            )
        find_java(self.java_home)
        self.lib_dir.mkdir(parents=True, exist_ok=True)
        cmd = [
            mvn,
            "-B",
            *(["-q"] if quiet else []),
            "-f",
            str(POM_PATH),
            f"-Dneo4j.version={self.version}",
            DEPENDENCY_PLUGIN,
            "-DincludeScope=runtime",
            f"-DoutputDirectory={self.lib_dir}",
        ]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            tail = (result.stdout + result.stderr).strip().splitlines()[-15:]
            raise LocalNeo4jError(
                "Maven could not fetch the Neo4j jars (is Maven Central reachable?):\n" + "\n".join(tail)
            )
        # Versions left over from an earlier pin would put two servers on the classpath.
        for jar in self.lib_dir.glob("neo4j-kernel-*.jar"):
            if self.version not in jar.name:
                raise LocalNeo4jError(
                    f"{self.lib_dir} holds jars of another Neo4j version ({jar.name}); remove the folder "
                    "and run `kg neo4j install` again."
                )
        self._jar_marker.write_text(self.version + "\n")
        return True

    # ---------------------------------------------------------------- config
    def write_conf(self) -> Path:
        for sub in ("conf", "data", "logs", "run", "plugins", "import"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        text = CONF_TEMPLATE.read_text(encoding="utf-8").format(
            bolt_port=self.bolt_port,
            http_port=self.http_port,
            heap=self.heap,
            pagecache=self.pagecache,
        )
        if self.extra_conf:
            text += "\n" + "\n".join(f"{k}={v}" for k, v in sorted(self.extra_conf.items())) + "\n"
        path = self.conf_dir / "neo4j.conf"
        path.write_text(text, encoding="utf-8")
        return path

    def command(self) -> list[str]:
        java = find_java(self.java_home)
        classpath = f"{self.home / 'plugins'}/*:{self.lib_dir}/*"
        return [
            str(java),
            f"-Xms{self.heap}",
            f"-Xmx{self.heap}",
            *JVM_FLAGS,
            "-cp",
            classpath,
            ENTRY_POINT,
            f"--home-dir={self.home}",
            f"--config-dir={self.conf_dir}",
            "--console-mode",
        ]

    # ---------------------------------------------------------------- lifecycle
    def read_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _pid_alive(pid) else None

    def status(self) -> Status:
        pid = self.read_pid()
        reachable = port_in_use(self.bolt_port)
        detail = ""
        if pid and not reachable:
            detail = "process alive, Bolt not answering yet (starting or stopping)"
        elif reachable and not pid:
            detail = f"port {self.bolt_port} answers, but not from this instance ({self.home})"
        return Status(bool(pid), pid, self.bolt_uri, reachable, self.home, detail)

    def start(self, *, timeout_s: float = 180.0) -> int:
        """Start the server (idempotent) and wait until Bolt accepts queries. Returns the PID."""
        pid = self.read_pid()
        if pid:
            self.wait_ready(timeout_s=timeout_s, pid=pid)
            return pid
        if not self.jars_installed():
            raise LocalNeo4jError("The Neo4j jars are not installed yet: run `kg neo4j install` first.")
        for port, name in ((self.bolt_port, "Bolt"), (self.http_port, "HTTP")):
            if port_in_use(port):
                raise LocalNeo4jError(
                    f"Port {port} ({name}) is already in use by another process. Stop it, or choose "
                    f"other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT (or point NEO4J_URI at that "
                    "server if it is a Neo4j you want to use)."
                )
        self.write_conf()
        self.pid_file.unlink(missing_ok=True)
        log = self.console_log.open("ab")
        try:
            self._process = subprocess.Popen(
                self.command(),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.home,
                start_new_session=True,  # Ctrl-C on `make run` must not kill the database mid-write
            )
        finally:
            log.close()
        self.pid_file.write_text(f"{self._process.pid}\n")
        self.wait_ready(timeout_s=timeout_s, pid=self._process.pid)
        return self._process.pid

    def _exit_code(self, pid: int) -> int | None:
        if self._process is not None and self._process.pid == pid:
            return self._process.poll()
        return None if _pid_alive(pid) else -1

    def wait_ready(self, *, timeout_s: float, pid: int) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            code = self._exit_code(pid)
            if code is not None:
                self.pid_file.unlink(missing_ok=True)
                raise LocalNeo4jError(self._explain_exit(code))
            if port_in_use(self.bolt_port) and self._bolt_answers():
                return
            time.sleep(0.5)
        raise LocalNeo4jError(
            f"Neo4j did not become ready within {timeout_s:.0f}s; see {self.console_log} "
            f"and {self.home / 'logs'}/debug.log"
        )

    def _bolt_answers(self) -> bool:
        from neo4j import GraphDatabase
        from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

        try:
            with GraphDatabase.driver(self.bolt_uri, auth=None, connection_timeout=2) as driver:
                driver.execute_query("RETURN 1", database_="neo4j")
            return True
        except (ServiceUnavailable, SessionExpired, Neo4jError, OSError):
            return False

    def _explain_exit(self, code: int) -> str:
        log_tail = self.log_tail()
        if "LockException" in log_tail or "already locked" in log_tail.lower() or code == 2:
            return (
                f"Neo4j could not lock its store in {self.home / 'data'}: another Neo4j process is using "
                "it. Stop that one first (`kg neo4j stop`, or find it with `ps aux | grep neo4j`).\n"
                + log_tail
            )
        if code == 3:
            return f"Neo4j rejected its configuration ({self.conf_dir / 'neo4j.conf'}):\n" + log_tail
        return f"Neo4j exited during start-up (exit code {code}); last log lines:\n" + log_tail

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.console_log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.strip().splitlines()[-lines:])

    def stop(self, *, timeout_s: float = 60.0) -> bool:
        """SIGTERM (clean shutdown), then SIGKILL after the timeout. Returns False if not running."""
        pid = self.read_pid()
        if not pid:
            self.pid_file.unlink(missing_ok=True)
            return False
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process is not None and self._process.pid == pid:
                if self._process.poll() is not None:
                    break
            elif not _pid_alive(pid):
                break
            time.sleep(0.25)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            if self._process is not None:
                self._process.wait(timeout=10)
        self.pid_file.unlink(missing_ok=True)
        return True

    def kill(self) -> None:
        """SIGKILL without shutdown: simulates a crash (used by the fault-tolerance tests)."""
        pid = self.read_pid()
        if pid:
            os.kill(pid, signal.SIGKILL)
            if self._process is not None and self._process.pid == pid:
                self._process.wait(timeout=30)
            else:
                while _pid_alive(pid):
                    time.sleep(0.1)

    @contextlib.contextmanager
    def running(self, *, timeout_s: float = 180.0) -> Iterator[LocalNeo4j]:
        self.start(timeout_s=timeout_s)
        try:
            yield self
        finally:
            self.stop()


def from_settings() -> LocalNeo4j:
    """The `make run` instance: jars in `.neo4j/lib`, data in `.neo4j/data`."""
    from guanxi.settings import get_settings

    settings = get_settings()
    home = Path(settings.neo4j_home)
    return LocalNeo4j(
        home=home,
        lib_dir=home / "lib",
        bolt_port=settings.neo4j_bolt_port,
        http_port=settings.neo4j_http_port,
        heap=settings.neo4j_heap,
        pagecache=settings.neo4j_pagecache,
        version=settings.neo4j_version,
        java_home=settings.java_home,
    )
