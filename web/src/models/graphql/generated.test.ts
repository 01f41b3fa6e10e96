import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { webCodegenConfig } from '../../../codegen';

type GeneratedFile = { filename: string; content: string };

const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');

describe('the explorer’s operation types', () => {
  it('match the committed ones (run `npm run codegen` after changing a document or the schema)', async () => {
    // generate answers `any`; with `false` (no writing) it answers the files it would write.
    const [output] = (await generate({ ...webCodegenConfig, cwd: repoRoot, silent: true }, false)) as GeneratedFile[];
    const committed = readFileSync(join(repoRoot, 'web', 'src', 'models', 'graphql', 'generated.ts'), 'utf8');
    expect(output?.filename).toBe('web/src/models/graphql/generated.ts');
    expect(output?.content === committed).toBe(true);
  }, 30_000);
});
