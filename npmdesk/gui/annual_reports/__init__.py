"""An annual report's separate dated steps and its deadline, in the detail pane."""
