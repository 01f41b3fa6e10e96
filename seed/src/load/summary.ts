export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

const byName = ([a]: [string, unknown], [b]: [string, unknown]) => a.localeCompare(b);

export const noChanges = (): ChangeCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 });

function add(total: ChangeCounts, counts: ChangeCounts): ChangeCounts {
  return {
    created: total.created + counts.created,
    updated: total.updated + counts.updated,
    unchanged: total.unchanged + counts.unchanged,
    deleted: total.deleted + counts.deleted,
  };
}

function describe(noun: string, counts: ChangeCounts): string {
  const kept = counts.created + counts.updated + counts.unchanged;
  const parts = (['created', 'updated', 'unchanged', 'deleted'] as const)
    .filter((key) => counts[key] > 0)
    .map((key) => `${counts[key]} ${key}`);
  return `${kept} ${noun}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** What a load did (or, from a dry run, would do), by label and relationship type. */
export class LoadSummary {
  readonly sources: ChangeCounts = noChanges();
  readonly nodes: Record<string, ChangeCounts> = {};
  readonly relationships: Record<string, ChangeCounts> = {};

  count(kind: 'nodes' | 'relationships', name: string, counts: Partial<ChangeCounts>): void {
    this[kind][name] = add(this[kind][name] ?? noChanges(), { ...noChanges(), ...counts });
  }

  countSources(counts: Partial<ChangeCounts>): void {
    Object.assign(this.sources, add(this.sources, { ...noChanges(), ...counts }));
  }

  get totals(): { nodes: ChangeCounts; relationships: ChangeCounts } {
    return {
      nodes: Object.values(this.nodes).reduce(add, noChanges()),
      relationships: Object.values(this.relationships).reduce(add, noChanges()),
    };
  }

  /** Whether anything was (or would be) written. */
  get changed(): boolean {
    const { nodes, relationships } = this.totals;
    return [nodes, relationships, this.sources].some((c) => c.created + c.updated + c.deleted > 0);
  }

  /** One line, e.g. `73 nodes (73 created), 109 relationships (109 created), 2 sources (2 created)`. */
  toString(): string {
    const { nodes, relationships } = this.totals;
    return [describe('nodes', nodes), describe('relationships', relationships), describe('sources', this.sources)].join(
      ', ',
    );
  }

  /** A table by label and type, for the CLIs. */
  table(): string {
    const rows: string[][] = [['', 'created', 'updated', 'unchanged', 'deleted']];
    const line = (name: string, c: ChangeCounts) => [
      name,
      ...[c.created, c.updated, c.unchanged, c.deleted].map(String),
    ];
    for (const [label, counts] of Object.entries(this.nodes).sort(byName)) rows.push(line(`(:${label})`, counts));
    for (const [type, counts] of Object.entries(this.relationships).sort(byName)) rows.push(line(`[:${type}]`, counts));
    rows.push(line('(:Source)', this.sources));
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    return rows
      .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
      .join('\n');
  }
}
