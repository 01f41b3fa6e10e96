// Builds the web app once per run when `web/dist` is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url));
export const WEB_DIST = join(WEB_DIR, 'dist');

const SOURCES = ['src', 'index.html', 'graphiql.html', 'vite.config.ts', 'package.json'];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** Whether `web/dist` holds both pages and is newer than every source file. */
export function webBuildIsFresh(): boolean {
  const pages = ['index.html', 'graphiql.html'].map((page) => join(WEB_DIST, page));
  if (!pages.every((page) => existsSync(page))) return false;
  const built = Math.min(...pages.map((page) => statSync(page).mtimeMs));
  return SOURCES.every((source) => newestModification(join(WEB_DIR, source)) <= built);
}

/** Runs `vite build` in `web/` unless the build is fresh; throws with Vite's output when it fails. */
export function ensureWebBuild(): void {
  if (webBuildIsFresh()) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: WEB_DIR, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) {
    throw new Error(`Building the web app failed (npm run build in web/):\n${result.stdout}\n${result.stderr}`);
  }
}
