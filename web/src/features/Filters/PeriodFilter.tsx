import { useState } from 'react';
import { t } from '../../models/i18n';
import type { Language } from '../../models/types';
import { MAX_YEAR, MIN_YEAR, type Filters } from '../../models/view/viewState';

/** A year typed in a box: a four-digit year in bounds, null for empty; anything else is not applied. */
function readYear(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const year = Number(text);
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** The period filter: first and last years, either open; applied when a box holds a whole year. */
export function PeriodFilter({
  lang,
  filters,
  onChange,
}: {
  lang: Language;
  filters: Filters;
  onChange(filters: Filters): void;
}) {
  const active = filters.since !== null || filters.until !== null;
  return (
    <details className="facet" open={active}>
      <summary>{t(lang, 'filterPeriod')}</summary>
      <fieldset className="period">
        <legend className="sr-only">{t(lang, 'filterPeriod')}</legend>
        <YearBox
          label={t(lang, 'periodSince')}
          value={filters.since}
          onYear={(since) => onChange({ ...filters, since })}
        />
        <YearBox
          label={t(lang, 'periodUntil')}
          value={filters.until}
          onYear={(until) => onChange({ ...filters, until })}
        />
      </fieldset>
    </details>
  );
}

function YearBox({ label, value, onYear }: { label: string; value: number | null; onYear(year: number | null): void }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  // The URL may change the year (back, clear filters): the box follows (while rendering, not in an effect).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  const year = readYear(text);
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={MIN_YEAR}
        max={MAX_YEAR}
        value={text}
        aria-invalid={year === undefined || undefined}
        onChange={(event) => {
          setText(event.target.value);
          const next = readYear(event.target.value);
          if (next !== undefined && next !== value) onYear(next);
        }}
      />
    </label>
  );
}
