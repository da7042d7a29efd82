"""What every domain shares: schema base, errors, pagination, HTTP plumbing, keys."""
