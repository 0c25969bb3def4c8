"""Help → Fill with Demo Data…: fictitious records for trying npmdesk out or for training."""
