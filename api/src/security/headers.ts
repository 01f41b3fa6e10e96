import helmet from 'helmet';

/**
 * Security headers for every response (helmet's defaults: HSTS, nosniff, frame and referrer
 * policies…) with a Content-Security-Policy the built explorer and the GraphiQL page work under:
 * scripts only from this origin, styles inline too (Monaco, GraphiQL and React set them), images
 * and fonts also as data: and blob: URLs (icons, exports), workers from this origin (Monaco's).
 * No upgrade-insecure-requests: the app is often served over plain HTTP on a local port.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
}
