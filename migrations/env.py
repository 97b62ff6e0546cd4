"""Alembic environment: runs on the engine followup hands over, against SQLModel.metadata."""
from alembic import context
from sqlmodel import SQLModel

import followup.models  # noqa: F401  (registers every table on SQLModel.metadata)

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    """Run migrations on the engine from Database.alembic_config(), or on alembic.ini's URL."""
    engine = context.config.attributes.get("engine")
    if engine is None:
        import sqlalchemy as sa

        engine = sa.create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A batch operation on SQLite copies the table and drops the old one; with foreign keys enforced,
            # dropping a table other rows point at (user, customer, ...) fails. Off for the migration only
            # (SQLite ignores the pragma inside a transaction, so it goes to the driver before SQLAlchemy begins one).
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
        if sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


run_migrations_online()
