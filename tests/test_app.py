"""The application factory."""
from app import create_app


def test_test_config_overrides_the_file(config_file, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_SECRET_KEY", "k")
    app = create_app({"TESTING": True, "policy": {"min_gap": "72h"}}, config_path=str(config_file))
    settings = app.extensions["followup"].settings
    assert app.config["TESTING"] is True
    assert settings.policy.min_gap.total_seconds() == 72 * 3600
    assert settings.source == str(config_file)


def test_create_app_does_not_touch_the_database(tmp_path, monkeypatch):
    """Building the app must be cheap: no connection, no file, until something needs the database."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)
    create_app({"app": {"data_dir": str(tmp_path / "d")}, "database": {"url": f"sqlite:///{tmp_path}/x.db"}})
    assert not (tmp_path / "x.db").exists()
