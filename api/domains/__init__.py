"""One package per domain, each with the same small set of modules."""
