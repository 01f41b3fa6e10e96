import { z } from 'zod';
import { DATASET, SOURCE_ID, type DeriveContext } from './context';
import { deriveAction } from './deriveAction';
import { GraphBuilder } from './graphBuilder';
import type { Mappings } from './mappings';
import { DerivationReport } from './report';
import { parseUpstreamActions } from './upstream';

/** `collective-action-tech/source.json`: which upstream file this is and how to cite it. */
export const upstreamInfoSchema = z.object({
  id: z.literal(SOURCE_ID),
  title: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  version: z.string().min(1),
  licence: z.string().min(1),
  repository: z.string().url(),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  citation: z.string().min(1),
});
export type UpstreamInfo = z.output<typeof upstreamInfoSchema>;

/** A data file in the project's format, not yet validated. */
export interface DerivedData {
  dataset: string;
  sources: Record<string, unknown>[];
  nodes: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
}

export interface DeriveOptions {
  mappings: Mappings;
  info: UpstreamInfo;
  /** Node ids other data sets of the same load define: referred to, never defined again. */
  knownIds?: ReadonlySet<string>;
}

/**
 * Derives the graph of Collective Action in Tech from its `actions.json` text, in the project's
 * data format, with the report of what it made of each value. Pure: no file or database access.
 */
export function deriveCollectiveActionTech(
  file: string,
  text: string,
  options: DeriveOptions,
): { data: DerivedData; report: DerivationReport } {
  const report = new DerivationReport();
  const builder = new GraphBuilder();
  const ctx: DeriveContext = {
    mappings: options.mappings,
    builder,
    report,
    knownIds: options.knownIds ?? new Set(),
  };
  const { actions, problems } = parseUpstreamActions(file, text);
  report.actions.read = actions.length + problems.length;
  for (const problem of problems) {
    report.noteUnresolved({
      record:
        problem.id === undefined
          ? `at index ${problem.index}`
          : typeof problem.id === 'string'
            ? problem.id
            : JSON.stringify(problem.id),
      field: 'record',
      value: problem.message,
      reason: 'unreadable record: action left out',
    });
  }
  for (const action of actions) if (deriveAction(action, ctx)) report.actions.derived += 1;
  addCrossLinks(ctx);
  const { nodes, relationships } = builder.build();
  return { data: { dataset: DATASET, sources: [sourceRecord(options.info)], nodes, relationships }, report };
}

function sourceRecord(info: UpstreamInfo): Record<string, unknown> {
  return {
    id: info.id,
    title: `${info.title}, version ${info.version} (commit ${info.commit.slice(0, 7)})`,
    language: 'en',
    publisher: info.authors.join(' and '),
    date: info.date,
    url: info.repository,
  };
}

/** The reviewed links to other data sets' entities (across-datasets.json), when both ends are loaded. */
function addCrossLinks(ctx: DeriveContext): void {
  for (const link of ctx.mappings.links) {
    if (link.dataset !== DATASET) continue;
    const missing = [link.from, link.to].filter((id) => !ctx.builder.has(id) && !ctx.knownIds.has(id));
    if (missing.length) {
      ctx.report.noteUnresolved({
        record: 'across-datasets.json',
        field: link.type,
        value: `${link.from} → ${link.to}`,
        reason: `not in this load: ${missing.join(', ')} (link left out)`,
      });
      continue;
    }
    ctx.builder.relate({
      type: link.type,
      from: link.from,
      to: link.to,
      basis: 'inferred',
      note: link.note,
      citations: [`${SOURCE_ID}#contributing`],
    });
  }
}
