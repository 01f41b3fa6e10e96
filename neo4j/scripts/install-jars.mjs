#!/usr/bin/env node
/* global console, process */
// Builds the local Neo4j launcher and copies its jars (Neo4j Community from Maven Central)
// into neo4j/target. Runs on `npm install`; skips work when the jars match the pom.
// Without Java or Maven it only warns: a remote Neo4j (NEO4J_URI) needs neither.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'target', 'jars.stamp');

const javaDir = join(root, 'src/main/java/org/fairecollectif/neo4j');

function fingerprint() {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'pom.xml')));
  for (const name of readdirSync(javaDir)
    .filter((file) => file.endsWith('.java'))
    .sort()) {
    hash.update(name);
    hash.update(readFileSync(join(javaDir, name)));
  }
  return hash.digest('hex');
}

function has(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

export function jarsAreCurrent() {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint();
}

async function main() {
  if (jarsAreCurrent()) return;
  const missing = [];
  if (!has('java', ['-version']))
    missing.push('Java 17 or newer (Debian/Ubuntu: apt-get install openjdk-17-jre-headless)');
  if (!has('mvn', ['-v'])) missing.push('Apache Maven 3.8 or newer (Debian/Ubuntu: apt-get install maven)');
  if (missing.length > 0) {
    console.warn(
      `[local-neo4j] Skipped building the local Neo4j: install ${missing.join(' and ')}, then run \`npm install\` again.\n` +
        '[local-neo4j] Without them the project can still use a remote Neo4j: set NEO4J_URI.',
    );
    return;
  }
  console.log('[local-neo4j] Fetching Neo4j Community jars from Maven Central (about 125 MB on the first run)…');
  const mvn = spawn('mvn', ['-B', '-Dstyle.color=never', '-f', join(root, 'pom.xml'), 'package'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let downloaded = 0;
  let tail = '';
  mvn.stdout.setEncoding('utf8');
  mvn.stdout.on('data', (chunk) => {
    tail = (tail + chunk).slice(-8000);
    for (const line of chunk.split('\n')) {
      if (line.includes('Downloaded from')) {
        downloaded += 1;
        if (downloaded % 25 === 0) console.log(`[local-neo4j] ${downloaded} files downloaded…`);
      }
    }
  });
  const code = await new Promise((resolve) => mvn.on('close', resolve));
  if (code !== 0) {
    console.error(tail);
    console.error(`[local-neo4j] Maven failed (exit ${code}); see its output above.`);
    process.exit(1);
  }
  writeFileSync(stampFile, fingerprint());
  console.log(`[local-neo4j] Ready (${downloaded} files downloaded).`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
