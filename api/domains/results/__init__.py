"""What an opgave achieves: its progress at a glance, what became of an idea, and open data."""
