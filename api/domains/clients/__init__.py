"""Machine clients of municipal IT: OAuth2 client credentials, signed access tokens, scopes."""
