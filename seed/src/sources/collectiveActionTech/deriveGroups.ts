import { actionIdOf, citationOf, type DeriveContext } from './context';
import type { OrganisingGroup } from './mappings';
import { tagKey } from './normalise';
import type { UpstreamAction } from './upstream';

/**
 * The organising groups of an action: those its tags name (`cwa`) and those its description
 * names (organising-groups.json). A name the description gives is stated; a name expanded from a
 * tag is the project's, so that link is inferred and its note quotes the tag.
 */
export function deriveGroups(action: UpstreamAction, ctx: DeriveContext, sourceUrls: readonly string[]): void {
  const tags = new Map((action.tags ?? []).map((raw) => [tagKey(raw), raw]));
  for (const group of ctx.mappings.groups) {
    const tagRaw = group.tag === undefined ? undefined : tags.get(group.tag);
    const mention = group.regexps.map((re) => re.exec(action.description)?.[0]).find((m) => m !== undefined);
    if (tagRaw === undefined && mention === undefined) continue;
    if (group.sameAs !== undefined && !ctx.knownIds.has(group.id)) {
      ctx.report.noteUnresolved({
        record: String(action.id),
        field: tagRaw === undefined ? 'description' : 'tags',
        value: tagRaw ?? mention ?? group.key,
        reason: `names ${group.id} of the data set ${group.sameAs}, which this load does not hold`,
      });
      continue;
    }
    if (group.sameAs === undefined) meetGroup(group, action, ctx, mention !== undefined, tagRaw);
    ctx.builder.relate({
      type: 'ORGANISED',
      from: group.id,
      to: actionIdOf(action.id),
      valuesRaw: [tagRaw, mention].filter((value) => value !== undefined),
      ...linkBasis(group, tagRaw, mention),
      citations: [citationOf(action.id)],
      ...(sourceUrls.length ? { sourceUrls: [...sourceUrls] } : {}),
    });
  }
}

function linkBasis(
  group: OrganisingGroup,
  tagRaw: string | undefined,
  mention: string | undefined,
): { basis: string; note?: string } {
  if (tagRaw !== undefined && mention !== undefined) return { basis: 'stated' };
  if (tagRaw !== undefined) {
    return {
      basis: 'inferred',
      note: `The record's tag "${tagRaw}" names the group; "${group.nameEn}" is the project's expansion of it.`,
    };
  }
  return {
    basis: 'inferred',
    note: `The description names "${mention}" without tagging it; that the group organised the action is the project's reading of the description.`,
  };
}

function meetGroup(
  group: OrganisingGroup,
  action: UpstreamAction,
  ctx: DeriveContext,
  named: boolean,
  tagRaw: string | undefined,
): void {
  const tagNote = `Named only by the data set's tag "${group.tag ?? group.key}"; the full name is the project's expansion of it.`;
  ctx.builder.meet(
    group.id,
    () => ({
      label: 'Organisation',
      nameEn: group.nameEn,
      nameFr: group.nameEn,
      ...(group.kind !== undefined && group.kind !== 'UNSPECIFIED'
        ? { kind: group.kind, kindBasis: 'inferred', kindNote: group.kindNote }
        : { kind: 'UNSPECIFIED', kindBasis: 'inferred' }),
      basis: 'inferred',
      note: tagNote,
    }),
    citationOf(action.id),
    [...group.aliases, ...(tagRaw === undefined ? [] : [tagRaw])],
  );
  // One description giving the name makes the name stated, whatever the other records say.
  if (named) {
    ctx.builder.update(group.id, (record) => {
      record.basis = 'stated';
      delete record.note;
    });
  }
}
