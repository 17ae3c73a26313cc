"""The HTTP server: routes requests to the SPARQL protocol, the pages and the linked-data views.

The standard library's ThreadingHTTPServer is enough here: Oxigraph does the work, queries run in a
fixed pool of worker processes that can be killed at the deadline (workers.py), and keep-alive
(HTTP/1.1) keeps small queries cheap; benchmarks/endpoint_bench.py measures it. Requests whose Host
header names another site are refused (hosts.py: DNS rebinding), before anything else.
"""

import sys
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from kg.errors import CoopKGError
from kg.serve import jobs, pages
from kg.serve.config import ServeConfig
from kg.serve.execute import Answer, HttpError
from kg.serve.guard import screen
from kg.serve.hosts import HostCheck
from kg.serve.protocol import from_get, from_post, media_type, parse_params, read_body
from kg.serve.proxies import client_address
from kg.serve.workers import ProcessPool
from kg.serve.writes import authorise, check_token, target_graph

WRITE_TIMEOUT = 600.0  # seconds a write may take; writes are authenticated, queries get --timeout


class Endpoint:
    """What every request needs: the settings and the worker processes that hold the store."""

    def __init__(self, config: ServeConfig):
        if config.allow_update:
            check_token(config.token)
        self.config = config
        # With --allow-update one worker owns the writable store (Oxigraph says reading it from other
        # processes while it is written is undefined) and runs queries and writes one at a time.
        self.pool = ProcessPool(config.build_dir, config.workers, writable=config.allow_update,
                                max_memory=config.max_memory, per_client=config.per_client,
                                watch_interval=config.watch_interval)  # a missing store fails here

    def answer(self, kind: str, args: dict, client: str, seconds: float | None = None) -> Answer:
        """Evaluate a job (jobs.py) on the pool, under the configured time limit."""
        seconds = seconds or self.config.timeout
        return jobs.answer_from(self.pool.run(kind, args, seconds, client), seconds)


class Handler(BaseHTTPRequestHandler):
    server_version = "CoopKG"
    protocol_version = "HTTP/1.1"  # keep-alive; every answer carries Content-Length
    timeout = 30                   # an idle or slow client cannot hold a thread for long
    disable_nagle_algorithm = True  # headers and body are separate writes: without this, delayed ACKs add 40 ms

    @property
    def endpoint(self) -> Endpoint:
        return self.server.endpoint

    def do_GET(self):
        self._dispatch("GET")

    def do_HEAD(self):
        self._dispatch("HEAD")

    def do_POST(self):
        self._dispatch("POST")

    def do_PUT(self):
        self._dispatch("PUT")

    def do_DELETE(self):
        self._dispatch("DELETE")

    def do_OPTIONS(self):
        self._dispatch("OPTIONS")

    def log_message(self, format, *args):
        if self.server.log_requests:
            super().log_message(format, *args)

    @property
    def client(self) -> str:
        """The address the per-client limit counts (behind a trusted proxy: the one it forwards for)."""
        return client_address(self.client_address[0], self.headers.get_all("X-Forwarded-For") or [],
                              self.endpoint.config.trusted_proxies)

    def _dispatch(self, method: str):
        try:
            self.server.hosts.check(self.headers.get("Host"))
            answer = self._route(method)
        except HttpError as exc:
            if method in ("POST", "PUT"):
                self.close_connection = True  # the body may be unread
            answer = Answer((exc.message + "\n").encode("utf-8"), "text/plain; charset=utf-8", exc.status, exc.headers)
        except Exception:  # a bug: say so, keep serving
            traceback.print_exc(file=sys.stderr)
            answer = Answer(b"internal server error\n", "text/plain; charset=utf-8", 500)
        self._send(answer, with_body=method != "HEAD")

    def _route(self, method: str) -> Answer:
        if method == "OPTIONS":
            return Answer(b"", "text/plain; charset=utf-8", 204, {"Allow": "GET, HEAD, POST, PUT, DELETE, OPTIONS"})
        parts = urlsplit(self.path)
        path = parts.path
        if path == "/sparql":
            return self._sparql(method, parts.query)
        if path == "/store":
            return self._graph_store(method, parts.query)
        if method not in ("GET", "HEAD"):
            raise HttpError(405, f"{method} is not allowed on {path}", {"Allow": "GET, HEAD"})
        build_dir = self.endpoint.config.build_dir
        if path == "/":
            return Answer(pages.index_page(build_dir), "text/html; charset=utf-8",
                          headers={"Content-Security-Policy": pages.PAGE_CSP})
        if path == "/queries.json":
            return Answer(pages.catalogue(), "application/json")
        if path.startswith("/static/"):
            found = pages.static_asset(path[len("/static/"):])
            if found:
                return Answer(found[0], found[1], headers={"Cache-Control": "no-cache"})
        elif path.startswith("/views/"):
            content = pages.view_file(build_dir, path[len("/views/"):])
            if content is not None:
                return Answer(content, "text/html; charset=utf-8")
        elif path.startswith("/id/"):
            return self._linked_data(path, parts.query)
        raise HttpError(404, "not found")

    def _sparql(self, method: str, query_string: str) -> Answer:
        config = self.endpoint.config
        url_params = parse_params(query_string)
        if method in ("GET", "HEAD"):
            request = from_get(url_params)
        elif method == "POST":
            request = from_post(self, url_params, config.max_body)
        else:
            raise HttpError(405, f"{method} is not allowed on /sparql", {"Allow": "GET, HEAD, POST"})
        if request.kind == "update":
            authorise(config, self.headers.get("Authorization"))
            screen(request.text, "update", config.allow_service)
            return self.endpoint.answer("update", {"text": request.text}, self.client, WRITE_TIMEOUT)
        screen(request.text, "query", config.allow_service)
        return self.endpoint.answer("query", {
            "text": request.text, "accept": self.headers.get("Accept"), "format_param": request.format_param,
            "max_results": config.max_results, "default_graphs": [g.value for g in request.default_graphs],
            "named_graphs": [g.value for g in request.named_graphs]}, self.client)

    def _graph_store(self, method: str, query_string: str) -> Answer:
        if method not in ("PUT", "POST", "DELETE"):
            raise HttpError(405, "this endpoint's Graph Store only accepts writes (PUT, POST, DELETE); "
                                 "read with SPARQL at /sparql", {"Allow": "PUT, POST, DELETE"})
        config = self.endpoint.config
        authorise(config, self.headers.get("Authorization"))
        graph = target_graph(parse_params(query_string))
        body = read_body(self, config.max_upload) if method != "DELETE" else b""
        return self.endpoint.answer("graph_store", {
            "method": method, "graph": graph, "body": body,
            "content_type": media_type(self.headers.get("Content-Type"))}, self.client, WRITE_TIMEOUT)

    def _linked_data(self, path: str, query_string: str) -> Answer:
        return self.endpoint.answer("entity", {
            "path": path, "accept": self.headers.get("Accept"),
            "format_param": (parse_params(query_string).get("format") or [None])[0],
            "max_results": self.endpoint.config.max_results}, self.client)

    def _send(self, answer: Answer, with_body: bool = True):
        self.send_response(answer.status)
        headers = {"Content-Type": answer.content_type, "Content-Length": str(len(answer.body)),
                   "X-Content-Type-Options": "nosniff", **answer.headers}
        cors = self.endpoint.config.cors
        if cors:
            headers["Access-Control-Allow-Origin"] = cors
            headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, OPTIONS"
            headers["Access-Control-Allow-Headers"] = "Accept, Content-Type, Authorization"
            if cors != "*":
                headers["Vary"] = ", ".join(filter(None, [headers.get("Vary"), "Origin"]))
        if answer.status == 204:
            headers.pop("Content-Type")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if with_body and answer.body:
            self.wfile.write(answer.body)


class EndpointServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, config: ServeConfig, log_requests: bool = True):
        self.endpoint = Endpoint(config)
        self.log_requests = log_requests
        try:
            super().__init__((config.host, config.port), Handler)
            self.hosts = HostCheck(config.host, self.server_address[1], config.allowed_hosts)
        except BaseException:
            self.endpoint.pool.shutdown()  # the workers are already running
            raise

    def server_close(self):
        super().server_close()
        self.endpoint.pool.shutdown()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


def make_server(config: ServeConfig, log_requests: bool = True) -> EndpointServer:
    """A bound, not yet serving, endpoint; port 0 picks a free port (see .url)."""
    try:
        return EndpointServer(config, log_requests)
    except OSError as exc:
        raise CoopKGError(f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}",
                          fix="choose another --port") from exc
