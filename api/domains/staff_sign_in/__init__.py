"""Staff sign-in through a municipality's own identity provider (OpenID Connect).

A beheerder sets the provider (issuer, client id and secret, button label, the role it gives);
staff then sign in with the authorization code flow, PKCE, state and nonce, and get a session like
any other. See ``signin`` for the flow, ``openid`` for the checks on what the provider sends, and
``urls`` for which addresses the platform will call.
"""
