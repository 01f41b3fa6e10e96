import { communityColour } from '../../models/cytoscape/palette';
import { t } from '../../models/i18n';
import type { GraphNode, Language } from '../../models/types';

/** The most communities the legend names; the rest share their colours with these. */
const MAX_ENTRIES = 12;

/**
 * The legend of the community colouring: one entry per community of the view, largest first,
 * named after its most linked member and its size ("Community of Ver.di (7)").
 */
export function communityLegend(
  lang: Language,
  nodes: readonly GraphNode[],
  communities: ReadonlyMap<string, number> | null,
): { colour: string; label: string }[] {
  if (!communities) return [];
  const members = new Map<number, GraphNode[]>();
  for (const node of nodes) {
    const community = communities.get(node.id);
    if (community === undefined) continue;
    members.set(community, [...(members.get(community) ?? []), node]);
  }
  return [...members.entries()]
    .sort(([a, left], [b, right]) => right.length - left.length || a - b)
    .slice(0, MAX_ENTRIES)
    .map(([community, group]) => {
      const hub = [...group].sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))[0]!;
      return {
        colour: communityColour(community),
        label: t(lang, 'communityOf', { name: hub.label, n: group.length }),
      };
    });
}
