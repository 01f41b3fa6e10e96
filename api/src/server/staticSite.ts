import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Vite names built assets `<name>-<content hash>.<ext>` under `assets/`: a changed file gets a new name. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}(\.[a-z0-9]+)+$/;

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The built explorer as a production site: the brotli or gzip copies written at build time are
 * served to clients that accept them; hashed assets are cached for a year as immutable, and every
 * other file (the HTML pages, which name the current hashes) is revalidated on each load.
 */
export function staticSite(webDist: string): RequestHandler {
  return expressStaticGzip(webDist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: {
      setHeaders(res, path) {
        res.setHeader(
          'Cache-Control',
          HASHED_ASSET.test(path.replaceAll('\\', '/')) ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'no-cache',
        );
      },
    },
  }) as RequestHandler;
}
