"""Alembic migrations, shipped inside the package so wheels and bundles find them."""
