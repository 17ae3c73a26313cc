"""The settings of one running endpoint (the `coopkg serve` options)."""

from dataclasses import dataclass
from pathlib import Path

from kg.paths import DEFAULT_BUILD_DIR


@dataclass
class ServeConfig:
    build_dir: Path = DEFAULT_BUILD_DIR
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    token: str | None = None          # bearer token required for updates and Graph Store writes
    allow_service: bool = False       # SERVICE makes the server fetch other servers: off by default
    timeout: float = 10.0             # seconds per query
    max_results: int = 10_000         # rows (SELECT) or triples (CONSTRUCT/DESCRIBE) per answer
    cors: str | None = None           # value of Access-Control-Allow-Origin, or None for no CORS
    workers: int = 4                  # queries evaluated at once; more wait briefly, then get 503
    per_client: int | None = None     # jobs one remote address may run at once (None: half the workers)
    max_memory: int = 2048 << 20      # bytes of data memory per worker process (RLIMIT_DATA); 0: no limit
    allowed_hosts: tuple = ()         # Host header names accepted besides loopback ones and --host
    trusted_proxies: frozenset = frozenset()  # reverse proxies whose X-Forwarded-For names the client
    watch_interval: float = 1.0       # seconds between checks for a new build (the workers then switch)
    max_body: int = 1 << 20           # bytes of a POST body (a query or an update)
    max_upload: int = 256 << 20       # bytes of a Graph Store write (only with --allow-update)
