/**
 * The signed-in user in Hono's context, set by the auth middleware for every request:
 * `c.get('user')` is `{ email }`, or null when sign-in is off (loopback, or BACKSCROLL_AUTH=none).
 */
export type SignedInUser = { email: string };

declare module 'hono' {
  interface ContextVariableMap {
    user: SignedInUser | null;
  }
}
