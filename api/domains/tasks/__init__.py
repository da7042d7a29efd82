"""Tasks of an opgave's plan, and the partner organisations that take them on."""
