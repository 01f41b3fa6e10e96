import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs where the tests run, so the Docker route is kept honest by reading it.
const root = join(import.meta.dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Record<string, unknown>>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with a volume, credentials from env and a healthcheck', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.volumes).toEqual(['neo4j-data:/data']);
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect((neo4j.environment as Record<string, string>).NEO4J_AUTH).toMatch(
      /\$\{NEO4J_USER[^}]*\}\/\$\{NEO4J_PASSWORD[^}]*\}/,
    );
    expect(neo4j.ports).toEqual(['127.0.0.1:7687:7687']);
    const healthcheck = neo4j.healthcheck as { test: string[]; retries: number };
    expect(healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(healthcheck.retries).toBeGreaterThan(0);
  });

  it('starts the app on port 4000 against that Neo4j once it is healthy', () => {
    const app = compose.services.app!;
    expect(app.build).toBe('.');
    expect(app.ports).toEqual(['4000:4000']);
    expect(app.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    const env = app.environment as Record<string, string | number>;
    expect(env.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(env.PORT).toBe(4000);
    expect((app.healthcheck as { test: string[] }).test.join(' ')).toContain('/health/ready');
  });

  it('builds the app from a Dockerfile that installs, builds the web and serves', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/^RUN npm ci$/m);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^CMD \["npm", "run", "serve"\]$/m);
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.serve).toBeDefined();
  });
});
