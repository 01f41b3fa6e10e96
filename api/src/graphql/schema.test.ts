import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { Kind, parse, type DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen';
import { loadTypeDefs } from './schema';

type GeneratedFile = { filename: string; content: string };

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The coordinates (`Type.field(arg:)`) of every schema element that has no description. */
function undescribed(definition: DefinitionNode): string[] {
  if (!('name' in definition) || definition.name === undefined) return [];
  const type = definition.name.value;
  const missing: string[] = [];
  if (!('description' in definition) || !definition.description?.value.trim()) missing.push(type);
  if ('fields' in definition) {
    for (const field of definition.fields ?? []) {
      if (!field.description?.value.trim()) missing.push(`${type}.${field.name.value}`);
      for (const arg of 'arguments' in field ? (field.arguments ?? []) : []) {
        if (!arg.description?.value.trim()) missing.push(`${type}.${field.name.value}(${arg.name.value}:)`);
      }
    }
  }
  if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
    for (const value of definition.values ?? []) {
      if (!value.description?.value.trim()) missing.push(`${type}.${value.name.value}`);
    }
  }
  return missing;
}

describe('schema.graphql', () => {
  it('describes every type, field, argument, enum value and input field', () => {
    const document = parse(loadTypeDefs());
    expect(document.definitions.flatMap(undescribed)).toEqual([]);
  });

  it('finds an undescribed element (the check itself works)', () => {
    const document = parse('"A." type A { "B." b(c: Int): Int d: Int } enum E { X } input I { "J." j: Int k: Int }');
    expect(document.definitions.flatMap(undescribed)).toEqual(['A.b(c:)', 'A.d', 'E', 'E.X', 'I', 'I.k']);
  });

  it('matches the committed resolver types (run `npm run codegen` after changing it)', async () => {
    // generate answers `any`; with `false` (no writing) it answers the files it would write.
    const [output] = (await generate({ ...codegenConfig, cwd: repoRoot, silent: true }, false)) as GeneratedFile[];
    const committed = readFileSync(join(repoRoot, 'api', 'src', 'generated', 'graphql.ts'), 'utf8');
    expect(output?.filename).toBe('api/src/generated/graphql.ts');
    expect(output?.content === committed).toBe(true);
  });
});
