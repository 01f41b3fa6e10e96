import { describe, expect, it } from 'vitest';
import { NetworkFieldsFragmentDoc, NodeFieldsFragmentDoc, SearchDocument } from './generated';
import { documentText, fromDocument, operationNameOf } from './operation';

describe('documents from generated parts', () => {
  it('keeps each fragment once, however many parts bring it', () => {
    const text = documentText(
      'query A($lang: Language!) { network { ...NetworkFields } }',
      NetworkFieldsFragmentDoc,
      NodeFieldsFragmentDoc,
    );
    expect(text.match(/fragment NodeFields /g)).toHaveLength(1);
    expect(text.match(/fragment EdgeFields /g)).toHaveLength(1);
    expect(text.startsWith('query A(')).toBe(true);
  });

  it('names an operation after its document', () => {
    const operation = fromDocument(SearchDocument, { query: 'verdi', first: 8, lang: 'EN' });
    expect(operation.operationName).toBe('Search');
    expect(operation.query.startsWith('query Search(')).toBe(true);
    expect(operation.variables).toEqual({ query: 'verdi', first: 8, lang: 'EN' });
  });

  it('refuses a document without a named operation', () => {
    expect(() => operationNameOf('fragment X on GraphNode { id }')).toThrow(/no named operation/);
  });
});
