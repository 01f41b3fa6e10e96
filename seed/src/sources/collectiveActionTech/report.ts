/**
 * What a derivation made of the data set: what it normalised (raw → graph value), what the data
 * says is not stated, what is no country, and every value it could not resolve, with the record.
 * Nothing is dropped without a line here.
 */
export interface Unresolved {
  /** The upstream action id (or the list index when the record has no usable id). */
  record: string;
  field: string;
  value: string;
  reason: string;
}

/** Normalisations listed per field (the most frequent); the count covers them all. */
const SHOWN_PER_FIELD = 8;

const byCount = ([a, x]: [string, number], [b, y]: [string, number]) => y - x || a.localeCompare(b);

export class DerivationReport {
  readonly actions = { read: 0, derived: 0 };
  /** field → `raw → normalised` → how many times. */
  readonly normalised = new Map<string, Map<string, number>>();
  /** field → value (`na`, `none`, null) → how many times. */
  readonly notStated = new Map<string, Map<string, number>>();
  /** Locations that name no country (`worldwide`, `online`) → how many times. */
  readonly notCountries = new Map<string, number>();
  readonly unresolved: Unresolved[] = [];

  noteNormalised(field: string, raw: string, value: string): void {
    if (raw === value) return;
    bump(this.normalised, field, `${JSON.stringify(raw)} → ${JSON.stringify(value)}`);
  }

  noteNotStated(field: string, raw: string | null): void {
    bump(this.notStated, field, raw === null ? 'null' : JSON.stringify(raw));
  }

  noteNotCountry(value: string): void {
    this.notCountries.set(value, (this.notCountries.get(value) ?? 0) + 1);
  }

  noteUnresolved(entry: Unresolved): void {
    this.unresolved.push(entry);
  }

  /** The total number of normalised values (each raw occurrence that changed). */
  get normalisedCount(): number {
    return [...this.normalised.values()].reduce((sum, values) => sum + total(values), 0);
  }

  /** Lines for a person: counts, then what was normalised, not stated and unresolved. */
  lines(): string[] {
    const out = [`Collective Action in Tech: ${this.actions.derived} of ${this.actions.read} actions derived.`];
    out.push(`Normalised (${this.normalisedCount} values):`);
    for (const [field, values] of [...this.normalised].sort()) {
      const changes = [...values].sort(byCount);
      const shown = changes.slice(0, SHOWN_PER_FIELD).map(([change, n]) => `${change} ×${n}`);
      const more = changes.length > SHOWN_PER_FIELD ? `, and ${changes.length - SHOWN_PER_FIELD} more` : '';
      out.push(`  ${field}: ${total(values)} (${changes.length} distinct): ${shown.join(', ')}${more}`);
    }
    out.push('Not stated (no link made):');
    for (const [field, values] of [...this.notStated].sort()) {
      out.push(
        `  ${field}: ${[...values]
          .sort(byCount)
          .map(([value, n]) => `${value} ×${n}`)
          .join(', ')}`,
      );
    }
    if (this.notCountries.size) {
      const places = [...this.notCountries].sort(byCount).map(([value, n]) => `${JSON.stringify(value)} ×${n}`);
      out.push(`Places that are no country (kept in locationsRaw, no link): ${places.join(', ')}`);
    }
    out.push(`Unresolved (${this.unresolved.length}):`);
    for (const { record, field, value, reason } of this.unresolved) {
      out.push(`  action ${record} .${field}: ${JSON.stringify(value)}: ${reason}`);
    }
    return out;
  }
}

function bump(map: Map<string, Map<string, number>>, field: string, key: string): void {
  const values = map.get(field) ?? new Map<string, number>();
  values.set(key, (values.get(key) ?? 0) + 1);
  map.set(field, values);
}

function total(values: Map<string, number>): number {
  return [...values.values()].reduce((sum, n) => sum + n, 0);
}
