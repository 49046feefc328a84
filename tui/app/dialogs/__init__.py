"""Modal dialogs: export, confirm overwrite, item details, help."""
