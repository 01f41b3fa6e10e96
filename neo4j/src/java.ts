import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// What every Java process of the local Neo4j needs: Java 17+, and the jars Maven copied beside
// the launcher (neo4j/target), built on first use when `npm install` could not.

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const classesDir = join(packageRoot, 'target', 'classes');
/** Classes of ours that must be built (an older build may lack the newer ones). */
const OUR_CLASSES = ['LocalNeo4j', 'StoreLock'].map((name) =>
  join(classesDir, 'org', 'fairecollectif', 'neo4j', `${name}.class`),
);

/** What the machine lacks to run the local Neo4j, said so a person can fix it. */
export class LocalNeo4jUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jUnavailableError';
  }
}

function javaMajorVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function ensureJars(log: (message: string) => void): void {
  const built = () => existsSync(join(packageRoot, 'target', 'jars.stamp')) && OUR_CLASSES.every((f) => existsSync(f));
  if (built()) return;
  log('Building the local Neo4j (first run)…');
  const result = spawnSync(process.execPath, [join(packageRoot, 'scripts', 'install-jars.mjs')], {
    stdio: 'inherit',
  });
  if (result.status !== 0 || !built()) {
    throw new LocalNeo4jUnavailableError(
      'The local Neo4j could not be built (see the messages above). Install Java 17+ and Maven, ' +
        'then run `npm install`; or set NEO4J_URI to use a Neo4j you run elsewhere.',
    );
  }
}

/**
 * Checks Java and the jars (building them if needed) and gives the classpath of the local Neo4j:
 * our launcher classes and Neo4j Community with its tools (the offline importer included).
 */
export function localNeo4jClasspath(log: (message: string) => void = () => {}): string {
  const java = javaMajorVersion();
  if (java === undefined || java < 17) {
    throw new LocalNeo4jUnavailableError(
      `${java === undefined ? 'No Java was found' : `Java ${java} was found`}: the local Neo4j needs Java 17 or newer ` +
        '(Debian/Ubuntu: apt-get install openjdk-17-jre-headless). Or set NEO4J_URI to use a Neo4j you run elsewhere.',
    );
  }
  ensureJars(log);
  return [classesDir, join(packageRoot, 'target', 'lib', '*')].join(':');
}
