import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../data/neighbourhood';
import { LIMITS } from './arguments';
import { loadTypeDefs } from './schema';

// The schema states the range of each bounded argument in words; the code that checks it takes
// the bound from LIMITS. They must agree.

const schema = buildSchema(loadTypeDefs());

function argumentDescription(typeName: string, fieldName: string, argName: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const arg = type.getFields()[fieldName]?.args.find((candidate) => candidate.name === argName);
  if (!arg) throw new Error(`${typeName}.${fieldName}(${argName}:) does not exist`);
  return arg.description ?? '';
}

describe('the limits of arguments', () => {
  it('take the neighbourhood depth from the data layer', () => {
    expect(LIMITS.neighbourhoodDepth).toBe(MAX_DEPTH);
  });

  it.each([
    ['neighbourhood', 'depth', LIMITS.neighbourhoodDepth],
    ['neighbourhood', 'limit', LIMITS.neighbourhoodLimit],
    ['network', 'limit', LIMITS.networkLimit],
    ['shortestPaths', 'maxLength', LIMITS.pathLength],
    ['shortestPaths', 'limit', LIMITS.paths],
    ['search', 'first', LIMITS.searchHits],
    ['timeline', 'series', LIMITS.timelineSeries],
  ])('are stated by the schema: Query.%s(%s:) is 1 to %i', (field, arg, maximum) => {
    expect(argumentDescription('Query', field, arg)).toContain(`(1 to ${maximum})`);
  });

  it('state the page size of every connection field', () => {
    const pageFields = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
          .map((field) => [`${type.name}.${field.name}`, field.args.find((arg) => arg.name === 'first')] as const),
      );
    expect(pageFields.length).toBeGreaterThan(6);
    for (const [coordinate, first] of pageFields) {
      expect(first?.description, coordinate).toContain(`(1 to ${LIMITS.pageSize})`);
    }
  });
});
