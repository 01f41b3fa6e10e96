import { useState } from 'react';
import { t } from '../../models/i18n';
import type { PathExplanation } from '../../models/view/path';
import type { Language } from '../../models/types';
import { SearchBox } from '../Search/SearchBox';

export interface PathEnd {
  id: string;
  label: string;
}

export interface PathPanelProps {
  lang: Language;
  from: PathEnd | null;
  to: PathEnd | null;
  /** The answer for the path in force, when there is one. */
  explanation: PathExplanation | null;
  loading: boolean;
  onPick(end: 'from' | 'to', value: PathEnd | null): void;
  onFind(): void;
  onClear(): void;
  onSelect(id: string): void;
}

/** Choose two entities and read the shortest paths between them, step by step. */
export function PathPanel(props: PathPanelProps) {
  const { lang, from, to, explanation } = props;
  const [open, setOpen] = useState(Boolean(from || to));
  // Opens when an end is set, as the ends change (while rendering, not in an effect).
  const [ends, setEnds] = useState({ from, to });
  if (ends.from !== from || ends.to !== to) {
    setEnds({ from, to });
    if (from || to) setOpen(true);
  }
  return (
    <details className="panel path" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2>{t(lang, 'path')}</h2>
      </summary>
      <PathEndPicker lang={lang} end="from" value={from} onPick={props.onPick} />
      <PathEndPicker lang={lang} end="to" value={to} onPick={props.onPick} />
      <div className="button-row">
        <button type="button" className="primary" onClick={props.onFind} disabled={!from || !to || from.id === to.id}>
          {t(lang, 'pathFind')}
        </button>
        <button type="button" onClick={props.onClear} disabled={!from && !to}>
          {t(lang, 'pathClear')}
        </button>
      </div>
      <div className="path-result" aria-live="polite" data-testid="path-result">
        {props.loading && <p className="muted">{t(lang, 'loading')}</p>}
        {explanation && (
          <>
            <p className="path-summary">{explanation.summary}</p>
            {explanation.paths.map((path, index) => (
              <div key={index} className="path-one">
                <h3>{t(lang, 'pathOne', { i: index + 1 })}</h3>
                <p className="path-line">{path.text}</p>
                <ol>
                  {path.steps.map((sentence, step) => (
                    <li key={step}>{sentence}</li>
                  ))}
                </ol>
              </div>
            ))}
          </>
        )}
      </div>
    </details>
  );
}

function PathEndPicker({
  lang,
  end,
  value,
  onPick,
}: {
  lang: Language;
  end: 'from' | 'to';
  value: PathEnd | null;
  onPick(end: 'from' | 'to', value: PathEnd | null): void;
}) {
  return (
    <div className="path-end">
      <SearchBox
        lang={lang}
        label={t(lang, end === 'from' ? 'pathFrom' : 'pathTo')}
        placeholder={t(lang, 'pathPick')}
        initialText={value?.label ?? ''}
        clearOnChoose={false}
        onChoose={(hit) => onPick(end, { id: hit.entity.id, label: hit.entity.name })}
      />
    </div>
  );
}
