import { secureHeaders } from 'hono/secure-headers';

/**
 * The production server's response headers, from Hono's `secure-headers` middleware: its defaults
 * (nosniff, no-referrer, frame and cross-origin protections) plus a strict Content Security Policy, so
 * that even a vendor string that slipped past React's escaping could not run script.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    // HSTS belongs to the TLS-terminating reverse proxy, which knows whether the site is served over https.
    strictTransportSecurity: false,
  });
}
