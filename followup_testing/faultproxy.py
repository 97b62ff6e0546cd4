"""A small TCP proxy for tests: put it between the app and a real server (Dovecot, SMTP) and inject network faults.

Usage (the app is pointed at proxy.host:proxy.port instead of the server's own port):

    from followup_testing.faultproxy import FaultProxy

    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        mailbox = make_mailbox(host=proxy.host, port=proxy.port)
        proxy.cut_after(64 * 1024, times=1)   # the next connection dies 64 kB into what the server sends
        with pytest.raises(MailboxError):
            sync(mailbox)                     # cut mid-FETCH
        assert proxy.cuts == 1                # the fault really happened (mode is pass-through again)
        sync(mailbox)                         # resumes: assert no duplicate and no gap

    proxy.delay(50)              # every chunk, both ways, waits 50 ms (proxy.delayed_chunks counts them)
    proxy.refuse()               # new connections are accepted, then closed at once (proxy.refused)
    proxy.refuse(listen=False)   # the port stops listening: clients get ConnectionRefusedError
    proxy.blackhole()            # new connections are held open and never answered; traffic on open ones is swallowed
    proxy.pass_through()         # back to normal (listening again on the same port if needed)
    proxy.wait_until(lambda p: p.cuts >= 1)   # waits on a condition, never on a sleep

Modes switch at any time; cut_after counts each connection's server-to-client bytes from when it is set (or from
the connection's start). Counters: connections, refused, blackholed, bytes_up (client to server), bytes_down,
delayed_chunks, swallowed_chunks, cuts. One thread accepts; each connection has one thread per direction.
"""
from __future__ import annotations

import socket
import threading
from typing import Callable

HOST = "127.0.0.1"
CHUNK = 64 * 1024
CONNECT_TIMEOUT = 5.0
WAIT_TIMEOUT = 10.0
JOIN_TIMEOUT = 5.0

PASS, DELAY, CUT, REFUSE, BLACKHOLE = "pass", "delay", "cut", "refuse", "blackhole"


class FaultProxy:
    """A threaded TCP proxy on 127.0.0.1:<free port> forwarding to target_host:target_port, with switchable faults."""

    def __init__(self, target_host: str, target_port: int, host: str = HOST):
        self.target = (target_host, target_port)
        self.host = host
        self.port = 0
        self.mode = PASS
        self.delay_ms = 0
        self.cut_bytes = 0
        self.cuts_left: int | None = None
        self.generation = 0  # bumped on every mode change, so a cut budget restarts from the change
        self.connections = self.refused = self.blackholed = self.cuts = 0
        self.bytes_up = self.bytes_down = self.delayed_chunks = self.swallowed_chunks = 0
        self._cond = threading.Condition()
        self._stopping = threading.Event()
        self._listener: socket.socket | None = None
        self._acceptor: threading.Thread | None = None
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> "FaultProxy":
        """Listen (on a free port the first time, the same port afterwards) and start accepting."""
        self._stopping.clear()
        self._listen()
        return self

    def stop(self) -> None:
        """Stop listening, close every connection and join the threads."""
        self._stopping.set()
        self._unlisten()
        with self._cond:
            sockets, threads = list(self._sockets), list(self._threads)
        for sock in sockets:
            _close(sock)
        for thread in threads:
            thread.join(JOIN_TIMEOUT)

    def __enter__(self) -> "FaultProxy":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    # ------------------------------------------------------------------ modes

    def pass_through(self) -> None:
        """Forward everything unchanged; listen again if refuse(listen=False) had stopped it."""
        self._set(PASS)
        if self._listener is None and not self._stopping.is_set():
            self._listen()

    def delay(self, ms: int) -> None:
        """Hold every chunk, both directions, for ms milliseconds before forwarding it."""
        self._set(DELAY, delay_ms=ms)

    def cut_after(self, n_bytes: int, times: int | None = None) -> None:
        """Close a connection once the server has sent it n_bytes more; after `times` cuts, back to pass-through."""
        self._set(CUT, cut_bytes=n_bytes, cuts_left=times)

    def refuse(self, listen: bool = True) -> None:
        """New connections: accepted then closed at once (listen=True), or refused by the OS (listen=False)."""
        self._set(REFUSE)
        if not listen:
            self._unlisten()

    def blackhole(self) -> None:
        """New connections are held open and never answered; chunks on open connections are swallowed."""
        self._set(BLACKHOLE)

    def wait_until(self, predicate: Callable[["FaultProxy"], bool], timeout: float = WAIT_TIMEOUT) -> bool:
        """Block until predicate(proxy) holds (re-checked whenever a counter changes); False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: predicate(self), timeout)

    def _set(self, mode: str, delay_ms: int = 0, cut_bytes: int = 0, cuts_left: int | None = None) -> None:
        with self._cond:
            self.mode, self.delay_ms, self.cut_bytes, self.cuts_left = mode, delay_ms, cut_bytes, cuts_left
            self.generation += 1
            self._cond.notify_all()

    def _count(self, **increments: int) -> None:
        with self._cond:
            for name, value in increments.items():
                setattr(self, name, getattr(self, name) + value)
            self._cond.notify_all()

    # ------------------------------------------------------------------ listening and accepting

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._acceptor = self._spawn(self._accept_loop, listener)

    def _unlisten(self) -> None:
        listener, self._listener = self._listener, None
        if listener is None:
            return
        _close(listener)  # shutdown() wakes the accept() blocked in the acceptor thread
        if self._acceptor is not None and self._acceptor is not threading.current_thread():
            self._acceptor.join(JOIN_TIMEOUT)

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was shut down
            with self._cond:
                mode = self.mode
            if mode == REFUSE:
                self._count(refused=1)
                _close(client)
            elif mode == BLACKHOLE:
                self._count(connections=1, blackholed=1)
                self._track(client)
                self._spawn(self._swallow, client)
            else:
                self._count(connections=1)
                self._spawn(self._connect, client)

    def _connect(self, client: socket.socket) -> None:
        self._track(client)
        try:
            server = socket.create_connection(self.target, timeout=CONNECT_TIMEOUT)
            server.settimeout(None)
        except OSError:
            _close(client)
            return
        self._track(server)
        if self._stopping.is_set():  # stop() ran while we were connecting
            _close(server)
            _close(client)
            return
        self._spawn(self._pump, server, client, True)
        self._pump(client, server, False)

    # ------------------------------------------------------------------ forwarding

    def _swallow(self, client: socket.socket) -> None:
        """Read and drop what a blackholed client sends, until it or the proxy closes."""
        try:
            while client.recv(CHUNK):
                self._count(swallowed_chunks=1)
        except OSError:
            pass
        _close(client)
        with self._cond:
            self._sockets.discard(client)

    def _pump(self, src: socket.socket, dst: socket.socket, downstream: bool) -> None:
        """Copy src to dst chunk by chunk, applying the mode current at each chunk."""
        sent, generation = 0, -1
        try:
            while True:
                data = src.recv(CHUNK)
                if not data:
                    break
                with self._cond:
                    mode, delay_ms, cut_bytes = self.mode, self.delay_ms, self.cut_bytes
                    if self.generation != generation:
                        sent, generation = 0, self.generation
                if mode == BLACKHOLE:
                    self._count(swallowed_chunks=1)
                    continue
                if mode == DELAY:
                    self._stopping.wait(delay_ms / 1000)  # the fault itself; stop() cuts it short
                    self._count(delayed_chunks=1)
                # counted before sending, so a client that has read the bytes never sees a counter behind them
                if mode == CUT and downstream and sent + len(data) >= cut_bytes:
                    self._count(bytes_down=cut_bytes - sent)
                    dst.sendall(data[:cut_bytes - sent])
                    self._record_cut()
                    break
                self._count(**{"bytes_down" if downstream else "bytes_up": len(data)})
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        # one side ended (or was cut): end both, so the peer sees EOF at once
        _close(src)
        _close(dst)
        with self._cond:
            self._sockets.difference_update((src, dst))

    def _record_cut(self) -> None:
        with self._cond:
            self.cuts += 1
            if self.cuts_left is not None:
                self.cuts_left -= 1
                if self.cuts_left <= 0:
                    self.mode, self.cuts_left = PASS, None
                    self.generation += 1
            self._cond.notify_all()

    # ------------------------------------------------------------------ bookkeeping

    def _track(self, sock: socket.socket) -> None:
        with self._cond:
            self._sockets.add(sock)

    def _spawn(self, target, *args) -> threading.Thread:
        thread = threading.Thread(target=target, args=args, daemon=True, name=f"faultproxy-{self.port}")
        with self._cond:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()
        return thread


def _close(sock: socket.socket) -> None:
    """Shut down and close a socket, ignoring errors (it may already be closed by the other side)."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
