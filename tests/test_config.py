"""Settings: defaults, file, environment, the documentation test, and bad values."""
import re
import tomllib
from datetime import timedelta

import pytest

from followup.config import documented_keys, load_settings, parse_duration
from followup.exceptions import ConfigError
from tests.conftest import ROOT

EXAMPLE = ROOT / "config.example.toml"


def test_every_setting_is_documented_in_the_example():
    """A key read by the code but missing from config.example.toml (or lacking a comment) fails."""
    lines = EXAMPLE.read_text().splitlines()
    section, documented = None, {}
    for i, line in enumerate(lines):
        if m := re.match(r"^\[([\w.]+)\]$", line):
            section = m.group(1)
        elif m := re.match(r"^(\w+)\s*=", line):
            assert lines[i - 1].startswith("#"), f"[{section}] {m.group(1)} has no comment above it"
            documented.setdefault(section, []).append(m.group(1))
    assert documented == documented_keys()


def test_example_config_loads_and_equals_defaults():
    """The example, copied as is, gives exactly the built-in defaults."""
    settings = load_settings(EXAMPLE, environ={})
    defaults = load_settings(None, environ={"FOLLOWUP_CONFIG": ""})
    for section in documented_keys():
        if section.startswith("oauth."):
            name = section.split(".", 1)[1]
            assert settings.oauth_providers[name] == defaults.oauth_providers[name], section
        else:
            assert getattr(settings, section) == getattr(defaults, section), section
    assert tomllib.loads(EXAMPLE.read_text())["policy"]["window"] == "7d"


@pytest.mark.parametrize("text,expected", [("30s", timedelta(seconds=30)), ("90m", timedelta(minutes=90)),
                                           ("48h", timedelta(hours=48)), ("7d", timedelta(days=7)),
                                           ("1h30m", timedelta(minutes=90))])
def test_durations(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "7", "7x", "h", "-1d", "1.5h", "7 d"])
def test_bad_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_environment_overrides_file(tmp_path):
    """FOLLOWUP_<SECTION>_<KEY> wins over the file."""
    path = tmp_path / "c.toml"
    path.write_text('[policy]\nmin_gap = "24h"\nmax_per_window = 3\n')
    settings = load_settings(path, environ={"FOLLOWUP_POLICY_MIN_GAP": "72h", "FOLLOWUP_SYNC_IDLE": "false"})
    assert settings.policy.min_gap == timedelta(hours=72)
    assert settings.policy.max_per_window == 3
    assert settings.sync.idle is False


@pytest.mark.parametrize("body,message", [
    ('[policy]\nwindow = "7x"\n', "[policy] window: '7x' is not a duration"),
    ('[policy]\nmax_per_window = "two"\n', "[policy] max_per_window: 'two' is not a whole number"),
    ('[policy]\nbogus = 1\n', "[policy] bogus: unknown key"),
    ('[nonsense]\na = 1\n', "unknown section [nonsense]"),
    ('[policy]\ndefault_timezone = "Mars/Olympus"\n', "[policy] default_timezone: 'Mars/Olympus' is not a known time zone"),
    ('[policy]\nsend_window = "sometimes"\n', "[policy] send_window:"),
    ('[policy\n', "not valid TOML"),
    ('[policy]\nwindow = "0s"\n', "[policy] window: window 0s is out of range"),
    ('[policy]\nmin_gap = "3000000d"\n', "[policy] min_gap: '3000000d' is too long"),
    ('[policy]\nmin_gap = "400d"\n', "[policy] min_gap: min gap 400d is out of range"),
    ('[policy]\nmax_per_window = 100000\n', "[policy] max_per_window: max per window 100000 is out of range"),
    ('[schedule]\nsend_every = "0s"\n', "[schedule] send_every: must be longer than 0s"),
    ('[outbox]\nbatch_size = 0\n', "[outbox] batch_size: must be at least 1"),
    ('[web]\nport = 70000\n', "[web] port: 70000 is not a port"),
])
def test_bad_config_names_the_key(tmp_path, body, message):
    path = tmp_path / "c.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as info:
        load_settings(path, environ={})
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_explicit_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_bad_environment_value_names_the_key():
    with pytest.raises(ConfigError, match=r"\[web\] port"):
        load_settings(None, environ={"FOLLOWUP_WEB_PORT": "eighty"})


def test_a_limit_out_of_bounds_in_the_config_is_exit_2_naming_the_key(cli, config_file):
    """Issue 13 finding 3: such values loaded without complaint and then stopped every send."""
    config_file.write_text(config_file.read_text() + '[policy]\nmin_gap = "3000000d"\n')
    result = cli("drafts", "list")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "[policy] min_gap" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_environment_spells_every_kind_of_value_as_text():
    """Lists are comma-separated, flags accept on/off, numbers and durations are parsed; the file's types are not."""
    settings = load_settings(None, environ={
        "FOLLOWUP_CONFIG": "", "FOLLOWUP_WEB_TRUSTED_PROXIES": "10.0.0.0/8, 127.0.0.1",
        "FOLLOWUP_WEB_MAILBOX_PORTS": "993,587", "FOLLOWUP_SYNC_IDLE": "off", "FOLLOWUP_WEB_PORT": " 8080 ",
        "FOLLOWUP_OUTBOX_UNDO_WINDOW": "0s", "FOLLOWUP_OAUTH_GOOGLE_SCOPES": "imap,smtp"})
    assert settings.web.trusted_proxies == ("10.0.0.0/8", "127.0.0.1") and settings.web.mailbox_ports == (993, 587)
    assert settings.sync.idle is False and settings.web.port == 8080
    assert settings.outbox.undo_window == timedelta(0) and settings.oauth_providers["google"].scopes == ("imap", "smtp")


@pytest.mark.parametrize("body,environ,message", [
    ('[web]\nmailbox_ports = [25, 99999]\n', {}, "[web] mailbox_ports: 99999 is not a port (1 to 65535)"),
    ('[web]\ntrusted_proxies = ["nope"]\n', {}, "[web] trusted_proxies: 'nope' is not an IP address or network"),
    ('[sync]\nextra_folders = "Archive"\n', {}, "[sync] extra_folders: 'Archive' is not a list of strings"),
    ('[web]\ncookie_secure = "yes"\n', {}, "[web] cookie_secure: 'yes' is not true or false"),
    ('', {"FOLLOWUP_SYNC_IDLE": "maybe"}, "[sync] idle: 'maybe' is not true or false"),
    ('[oauth.microsoft]\nimap_security = "tls"\n', {}, "[oauth.microsoft] imap_security: 'tls' is not one of ssl"),
    ('[oauth.acme]\nloopback_port = -1\n', {}, "[oauth.acme] loopback_port: -1 must not be negative"),
])
def test_each_bad_value_is_one_line_naming_the_key_and_where_it_came_from(tmp_path, body, environ, message):
    """A value of the wrong kind names the file it came from; one out of bounds reads the same from anywhere."""
    path = tmp_path / "c.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as info:
        load_settings(path, environ=environ)
    text = str(info.value)
    assert message in text and "\n" not in text
    wrong_kind = "is not a list of strings" in message or "is not true or false" in message
    assert text.startswith(f"{path}: ") == (bool(body) and wrong_kind)


def test_a_section_rebuilt_with_dataclasses_replace_is_validated_again():
    """Sections are pydantic dataclasses: code and tests that replace a value get the same checks as the file."""
    import dataclasses

    import pydantic

    settings = load_settings(None, environ={"FOLLOWUP_CONFIG": ""})
    assert dataclasses.replace(settings.policy, send_window="always").send_window == "always"
    with pytest.raises(pydantic.ValidationError, match="is not a port"):
        dataclasses.replace(settings.web, port=70000)


def test_a_section_left_at_its_defaults_equals_one_pydantic_builds():
    """A section nothing sets is built without its validator: the same values, type and hash as pydantic's own."""
    from followup.config import SECTIONS, OAuthProvider, _defaults

    for cls in (*SECTIONS.values(), OAuthProvider):
        built, validated = _defaults(cls), cls()
        assert type(built) is cls and built == validated and hash(built) == hash(validated), cls.__name__
