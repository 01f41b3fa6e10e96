import type { ChangeCounts as SeedChangeCounts, LoadSummary } from '@faire-collectif/seed';
import { WriteRefusedError } from '../../errors';
import { importData } from '../../imports/importData';
import type { ChangeCounts, ImportSummary, MutationResolvers } from '../../generated/graphql';
import type { Context } from '../context';

/** Every mutation starts here: no key configured, no key sent, or the wrong one stop it. */
function requireWriteAccess({ writeAccess }: Context): void {
  if (writeAccess !== 'granted') throw new WriteRefusedError(writeAccess);
}

const counts = ({ created, updated, unchanged, deleted }: SeedChangeCounts): ChangeCounts => ({
  created,
  updated,
  unchanged,
  deleted,
});

function toSummary(summary: LoadSummary, dryRun: boolean): ImportSummary {
  const { nodes, relationships } = summary.totals;
  return {
    nodes: counts(nodes),
    relationships: counts(relationships),
    sources: counts(summary.sources),
    changed: summary.changed,
    dryRun,
    text: summary.toString(),
  };
}

export const Mutation: MutationResolvers = {
  importData: async (_parent, { input }, context) => {
    requireWriteAccess(context);
    const outcome = await context.imports.run(() => importData(context.db, input));
    if (outcome.summary?.changed && !outcome.dryRun) context.graphChanged();
    return {
      summary: outcome.summary && toSummary(outcome.summary, outcome.dryRun),
      userErrors: outcome.userErrors,
    };
  },
};
