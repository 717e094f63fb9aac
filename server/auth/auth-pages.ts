import { html } from 'hono/html';

/**
 * The few pages the server itself shows around sign-in. Self-contained (no script, inline styles only),
 * so they work before the app loads and under the production Content Security Policy. Every value is
 * escaped by hono/html.
 */
function page(title: string, body: ReturnType<typeof html>) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Backscroll</title>
        <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
        <style>
          body {
            font:
              15px/1.5 system-ui,
              sans-serif;
            color: #0f172a;
            background: #f8fafc;
            margin: 0;
          }
          main {
            max-width: 32rem;
            margin: 12vh auto;
            padding: 2rem;
            background: #fff;
            border: 1px solid #e2e8f0;
            border-radius: 0.75rem;
          }
          h1 {
            font-size: 1.25rem;
            margin: 0 0 0.75rem;
          }
          button,
          a.button {
            font: inherit;
            padding: 0.4rem 0.9rem;
            border-radius: 0.375rem;
            border: 1px solid #4f46e5;
            background: #4f46e5;
            color: #fff;
            cursor: pointer;
            text-decoration: none;
          }
        </style>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html>`;
}

const signOutForm = html`<form method="post" action="/auth/logout">
  <button type="submit">Sign out</button>
</form>`;

export function notAllowedPage(email: string, canSignOut: boolean) {
  return page(
    'Not allowed',
    html`<h1>This account may not use Backscroll</h1>
      <p>
        You are signed in as <strong>${email}</strong>, which is not on this Backscroll's list of allowed
        accounts. Ask whoever runs it to add you, or sign in with another account.
      </p>
      ${
        canSignOut
          ? signOutForm
          : html`<p>
              You were signed in by your organisation's sign-in service; sign out there to switch accounts.
            </p>`
      }`,
  );
}

export function unverifiedPage(email: string) {
  return page(
    'E-mail not verified',
    html`<h1>Your e-mail address is not verified</h1>
      <p>
        Your sign-in provider says <strong>${email}</strong> has not been verified, so Backscroll cannot trust
        that it is yours. Verify it with your provider, then sign in again.
      </p>
      <p><a class="button" href="/auth/login">Sign in again</a></p>`,
  );
}

export function notSignedInPage() {
  return page(
    'Not signed in',
    html`<h1>You are not signed in</h1>
      <p>
        This Backscroll is opened through your organisation's sign-in service, and this request did not come
        through it. Open Backscroll at its usual address and sign in there.
      </p>`,
  );
}

export function signInFailedPage(reason: string) {
  return page(
    'Sign-in failed',
    html`<h1>Sign-in did not complete</h1>
      <p>${reason}</p>
      <p><a class="button" href="/auth/login">Try again</a></p>`,
  );
}

export function signedOutPage(canSignIn: boolean) {
  return page(
    'Signed out',
    html`<h1>You are signed out</h1>
      <p>Backscroll forgot your session in this browser.</p>
      ${canSignIn ? html`<p><a class="button" href="/auth/login">Sign in again</a></p>` : ''}`,
  );
}

export function proxiedWithoutSignInPage() {
  return page(
    'Sign-in not configured',
    html`<h1>This Backscroll has no sign-in</h1>
      <p>
        It was reached through a reverse proxy, so it may be open to other people, and no sign-in is
        configured. Whoever runs it: configure a sign-in method (see "Deploying for a team" in the README), or
        set BACKSCROLL_AUTH=none to run it open on purpose.
      </p>`,
  );
}
