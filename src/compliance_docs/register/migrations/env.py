"""Alembic environment: migrations run on the connection the register opened, inside its
transaction (which holds the database's write lock), so two processes opening a new register
at once migrate it once."""

from alembic import context

from compliance_docs.register.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
