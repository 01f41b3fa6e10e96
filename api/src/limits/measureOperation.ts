import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

// How big an operation is, measured on the document before it runs, so that a query too deep or
// too costly is refused before it reaches the database.
//
// Cost estimates how many field values the response may hold: each field counts 1 per object it
// is resolved on. A list multiplies what is selected inside it by its size: the field's own
// `first`/`limit`/`ids` argument when it has one, else the size argument of the field just above
// it (`organisations(first: 100) { nodes … }`, `network(limit: 500) { edges … }`), else
// DEFAULT_LIST_SIZE. Fragments are expanded (and memoised, so reusing one is not exponential);
// all branches of type conditions count, so the estimate errs high.
//
// Introspection (`__schema`, `__type` and below) is measured apart: it does not count towards
// depth (GraphiQL's introspection query nests `ofType` deeper than any query of the data needs)
// and its cost is its own, so it can be held to what a standard introspection query costs.

/** Assumed length of a list without a size argument (a person's roles, an organisation's countries…). */
export const DEFAULT_LIST_SIZE = 10;
/** Size arguments above this are taken as this (the resolvers refuse anything beyond their own bounds). */
export const MAX_COUNTED_SIZE = 2_000;

const SIZE_ARGUMENTS = ['first', 'limit'] as const;

export interface OperationMeasure {
  /** Deepest nesting of fields (a root field is depth 1). */
  depth: number;
  /** Estimated number of field values in the response, introspection aside. */
  cost: number;
  /** The same for the introspection fields. */
  introspectionCost: number;
  /** Aliased fields, fragments expanded. */
  aliases: number;
}

interface Scope {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  memo: Map<string, OperationMeasure>;
  /** Fragments being expanded, against a cycle (validation refuses them, but this runs on its own too). */
  expanding: Set<string>;
}

const NOTHING: OperationMeasure = { depth: 0, cost: 0, introspectionCost: 0, aliases: 0 };

/**
 * Measures the operation that a request runs. Undefined when the document has no such operation
 * or its variables do not coerce: execution reports those errors itself.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  rawVariables: Record<string, unknown> = {},
): OperationMeasure | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!rootType) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const scope: Scope = { schema, fragments, variables: coerced.coerced, memo: new Map(), expanding: new Set() };
  return measureSelections(scope, operation.selectionSet, rootType, undefined, false);
}

function combine(into: OperationMeasure, part: OperationMeasure): void {
  into.depth = Math.max(into.depth, part.depth);
  into.cost += part.cost;
  into.introspectionCost += part.introspectionCost;
  into.aliases += part.aliases;
}

/** The measure of a selection set, per object of `parentType` it is resolved on. */
function measureSelections(
  scope: Scope,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  inheritedSize: number | undefined,
  introspection: boolean,
): OperationMeasure {
  const total = { ...NOTHING };
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        combine(total, measureField(scope, selection, parentType, inheritedSize, introspection));
        break;
      case Kind.INLINE_FRAGMENT: {
        const condition = selection.typeCondition
          ? scope.schema.getType(selection.typeCondition.name.value)
          : parentType;
        const type = condition && isCompositeType(condition) ? condition : parentType;
        combine(total, measureSelections(scope, selection.selectionSet, type, inheritedSize, introspection));
        break;
      }
      case Kind.FRAGMENT_SPREAD:
        combine(total, measureFragment(scope, selection.name.value, inheritedSize, introspection));
        break;
    }
  }
  return total;
}

function measureFragment(
  scope: Scope,
  name: string,
  inheritedSize: number | undefined,
  introspection: boolean,
): OperationMeasure {
  const key = `${name}|${inheritedSize ?? ''}|${introspection}`;
  const known = scope.memo.get(key);
  if (known) return known;
  const fragment = scope.fragments.get(name);
  const type = fragment && scope.schema.getType(fragment.typeCondition.name.value);
  if (!fragment || !type || !isCompositeType(type) || scope.expanding.has(name)) return NOTHING;
  scope.expanding.add(name);
  const measure = measureSelections(scope, fragment.selectionSet, type, inheritedSize, introspection);
  scope.expanding.delete(name);
  scope.memo.set(key, measure);
  return measure;
}

function fieldDefinition(
  scope: Scope,
  parentType: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name && parentType === scope.schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parentType === scope.schema.getQueryType()) return TypeMetaFieldDef;
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

function measureField(
  scope: Scope,
  node: FieldNode,
  parentType: GraphQLCompositeType,
  inheritedSize: number | undefined,
  introspection: boolean,
): OperationMeasure {
  const name = node.name.value;
  const aliases = node.alias && node.alias.value !== name ? 1 : 0;
  // `__typename` is answered without resolving anything.
  if (name === '__typename') return { ...NOTHING, aliases };
  const definition = fieldDefinition(scope, parentType, name);
  const inIntrospection = introspection || name.startsWith('__');
  const own = inIntrospection
    ? { depth: 0, cost: 0, introspectionCost: 1 }
    : { depth: 1, cost: 1, introspectionCost: 0 };
  if (!definition || !node.selectionSet) return { ...own, aliases };

  const size = sizeArgument(scope, definition, node);
  const isList = isListType(getNullableType(definition.type));
  const multiplier = isList ? (size ?? inheritedSize ?? DEFAULT_LIST_SIZE) : 1;
  // A size argument on an object (a connection, a network) bounds the lists directly inside it.
  const passedSize = isList ? undefined : size;
  const type = getNamedType(definition.type);
  const inner = isCompositeType(type)
    ? measureSelections(scope, node.selectionSet, type, passedSize, inIntrospection)
    : NOTHING;
  return {
    depth: own.depth + inner.depth,
    cost: own.cost + multiplier * inner.cost,
    introspectionCost: own.introspectionCost + multiplier * inner.introspectionCost,
    aliases: aliases + inner.aliases,
  };
}

/** The value of the field's `first`/`limit` argument, or how many `ids` it names. */
function sizeArgument(scope: Scope, definition: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
  if (definition.args.length === 0) return undefined;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(definition, node, scope.variables);
  } catch {
    return undefined; // A bad argument value is execution's error to report.
  }
  const counted = (value: number) => Math.min(Math.max(0, Math.floor(value)), MAX_COUNTED_SIZE);
  for (const name of SIZE_ARGUMENTS) {
    const value = values[name];
    if (typeof value === 'number' && Number.isFinite(value)) return counted(value);
  }
  const ids = values['ids'];
  return Array.isArray(ids) ? counted(ids.length) : undefined;
}
