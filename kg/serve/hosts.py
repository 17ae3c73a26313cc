"""Only answer requests addressed to this server by name: the defence against DNS rebinding.

A web page on evil.example can make its DNS name point to 127.0.0.1 and then read our answers as
same-origin; its requests still say `Host: evil.example:7878`. So a request is answered only when
its Host is a loopback name (127.0.0.1, localhost, [::1]), the --host address, or a name given with
--allow-host; with our port or no port. An --allow-host NAME:PORT entry matches exactly that.
"""

from kg.serve.execute import HttpError

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
WILDCARDS = ("", "0.0.0.0", "::", "[::]")


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def split_host(value: str) -> tuple[str, str | None]:
    """'name:port' -> ('name', 'port'); '[::1]:7878' -> ('[::1]', '7878'); a bare name -> (name, None)."""
    value = value.strip().lower()
    if value.startswith("["):
        name, _, rest = value.partition("]")
        return name + "]", rest[1:] if rest.startswith(":") else None
    name, colon, port = value.rpartition(":")
    return (name, port) if colon else (value, None)


class HostCheck:
    def __init__(self, bind_host: str, port: int, extra: tuple = ()):
        self.port = str(port)
        self.names = set(LOOPBACK_NAMES)
        if bind_host.lower() not in WILDCARDS:
            self.names.add(_bracketed(bind_host.lower()))
        self.exact = set()
        for entry in extra:
            name, port_given = split_host(_bracketed(entry) if entry.count(":") > 1 else entry)
            (self.exact.add(f"{name}:{port_given}") if port_given else self.names.add(name))

    def check(self, header: str | None):
        if not header:
            raise HttpError(400, "the request has no Host header")
        name, port = split_host(header)
        if f"{name}:{port}" in self.exact or (name in self.names and port in (None, self.port)):
            return
        allowed = ", ".join(sorted(self.names | self.exact))
        raise HttpError(421, f"this server does not answer for Host '{header}' (a web page may be trying DNS "
                             f"rebinding); it answers for {allowed} on port {self.port}: start it with "
                             "--allow-host NAME to add a name")
