import { useRef, useState } from 'react';
import { t } from '../../models/i18n';
import { formatOperation, type Operation } from '../../models/graphql/operations';
import type { Language } from '../../models/types';

/** The address of the query IDE opened on an operation. */
export function ideUrl(operation: Operation): string {
  const params = new URLSearchParams({
    query: operation.query,
    variables: JSON.stringify(operation.variables, null, 2),
    operationName: operation.operationName,
  });
  return `/graphiql.html?${params.toString()}`;
}

/** "Show GraphQL query": the operation behind the view, with its variables, to copy or open in the IDE. */
export function QueryDialog({ lang, operation }: { lang: Language; operation: Operation }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  const text = formatOperation(operation);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {'{ }'} {t(lang, 'showQuery')}
      </button>
      <dialog ref={dialog} className="query-dialog" aria-labelledby="query-title" data-testid="query-dialog">
        <div className="panel-head">
          <h2 id="query-title">{t(lang, 'queryTitle')}</h2>
          <button type="button" className="icon" onClick={() => dialog.current?.close()} aria-label={t(lang, 'close')}>
            ✕
          </button>
        </div>
        <p className="muted">{t(lang, 'queryHelp')}</p>
        <h3>GraphQL</h3>
        <pre tabIndex={0} aria-label="GraphQL" data-testid="query-text">
          {operation.query}
        </pre>
        <h3>{t(lang, 'queryVariables')}</h3>
        <pre tabIndex={0} aria-label={t(lang, 'queryVariables')} data-testid="query-variables">
          {JSON.stringify(operation.variables, null, 2)}
        </pre>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => void copy()}>
            {copied ? t(lang, 'copied') : t(lang, 'copy')}
          </button>
          <a className="button" href={ideUrl(operation)} target="_blank" rel="noreferrer">
            {t(lang, 'openInIde')}
          </a>
        </div>
      </dialog>
    </>
  );
}
