"""HTTP requests to other SPARQL servers, with Basic, Digest or Bearer authentication.

    session = Session(Auth(user="dba", password="secret"))
    body, content_type = session.request(url, method="PUT", body=data, headers={...})

Only the standard library. With --user/--password, a session first sends a HEAD without credentials
to learn what the server wants: a server that wants Digest (Virtuoso's Graph Store does) answers 401
with a challenge, and from then on every request carries a Digest answer to it; otherwise requests
carry Basic. Learning it before any body is sent matters: Virtuoso answers a Basic header with a bare
401 (no challenge), and a server refusing a request closes the connection without reading a 64 MB
body, which the client would see as a broken pipe, not as a 401.
Every failure becomes a CoopKGError that says what the server answered.
"""

import base64
import hashlib
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from kg.errors import CoopKGError

TIMEOUT = 300  # seconds per HTTP request; a large chunk into a busy server can take a while
DIGEST_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}


@dataclass(frozen=True)
class Auth:
    user: str | None = None
    password: str | None = None
    token: str | None = None


def auth_from(user: str | None = None, password: str | None = None, token: str | None = None) -> Auth | None:
    """The Auth for command-line options (--user/--password or --token), or None."""
    if token and user:
        raise CoopKGError("give either --user/--password or --token, not both")
    if password and not user:
        raise CoopKGError("--password needs --user")
    return Auth(user, password, token) if (user or token) else None


class Session:
    """Requests to one server; remembers a Digest challenge so that later requests answer it directly.
    The first request to each endpoint is preceded by a HEAD that learns which scheme it wants."""

    def __init__(self, auth: Auth | None = None, timeout: float = TIMEOUT):
        self.auth, self.timeout = auth, timeout
        self.digest: dict | None = None  # the server's last Digest challenge (realm, nonce, qop, ...)
        self.count = 0  # nonce count: Digest wants it to grow with every use of the same nonce
        self.negotiated: set[str] = set()  # endpoints (URLs without query) whose auth scheme is known

    def request(self, url: str, *, method: str, body: bytes | None = None,
                headers: dict | None = None) -> tuple[bytes, str]:
        """(body, content type) of a 2xx answer; otherwise a CoopKGError with the server's message."""
        endpoint = url.split("?", 1)[0]
        if self._uses_password() and endpoint not in self.negotiated:
            self._negotiate(url)
            self.negotiated.add(endpoint)
        try:
            return self._send(url, method, body, headers)
        except urllib.error.HTTPError as exc:
            if exc.code == 401 and self._take_digest_challenge(exc):
                try:  # once more, now answering the challenge (a new or stale nonce)
                    return self._send(url, method, body, headers)
                except urllib.error.HTTPError as again:
                    raise _http_error(url, again, self.auth) from None
                except (urllib.error.URLError, TimeoutError, ConnectionError) as again:
                    raise _transport_error(url, again) from None
            raise _http_error(url, exc, self.auth) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            # a server may drop a large body it will not take (e.g. after its nonce went stale):
            # the next try learns the scheme afresh
            self.negotiated.discard(endpoint)
            raise _transport_error(url, exc) from None

    def _uses_password(self) -> bool:
        return bool(self.auth and self.auth.user is not None)

    def _negotiate(self, url: str):
        """A HEAD without credentials: a server wanting Digest answers 401 with its challenge."""
        try:
            self._send(url, "HEAD", None, None, anonymous=True)
        except urllib.error.HTTPError as exc:
            if exc.code == 401:
                self._take_digest_challenge(exc)
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise _transport_error(url, exc) from None

    def _send(self, url, method, body, headers, anonymous=False) -> tuple[bytes, str]:
        all_headers = dict(headers or {})
        authorization = None if anonymous else self._authorization(method, url)
        if authorization:
            all_headers["Authorization"] = authorization
        req = urllib.request.Request(url, data=body, method=method, headers=all_headers)
        with urllib.request.urlopen(req, timeout=self.timeout) as response:
            return response.read(), response.headers.get("Content-Type", "")

    def _authorization(self, method: str, url: str) -> str | None:
        if not self.auth:
            return None
        if self.auth.token:
            return f"Bearer {self.auth.token}"
        if self.digest is not None:
            return self._digest_answer(method, url)
        pair = f"{self.auth.user}:{self.auth.password or ''}".encode("utf-8")
        return "Basic " + base64.b64encode(pair).decode("ascii")

    def _take_digest_challenge(self, exc: urllib.error.HTTPError) -> bool:
        """Keep a Digest challenge from a 401; True when it is one we have not answered yet."""
        if not self._uses_password():
            return False
        for value in exc.headers.get_all("WWW-Authenticate") or []:
            scheme, _, rest = value.partition(" ")
            if scheme.lower() != "digest":
                continue
            challenge = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
            fresh = self.digest is None or challenge.get("nonce") != self.digest.get("nonce")
            self.digest, self.count = challenge, 0
            return fresh or challenge.get("stale", "").lower() == "true"
        return False

    def _digest_answer(self, method: str, url: str) -> str:
        """The Authorization header answering the kept challenge (RFC 7616, qop=auth or none)."""
        challenge = self.digest
        algorithm = challenge.get("algorithm", "MD5").upper()
        if algorithm not in DIGEST_HASHES:
            raise CoopKGError(f"the server asks for Digest with {algorithm}, which CoopKG does not speak",
                              fix="use Basic auth or a token if the server allows it")
        digest = DIGEST_HASHES[algorithm]

        def h(text: str) -> str:
            return digest(text.encode("utf-8")).hexdigest()

        parts = urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        ha1 = h(f"{self.auth.user}:{challenge.get('realm', '')}:{self.auth.password or ''}")
        ha2 = h(f"{method}:{uri}")
        fields = {"username": self.auth.user, "realm": challenge.get("realm", ""), "nonce": challenge["nonce"],
                  "uri": uri, "algorithm": algorithm}
        if "auth" in [q.strip() for q in challenge.get("qop", "").split(",")]:
            self.count += 1
            cnonce = os.urandom(8).hex()
            nc = f"{self.count:08x}"
            fields["response"] = h(f"{ha1}:{challenge['nonce']}:{nc}:{cnonce}:auth:{ha2}")
            fields.update(qop="auth", nc=nc, cnonce=cnonce)
        else:
            fields["response"] = h(f"{ha1}:{challenge['nonce']}:{ha2}")
        if "opaque" in challenge:
            fields["opaque"] = challenge["opaque"]
        unquoted = ("qop", "nc", "algorithm")
        return "Digest " + ", ".join(f"{k}={v}" if k in unquoted else f'{k}="{v}"' for k, v in fields.items())


def _http_error(url: str, exc: urllib.error.HTTPError, auth: Auth | None) -> CoopKGError:
    message = exc.read(2000).decode("utf-8", "replace").strip() or exc.reason
    if exc.code == 401:
        wanted = ", ".join(v.split(" ")[0] for v in exc.headers.get_all("WWW-Authenticate") or []) or "not said"
        fix = ("the server did not accept these credentials: check --user/--password (or --token)" if auth
               else "give --user/--password (Basic or Digest, as the server asks) or --token")
        return CoopKGError(f"{url}: 401 unauthorised (the server asks for: {wanted}): {message}", fix=fix)
    if exc.code == 403:
        return CoopKGError(f"{url}: 403 forbidden: {message}", fix="check the credentials and that this user "
                                                                   "may write (e.g. Virtuoso's SPARQL_UPDATE role)")
    error = CoopKGError(f"{url}: the server answered {exc.code} {exc.reason}: {message}")
    error.transient = exc.code >= 500 or exc.code == 429  # a busy or failing server may recover
    return error


def _transport_error(url: str, exc: Exception) -> CoopKGError:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, ConnectionRefusedError) or (isinstance(exc, urllib.error.URLError)
                                                      and isinstance(reason, (str, OSError))
                                                      and not isinstance(reason, (TimeoutError, ConnectionError))):
        text = getattr(reason, "strerror", None) or str(reason)
        return CoopKGError(f"cannot reach {url}: {text}",
                           fix="is the server running? check host and port (e.g. 'oxigraph serve --location DIR')")
    error = CoopKGError(f"{url}: no answer ({reason})", fix="is the server overloaded or is the URL right?")
    error.transient = True  # worth another try: the server may just be busy
    return error
