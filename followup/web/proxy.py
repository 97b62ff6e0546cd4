"""Forwarded client address and scheme, honoured only from the proxies `[web] trusted_proxies` names.

Why not waitress's trusted_proxy: it takes one address (or "*"), and only under `followup serve`; this
middleware takes addresses and networks, and the test client goes through it too. Why not Werkzeug's ProxyFix
alone: it believes X-Forwarded-For from any peer. Headers from any other peer are removed, so nothing later
can read a client's claim about itself.
"""
from __future__ import annotations

import ipaddress

FORWARDED_HEADERS = ("HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_HOST",
                     "HTTP_X_FORWARDED_PORT", "HTTP_X_FORWARDED_PREFIX", "HTTP_FORWARDED")


def parse_networks(values) -> tuple:
    """The trusted proxies as ip_network objects (config validation has already refused bad ones)."""
    return tuple(ipaddress.ip_network(v, strict=False) for v in values)


def _is_trusted(address: str, networks) -> bool:
    """Whether an address lies in one of the trusted networks."""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in net for net in networks)


def _is_address(value: str) -> bool:
    """Whether a forwarded hop is an IP address."""
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


class TrustedProxies:
    """WSGI middleware: REMOTE_ADDR and wsgi.url_scheme from X-Forwarded-For/-Proto of trusted peers only."""

    def __init__(self, app, networks):
        self.app = app
        self.networks = parse_networks(networks)

    def __call__(self, environ, start_response):
        """Rewrite the environ for a trusted peer; drop the forwarded headers of anyone else."""
        peer = environ.get("REMOTE_ADDR", "")
        if self.networks and _is_trusted(peer, self.networks):
            hops = [h.strip() for h in environ.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
            # the client is the nearest hop that is not itself one of our proxies (a proxy appends what it saw)
            while hops and _is_trusted(hops[-1], self.networks):
                hops.pop()
            if hops and _is_address(hops[-1]):  # anything else is no address: keep the proxy's own
                environ["followup.proxy_peer"] = peer
                environ["REMOTE_ADDR"] = hops[-1]
            proto = environ.get("HTTP_X_FORWARDED_PROTO", "").split(",")[-1].strip().lower()
            if proto in ("http", "https"):
                environ["wsgi.url_scheme"] = proto
        else:
            for name in FORWARDED_HEADERS:
                environ.pop(name, None)
        return self.app(environ, start_response)
