"""Encrypted exchange from the GUI: Share My Keys…, contacts' keys, Export… and Import… (feature.py)."""
