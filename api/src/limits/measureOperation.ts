import {
  getOperationAST,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
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
//
// The schema is read by duck typing (type names, `getFields`) and argument values from the AST,
// never with graphql's `isListType`-style helpers: those check `instanceof`, and the schema Apollo
// hands over may come from the other build (CommonJS or ES) of graphql than this module's.

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

/** The parts of a type this module reads: the composite types have fields (unions have none to select). */
interface SchemaType {
  getFields?: () => Record<string, FieldShape>;
}

/** A field definition as read here; `type` prints as SDL (`[SearchHit!]!`). */
interface FieldShape {
  type: { toString(): string };
  args: ReadonlyArray<{ name: string; defaultValue?: unknown }>;
}

interface Scope {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** The request's variables, with the operation's defaults for those it leaves out. */
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
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!rootType) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variables = withDefaults(operation, rawVariables ?? {});
  const scope: Scope = { schema, fragments, variables, memo: new Map(), expanding: new Set() };
  return measureSelections(scope, operation.selectionSet, rootType as SchemaType, undefined, false);
}

function withDefaults(operation: OperationDefinitionNode, raw: Record<string, unknown>): Record<string, unknown> {
  const variables = { ...raw };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) {
      variables[name] = literalValue(definition.defaultValue, {});
    }
  }
  return variables;
}

/** A number or a list length is all the sizes need; other values come back undefined. */
function literalValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.LIST) return node.values;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}

/** The named type of an SDL type (`[SearchHit!]!` → `SearchHit`), and whether it is a list. */
function typeOf(field: FieldShape): { name: string; isList: boolean } {
  const sdl = field.type.toString();
  return { name: sdl.replace(/[[\]!]/g, ''), isList: sdl.startsWith('[') };
}

function compositeType(scope: Scope, name: string): SchemaType | undefined {
  const type = scope.schema.getType(name) as unknown as (SchemaType & { getTypes?: unknown }) | undefined;
  return type && (typeof type.getFields === 'function' || typeof type.getTypes === 'function') ? type : undefined;
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
  parentType: SchemaType,
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
        const condition = selection.typeCondition && compositeType(scope, selection.typeCondition.name.value);
        const type = condition || parentType;
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
  const type = fragment && compositeType(scope, fragment.typeCondition.name.value);
  if (!fragment || !type || scope.expanding.has(name)) return NOTHING;
  scope.expanding.add(name);
  const measure = measureSelections(scope, fragment.selectionSet, type, inheritedSize, introspection);
  scope.expanding.delete(name);
  scope.memo.set(key, measure);
  return measure;
}

// The two introspection entry points are not among Query's fields.
const META_FIELDS: Record<string, FieldShape> = {
  __schema: { type: '__Schema!', args: [] },
  __type: { type: '__Type', args: [{ name: 'name' }] },
};

function fieldDefinition(scope: Scope, parentType: SchemaType, name: string): FieldShape | undefined {
  if (name in META_FIELDS && (parentType as unknown) === scope.schema.getQueryType()) return META_FIELDS[name];
  return parentType.getFields?.()[name];
}

function measureField(
  scope: Scope,
  node: FieldNode,
  parentType: SchemaType,
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
  const { name: typeName, isList } = typeOf(definition);
  const multiplier = isList ? (size ?? inheritedSize ?? DEFAULT_LIST_SIZE) : 1;
  // A size argument on an object (a connection, a network) bounds the lists directly inside it.
  const passedSize = isList ? undefined : size;
  const type = compositeType(scope, typeName);
  const inner = type ? measureSelections(scope, node.selectionSet, type, passedSize, inIntrospection) : NOTHING;
  return {
    depth: own.depth + inner.depth,
    cost: own.cost + multiplier * inner.cost,
    introspectionCost: own.introspectionCost + multiplier * inner.introspectionCost,
    aliases: aliases + inner.aliases,
  };
}

/** The value of the field's `first`/`limit` argument (given or default), or how many `ids` it names. */
function sizeArgument(scope: Scope, definition: FieldShape, node: FieldNode): number | undefined {
  const valueOf = (name: string): unknown => {
    const given = node.arguments?.find((argument) => argument.name.value === name);
    if (given) return literalValue(given.value, scope.variables);
    return definition.args.find((argument) => argument.name === name)?.defaultValue;
  };
  const counted = (value: number) => Math.min(Math.max(0, Math.floor(value)), MAX_COUNTED_SIZE);
  for (const name of SIZE_ARGUMENTS) {
    const value = valueOf(name);
    // Anything but a number is execution's error to report.
    if (typeof value === 'number' && Number.isFinite(value)) return counted(value);
  }
  const ids = valueOf('ids');
  return Array.isArray(ids) ? counted(ids.length) : undefined;
}
