"""Qt only: the window, item models, views, dialogs and undo commands.

Nothing here opens a database session or writes SQL: it calls the repository.
"""
