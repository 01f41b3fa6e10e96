/**
 * Collects the records a derivation makes. Shared nodes (a form, a company, a country) are met
 * once per action that names them: each meeting adds the action's citation and the raw spelling
 * it used, so the node cites every record it comes from and can be found by every spelling.
 */
type JsonRecord = Record<string, unknown>;

interface SharedNode {
  record: JsonRecord;
  citations: Set<string>;
  aliases: Set<string>;
}

export class GraphBuilder {
  private readonly shared = new Map<string, SharedNode>();
  private readonly own: JsonRecord[] = [];
  private readonly relationships: JsonRecord[] = [];

  /** Meets a shared node: created from `make` the first time, cited by `citation` every time. */
  meet(id: string, make: () => JsonRecord, citation: string, aliases: readonly string[] = []): void {
    let node = this.shared.get(id);
    if (!node) {
      node = { record: { id, ...make() }, citations: new Set(), aliases: new Set() };
      this.shared.set(id, node);
    }
    node.citations.add(citation);
    for (const alias of aliases) if (alias.trim() !== '') node.aliases.add(alias);
  }

  has(id: string): boolean {
    return this.shared.has(id);
  }

  /** Changes a shared node already met (e.g. a group named by a description after only by tags). */
  update(id: string, change: (record: JsonRecord) => void): void {
    const node = this.shared.get(id);
    if (node) change(node.record);
  }

  /** A node of one record only (a collective action). */
  add(record: JsonRecord): void {
    this.own.push(record);
  }

  relate(record: JsonRecord): void {
    this.relationships.push(record);
  }

  build(): { nodes: JsonRecord[]; relationships: JsonRecord[] } {
    const shared = [...this.shared.values()]
      .map(({ record, citations, aliases }): JsonRecord => ({
        ...record,
        aliases: [...aliases].sort(),
        citations: [...citations].sort(byCitation),
      }))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    return { nodes: [...shared, ...this.own], relationships: this.relationships };
  }
}

/** `…#action-9` before `…#action-10`. */
function byCitation(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
