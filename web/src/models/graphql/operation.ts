import type { TypedDocumentString } from './generated';

/** A GraphQL operation ready to send or to show; `Data` is the type of its answer. */
export interface Operation<Data = unknown> {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** Never set: carries the answer's type to the client and the query hook. */
  readonly answer?: Data;
}

/** The definitions of a document (operations and fragments), each as its own trimmed text. */
function definitions(text: string): string[] {
  return text
    .split(/^\s*(?=(?:query|mutation|fragment)\s)/m)
    .map((definition) => definition.trim())
    .filter(Boolean);
}

/**
 * One document from an operation's text and the generated documents of the fragments it uses:
 * each fragment once, however many of the parts bring it along.
 */
export function documentText(operation: string, ...fragments: readonly { toString(): string }[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const definition of [operation, ...fragments].flatMap((part) => definitions(part.toString()))) {
    const head = definition.slice(0, definition.search(/[({]/));
    if (seen.has(head)) continue;
    seen.add(head);
    parts.push(definition);
  }
  return parts.join('\n\n');
}

/** The name of a document's operation. */
export function operationNameOf(query: string): string {
  const name = /^\s*(?:query|mutation)\s+(\w+)/m.exec(query)?.[1];
  if (!name) throw new Error(`the document has no named operation: ${query.slice(0, 60)}`);
  return name;
}

/** A generated document with its variables: the operation's type follows from the document's. */
export function fromDocument<Data, Variables extends Record<string, unknown>>(
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
): Operation<Data> {
  const query = documentText(document.toString());
  return { operationName: operationNameOf(query), query, variables };
}

/** An operation said as one text block: the document, then its variables as JSON. */
export function formatOperation(operation: Operation): string {
  return `${operation.query}\n\n# Variables\n${JSON.stringify(operation.variables, null, 2)}`;
}
