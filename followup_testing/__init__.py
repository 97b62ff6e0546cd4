"""The test harness the suite and the benchmarks share: real servers on free 127.0.0.1 ports.

servers: a private Dovecot IMAP (also with OAuth 2.0 logins), an aiosmtpd SMTP sink, a private PostgreSQL
cluster and an OAuth 2.0 authorization server. faultproxy: a TCP proxy that injects the network faults a real
server cannot be asked for. Installed with the package (`pip install -e '.[test]'` brings what they import).
"""
