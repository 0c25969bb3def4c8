"""First run: create the vault, then show its recovery code once."""
