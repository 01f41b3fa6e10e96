import { INTERFACE_LANGUAGES, VOCABULARY } from '@faire-collectif/seed/model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityTypeName, kindName, relationshipName } from './i18n';
import { EDGE_LOOKS, KIND_COLOURS, NODE_LOOKS } from './cytoscape/palette';
import { buildStylesheet } from './cytoscape/stylesheet';
import { ENTITY_TYPES, ORGANISATION_KINDS, RELATIONSHIP_TYPES } from './vocabulary';

// Enumerates the graph model: a type added there without its web counterpart fails here.
// Vite hands CSS to tests empty, so the stylesheet is read as a file.
const appCss = readFileSync(join(import.meta.dirname, '../styles/app.css'), 'utf8');
const selectors = buildStylesheet().map((rule) => rule.selector);

describe('the web layer knows every type of the model', () => {
  it('lists them in the model’s order', () => {
    expect(ENTITY_TYPES).toEqual(VOCABULARY.entityTypes.map((entry) => entry.type));
    expect(RELATIONSHIP_TYPES).toEqual(VOCABULARY.relationshipTypes.map((entry) => entry.type));
    expect(ORGANISATION_KINDS).toEqual(VOCABULARY.organisationKinds.map((entry) => entry.kind));
  });

  it.each(VOCABULARY.entityTypes)('entity type $type: named in each language, drawn and coloured', (entry) => {
    for (const lang of INTERFACE_LANGUAGES) {
      expect(entityTypeName(lang, entry.type)).toBe(entry.one[lang]);
      expect(entityTypeName(lang, entry.type).trim()).not.toBe('');
    }
    expect(NODE_LOOKS[entry.type]?.colour).toMatch(/^#[0-9A-F]{6}$/i);
    expect(NODE_LOOKS[entry.type]?.shape).toBeTruthy();
    expect(selectors).toContain(`node[type = "${entry.type}"]`);
    expect(appCss).toContain(`.type-${entry.type.toLowerCase()} {`);
  });

  it.each(VOCABULARY.relationshipTypes)('relationship type $type: worded in each language and drawn', (entry) => {
    for (const lang of INTERFACE_LANGUAGES) {
      expect(relationshipName(lang, entry.type)).toBe(entry.words[lang]);
      expect(relationshipName(lang, entry.type).trim()).not.toBe('');
    }
    expect(EDGE_LOOKS[entry.type]?.colour).toMatch(/^#[0-9A-F]{6}$/i);
    expect(['solid', 'dashed', 'dotted']).toContain(EDGE_LOOKS[entry.type]?.line);
    expect(selectors).toContain(`edge[type = "${entry.type}"]`);
  });

  it.each(VOCABULARY.organisationKinds)('organisation kind $kind: named in each language and coloured', (entry) => {
    for (const lang of INTERFACE_LANGUAGES) {
      expect(kindName(lang, entry.kind)).toBe(entry.words[lang]);
      expect(kindName(lang, entry.kind).trim()).not.toBe('');
    }
    expect(KIND_COLOURS[entry.kind]).toMatch(/^#[0-9A-F]{6}$/i);
  });
});
