import { useState } from 'react';
import type { ViewGraph } from '../../models/view/compose';
import { t } from '../../models/i18n';
import type { Language } from '../../models/types';

export interface Announcer {
  /** The last message (an export done or failed), also shown as a notice. */
  message: string;
  say(message: string): void;
  /** What the live region reads out: what the view shows, then the last message. */
  announcement: string;
}

/** What screen readers hear after each change of the view and of the selection. */
export function useAnnouncer(
  lang: Language,
  graph: ViewGraph | null,
  loading: boolean,
  selectedLabel: string | null = null,
): Announcer {
  const [message, say] = useState('');
  const selection = selectedLabel ? ` ${t(lang, 'selected', { name: selectedLabel })}.` : '';
  const announcement = graph
    ? `${t(lang, 'showing', { n: graph.nodes.length, m: graph.total })}.${selection} ${message}`
    : loading
      ? t(lang, 'loading')
      : message;
  return { message, say, announcement };
}
