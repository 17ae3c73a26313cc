"""Who the client is when `coopkg serve` runs behind a reverse proxy (nginx, Caddy, Apache).

Behind a proxy every request comes from the proxy's address, so the per-client limit (--per-client)
would count all users as one. With --trust-proxy ADDRESS, a request from that address is counted for
the address the proxy put in X-Forwarded-For. Only the rightmost entries can be trusted: each proxy
appends the address it received the request from, and anything to their left came from the client,
who can write whatever it likes there. So the client is the rightmost entry that is not itself a
trusted proxy. A request from any other address is counted for that address, whatever its headers say.
"""

import ipaddress


def parse_proxies(addresses) -> frozenset:
    """The --trust-proxy values as IP addresses; ValueError names a value that is not one."""
    trusted = set()
    for value in addresses:
        try:
            trusted.add(ipaddress.ip_address(value.strip()))
        except ValueError:
            raise ValueError(f"{value!r} is not an IP address (e.g. 127.0.0.1 or ::1)") from None
    return frozenset(trusted)


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def client_address(peer: str, forwarded_for: list[str], trusted: frozenset) -> str:
    """The address to count a request for: `peer` unless it is a trusted proxy, else the rightmost
    X-Forwarded-For entry that is not a trusted proxy (the peer if there is none or it is malformed)."""
    if not trusted or _address(peer) not in trusted:
        return peer
    entries = [entry for header in forwarded_for for entry in header.split(",")]
    for entry in reversed(entries):
        address = _address(entry)
        if address is None:
            return peer          # a proxy we trust never writes this: do not guess
        if address not in trusted:
            return str(address)
    return peer
