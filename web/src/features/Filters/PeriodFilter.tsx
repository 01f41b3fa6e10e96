import { useState } from 'react';
import { t } from '../../models/i18n';
import type { Language } from '../../models/types';
import { orderedPeriod, parsePeriodEnd, type PeriodEnd } from '../../models/view/period';
import type { Filters } from '../../models/view/viewState';

/** An end typed in a box: a year or a month in bounds, null for empty; anything else is not applied. */
function readEnd(text: string): PeriodEnd | null | undefined {
  if (text.trim() === '') return null;
  return parsePeriodEnd(text) ?? undefined;
}

/**
 * The period filter: first and last year or month, either open; applied when a box holds a whole
 * year or month. The same period as the timeline's brush (one state: the view's filters).
 */
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
        <EndBox
          label={t(lang, 'periodSince')}
          value={filters.since}
          onEnd={(since) => onChange({ ...filters, ...orderedPeriod(since, filters.until) })}
        />
        <EndBox
          label={t(lang, 'periodUntil')}
          value={filters.until}
          onEnd={(until) => onChange({ ...filters, ...orderedPeriod(filters.since, until) })}
        />
      </fieldset>
    </details>
  );
}

function EndBox({
  label,
  value,
  onEnd,
}: {
  label: string;
  value: PeriodEnd | null;
  onEnd(end: PeriodEnd | null): void;
}) {
  const [text, setText] = useState(value ?? '');
  // The URL or the brush may change the end (back, clear filters): the box follows (while rendering, not in an effect).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value ?? '');
  }
  const end = readEnd(text);
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        placeholder="2019, 2019-06"
        size={7}
        value={text}
        aria-invalid={end === undefined || undefined}
        onChange={(event) => {
          setText(event.target.value);
          const next = readEnd(event.target.value);
          if (next !== undefined && next !== value) onEnd(next);
        }}
      />
    </label>
  );
}
