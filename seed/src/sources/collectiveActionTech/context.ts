import type { GraphBuilder } from './graphBuilder';
import type { Mappings } from './mappings';
import type { DerivationReport } from './report';

export const DATASET = 'collective-action-tech';
export const SOURCE_ID = 'collective-action-tech';

/** Every fact of an action cites `collective-action-tech#action-<upstream id>`. */
export const citationOf = (id: number): string => `${SOURCE_ID}#action-${id}`;
export const actionIdOf = (id: number): string => `action:${id}`;

/** What the derivation of one action reads and writes. */
export interface DeriveContext {
  mappings: Mappings;
  builder: GraphBuilder;
  report: DerivationReport;
  /** Node ids other data sets of the load define (shared countries, sameAs groups). */
  knownIds: ReadonlySet<string>;
}
