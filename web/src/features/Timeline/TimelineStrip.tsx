import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimelineFacet, TimelineInterval } from '../../models/graphql/generated';
import { buildTimelineOperation } from '../../models/graphql/operations';
import { formatNumber, t } from '../../models/i18n';
import {
  describeBar,
  prefersMonths,
  segmentsOf,
  stripSeries,
  tallest,
  type TimelineData,
} from '../../models/timeline/bars';
import {
  brushKey,
  bucketAt,
  dragModeAt,
  dragTo,
  periodOfSelection,
  selectionOfPeriod,
  type Drag,
  type Selection,
} from '../../models/timeline/brush';
import { playNext, playStart, stepPeriod, type YearRange } from '../../models/timeline/play';
import type { Language } from '../../models/types';
import { formatPeriod, type PeriodEnd } from '../../models/view/period';
import type { Filters } from '../../models/view/viewState';
import { useQuery } from '../../state/useQuery';

/** How long each year (or month) shows while playing. */
export const PLAY_STEP_MS = 1200;

const FACETS: readonly { value: TimelineFacet; label: Parameters<typeof t>[1] }[] = [
  { value: 'DATASET', label: 'timelineByDataset' },
  { value: 'FORM', label: 'timelineByForm' },
  { value: 'WORKER_TYPE', label: 'timelineByWorkerType' },
  { value: 'COUNTRY', label: 'timelineByCountry' },
  { value: 'STRUGGLE', label: 'timelineByStruggle' },
  { value: 'ORGANISER', label: 'timelineByOrganiser' },
];

type Granularity = 'auto' | TimelineInterval;

/** Open at first where there is room; on a phone the strip is one line until opened, so the graph stays in sight. */
/** Open at first where the network keeps most of the screen beside it: not on a phone or a short tablet. */
function roomy(): boolean {
  return (
    typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 760px), (max-height: 800px)').matches
  );
}

export interface TimelineStripProps {
  lang: Language;
  filters: Filters;
  onFilters(filters: Filters): void;
  /** True while the address's ids are checked: the strip waits, so as not to ask with unknown ones. */
  held?: boolean;
}

/**
 * The timeline strip: dated facts per year or month, stacked by a facet, with the undated apart,
 * and a brush that chooses the view's period (the same period as the filter's boxes and the URL).
 */
export function TimelineStrip({ lang, filters, onFilters, held = false }: TimelineStripProps) {
  const [open, setOpen] = useState(roomy);
  const [by, setBy] = useState<TimelineFacet>('DATASET');
  const [granularity, setGranularity] = useState<Granularity>('auto');
  const [playing, setPlaying] = useState(false);
  /** The selection while a drag is under way; the period itself changes when the drag ends. */
  const [draft, setDraft] = useState<{ drag: Drag; selection: Selection } | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const plot = useRef<HTMLDivElement>(null);
  const ids = useId();

  const yearsQuery = useQuery(held ? null : buildTimelineOperation(filters, 'YEAR', by, lang));
  const years = yearsQuery.data?.timeline ?? null;
  const interval: TimelineInterval =
    granularity === 'auto' ? (years && prefersMonths(years) ? 'MONTH' : 'YEAR') : granularity;
  const monthQuery = useQuery(
    !held && interval === 'MONTH' ? buildTimelineOperation(filters, 'MONTH', by, lang) : null,
  );
  const timeline: TimelineData | null = interval === 'MONTH' ? (monthQuery.data?.timeline ?? null) : years;

  const buckets = timeline?.buckets ?? [];
  const first = years?.buckets[0]?.start;
  const last = years?.buckets.at(-1)?.start;
  // Kept by value, so that playing does not restart its step on every render.
  const range: YearRange | null = useMemo(
    () => (first && last ? { first: Number(first), last: Number(last) } : null),
    [first, last],
  );
  const series = useMemo(
    () =>
      timeline ? stripSeries(timeline, { other: t(lang, 'timelineOther'), noValue: t(lang, 'timelineNoValue') }) : [],
    [timeline, lang],
  );
  const max = timeline ? tallest(timeline) : 1;
  const selection = draft?.selection ?? selectionOfPeriod(buckets, filters.since, filters.until);
  const hasPeriod = filters.since !== null || filters.until !== null;

  function setPeriod(period: { since: PeriodEnd | null; until: PeriodEnd | null }) {
    if (period.since === filters.since && period.until === filters.until) return;
    onFilters({ ...filters, ...period });
  }

  function commit(next: Selection | null) {
    setPlaying(false);
    if (next === null) setPeriod({ since: null, until: null });
    else {
      const period = periodOfSelection(buckets, next);
      if (period) setPeriod(period);
    }
  }

  // Playing: the one-year window advances every step, and stops after the last year.
  useEffect(() => {
    if (!playing || !range) return;
    const timer = window.setTimeout(() => {
      const next = playNext(filters.since, range, interval);
      if (next === null) setPlaying(false);
      else onFilters({ ...filters, since: next, until: next });
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, range, filters, onFilters, interval]);

  function togglePlay() {
    if (playing || !range) {
      setPlaying(false);
      return;
    }
    const start = playStart(filters.since, filters.until, range, interval);
    setPeriod({ since: start, until: start });
    setPlaying(true);
  }

  function step(years: number) {
    if (!range) return;
    const next = stepPeriod(filters.since, filters.until, years, range);
    setPlaying(false);
    if (next) setPeriod(next);
  }

  function indexAt(event: PointerEvent<HTMLElement>): number {
    const box = plot.current?.getBoundingClientRect();
    return box ? bucketAt(event.clientX - box.left, box.width, buckets.length) : 0;
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (!buckets.length || event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const index = indexAt(event);
    const edge = (event.target as HTMLElement).dataset.edge;
    const mode = dragModeAt(selection, index, edge === 'start' || edge === 'end' ? edge : null);
    const drag: Drag = { mode, origin: index, initial: selection };
    setPlaying(false);
    setDraft({
      drag,
      selection: mode === 'new' ? { from: index, to: index } : (selection ?? { from: index, to: index }),
    });
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const index = indexAt(event);
    setHovered(index);
    if (draft) {
      const next = dragTo(draft.drag, index, buckets.length);
      if (next.from !== draft.selection.from || next.to !== draft.selection.to) setDraft({ ...draft, selection: next });
    }
  }

  function onPointerUp() {
    if (!draft) return;
    setDraft(null);
    commit(draft.selection);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = brushKey(selection, buckets.length, event.key, event.shiftKey);
    if (next === undefined) return;
    event.preventDefault();
    commit(next);
  }

  const periodText = hasPeriod
    ? t(lang, 'timelinePeriod', { period: formatPeriod(filters.since, filters.until) })
    : range
      ? t(lang, 'timelineWhole', { first: range.first, last: range.last })
      : '';
  const counted = (n: number) => t(lang, 'timelineFacts', { n: formatNumber(lang, n) });
  const undated = timeline?.undatedCount ?? 0;
  const readout = hovered !== null ? buckets[hovered] : undefined;
  const tickEvery = Math.max(1, Math.ceil(buckets.length / 8));

  return (
    <section className="timeline" aria-labelledby={`${ids}-title`} data-open={open || undefined} data-testid="timeline">
      <div className="timeline-controls">
        <button
          type="button"
          className="timeline-toggle"
          id={`${ids}-title`}
          aria-expanded={open}
          aria-controls={`${ids}-body`}
          title={t(lang, open ? 'timelineHide' : 'timelineShow')}
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t(lang, 'timeline')}
        </button>
        <span className="timeline-period" data-testid="timeline-period">
          {periodText}
        </span>
        <span className="timeline-steps">
          <button
            type="button"
            aria-label={t(lang, 'timelinePrevious')}
            title={t(lang, 'timelinePrevious')}
            disabled={!range}
            onClick={() => step(-1)}
          >
            <span aria-hidden="true">◀</span>
          </button>
          <button
            type="button"
            aria-label={t(
              lang,
              playing ? 'timelinePause' : interval === 'MONTH' ? 'timelinePlayMonths' : 'timelinePlay',
            )}
            title={t(lang, playing ? 'timelinePause' : interval === 'MONTH' ? 'timelinePlayMonths' : 'timelinePlay')}
            aria-pressed={playing}
            disabled={!range}
            data-testid="timeline-play"
            onClick={togglePlay}
          >
            <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          </button>
          <button
            type="button"
            aria-label={t(lang, 'timelineNext')}
            title={t(lang, 'timelineNext')}
            disabled={!range}
            onClick={() => step(1)}
          >
            <span aria-hidden="true">▶▶</span>
          </button>
          {hasPeriod && (
            <button type="button" className="timeline-clear" onClick={() => commit(null)}>
              {t(lang, 'timelineClear')}
            </button>
          )}
        </span>
        <span className="timeline-undated-count" data-testid="timeline-undated">
          {t(lang, 'timelineUndated', { n: formatNumber(lang, undated) })}
        </span>
        <label className="timeline-undated-switch" title={t(lang, 'timelineLeaveOutUndatedHint')}>
          <input
            type="checkbox"
            checked={filters.undated === 'exclude'}
            onChange={(event) => onFilters({ ...filters, undated: event.target.checked ? 'exclude' : 'include' })}
          />{' '}
          {t(lang, 'timelineLeaveOutUndated')}
        </label>
        {open && (
          <span className="timeline-options">
            <label>
              {t(lang, 'timelineBy')}{' '}
              <select value={by} onChange={(event) => setBy(event.target.value as TimelineFacet)}>
                {FACETS.map((facet) => (
                  <option key={facet.value} value={facet.value}>
                    {t(lang, facet.label)}
                  </option>
                ))}
              </select>
            </label>
            <span role="group" aria-label={t(lang, 'timelineGranularity')} className="segmented">
              {(['YEAR', 'MONTH'] as const).map((value) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={interval === value}
                  onClick={() => setGranularity(value)}
                >
                  {t(lang, value === 'YEAR' ? 'timelineYears' : 'timelineMonths')}
                </button>
              ))}
            </span>
          </span>
        )}
      </div>
      <div className="timeline-body" id={`${ids}-body`} hidden={!open}>
        {!years && yearsQuery.error && <p className="muted">{t(lang, 'timelineUnavailable')}</p>}
        {timeline && !buckets.length && <p className="muted">{t(lang, 'timelineEmpty')}</p>}
        {buckets.length > 0 && (
          <div className="timeline-chart">
            <div className="timeline-plot-area">
              <ul className="timeline-bars" aria-label={t(lang, 'timeline')}>
                {buckets.map((bucket, index) => {
                  const segments = segmentsOf(bucket, series);
                  const inside = selection !== null && index >= selection.from && index <= selection.to;
                  return (
                    <li key={bucket.start} data-selected={inside || undefined}>
                      <span className="sr-only">
                        {describeBar(bucket.start, bucket.total, segments, series, counted)}
                      </span>
                      <span className="timeline-stack" aria-hidden="true">
                        {segments.map((segment) => (
                          <span
                            key={segment.series}
                            style={{ height: `${(segment.count / max) * 100}%`, background: segment.colour }}
                          />
                        ))}
                      </span>
                    </li>
                  );
                })}
              </ul>
              <div
                ref={plot}
                className="timeline-brush"
                role="slider"
                tabIndex={0}
                aria-label={t(lang, 'timelineBrush')}
                aria-describedby={`${ids}-hint`}
                aria-valuemin={0}
                aria-valuemax={buckets.length - 1}
                aria-valuenow={selection?.from ?? 0}
                aria-valuetext={periodText}
                data-testid="timeline-brush"
                onPointerDown={onPointerDown}
                onPointerMove={onPointerMove}
                onPointerUp={onPointerUp}
                onPointerCancel={() => setDraft(null)}
                onPointerLeave={() => setHovered(null)}
                onKeyDown={onKeyDown}
              >
                {selection && (
                  <span
                    className="timeline-selection"
                    style={{
                      left: `${(selection.from / buckets.length) * 100}%`,
                      width: `${((selection.to - selection.from + 1) / buckets.length) * 100}%`,
                    }}
                  >
                    <span className="timeline-edge" data-edge="start" />
                    <span className="timeline-edge" data-edge="end" />
                  </span>
                )}
              </div>
            </div>
            <div
              className="timeline-undated"
              role="img"
              aria-label={t(lang, 'timelineUndatedBar', { n: formatNumber(lang, undated) })}
              title={t(lang, 'timelineUndatedBar', { n: formatNumber(lang, undated) })}
              data-left-out={filters.undated === 'exclude' || undefined}
            >
              <span style={{ height: `${Math.min(1, undated / max) * 100}%` }} />
            </div>
            <div className="timeline-axis" aria-hidden="true">
              {buckets.map((bucket, index) =>
                index % tickEvery === 0 || index === buckets.length - 1 ? (
                  <span key={bucket.start} style={{ left: `${((index + 0.5) / buckets.length) * 100}%` }}>
                    {bucket.start}
                  </span>
                ) : null,
              )}
            </div>
          </div>
        )}
        <p id={`${ids}-hint`} className="sr-only">
          {t(lang, 'timelineBrushHint')}
        </p>
        <div className="timeline-foot">
          <p className="timeline-readout" aria-hidden="true">
            {readout ? describeBar(readout.start, readout.total, segmentsOf(readout, series), series, counted) : ' '}
          </p>
          <ul className="timeline-legend" aria-label={t(lang, 'timelineBy')}>
            {series.map((item) => (
              <li key={item.id}>
                <span className="swatch" style={{ background: item.colour }} aria-hidden="true" /> {item.label}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
