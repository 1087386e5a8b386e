"""Errors the user can fix, shared by the store, the file formats, the CLI and the window.

Each carries a message fit to show a person as it is; the CLI prints it and exits 2, the
window shows it where the user is acting.
"""


class UserError(Exception):
    """Input the user can fix: nothing was changed."""


class NotFound(UserError):
    """A named record does not exist (or the name is ambiguous)."""


class ValidationError(UserError):
    """A command was refused by a rule; the database is unchanged."""


class NeedsConfirmation(ValidationError):
    """The edit touches a mission that has flown; repeat it confirmed (``--yes``)."""


class InUse(ValidationError):
    """A delete refused because other records use this one; repeat it forced."""


class ConflictError(UserError):
    """Someone else changed the row since it was read; the edit was refused."""


class DatabaseUnavailable(UserError):
    """The database cannot be opened: not a database, damaged, too new, or no such place."""


class DatabaseDamaged(DatabaseUnavailable):
    """The file is a database but fails SQLite's checks: offer to restore a backup."""


class ImportCancelled(UserError):
    """The user cancelled an import; the transaction was rolled back, nothing changed."""
