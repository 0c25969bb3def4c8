"""Emergency erase from the window: 'Destroy this vault on this device'."""
