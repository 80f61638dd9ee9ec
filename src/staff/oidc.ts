// Single sign-on with OpenID Connect (placeholder type until the OIDC client is wired in).
export interface OidcSignIn {
  readonly enabled: true;
}
