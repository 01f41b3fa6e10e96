import { nodeColour } from '../cytoscape/palette';
import { entityTypeName, kindName } from '../i18n';
import type { GraphNode, Language } from '../types';
import { ENTITY_TYPES, ORGANISATION_KINDS } from '../vocabulary';

/**
 * The legend of a figure coloured by type: one entry per colour the view uses (entity types,
 * organisations by kind), in the order of the model's vocabulary.
 */
export function typeLegend(lang: Language, nodes: readonly GraphNode[]): { colour: string; label: string }[] {
  const types = new Set(nodes.map((node) => node.type));
  const kinds = new Set(nodes.map((node) => node.organisationKind).filter((kind) => kind !== null));
  const unkinded = nodes.some((node) => node.type === 'ORGANISATION' && node.organisationKind === null);
  return [
    ...ENTITY_TYPES.filter((type) => type !== 'ORGANISATION' && types.has(type)).map((type) => ({
      colour: nodeColour(type, null),
      label: entityTypeName(lang, type),
    })),
    ...ORGANISATION_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({
      colour: nodeColour('ORGANISATION', kind),
      label: kindName(lang, kind),
    })),
    ...(unkinded ? [{ colour: nodeColour('ORGANISATION', null), label: entityTypeName(lang, 'ORGANISATION') }] : []),
  ];
}
