"""The recommendations tracker: recommendations by report, addressee and status, with a chart."""
