/**
 * How a person proves who they are. Password sign-in is one implementation; a departmental
 * OIDC provider is another (see README, "Adding single sign-on"). Features only ever see the
 * resulting session, never the method.
 */
export interface SignInMethod<Credentials> {
  readonly name: string;
  /** Returns the account id on success; throws a DomainError otherwise. */
  authenticate(credentials: Credentials): Promise<string>;
}
