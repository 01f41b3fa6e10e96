import type { CitationModel } from '../data/models';

// A citation's locator said for people, in the source's own language: `Session 1, 09:15` in the
// English programme, `Session 1, 9h15` in the French one.

const PART_NAMES: Readonly<Record<string, { EN: string; FR: string }>> = {
  header: { EN: 'Header', FR: 'En-tête' },
  introduction: { EN: 'Introduction', FR: 'Introduction' },
  partners: { EN: 'Partners', FR: 'Partenaires' },
};

/** `09:15` in English, `9h15` in French, as the programmes write times. */
export function formatTime(time: string, lang: 'EN' | 'FR'): string {
  if (lang === 'EN') return time;
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? `${Number(match[1])}h${match[2]}` : time;
}

export function citationLabel(citation: CitationModel): string {
  const lang = citation.source.language;
  const { session, sessionNumber } = citation;
  if (session) {
    const title = sessionNumber !== null ? `Session ${sessionNumber}` : lang === 'FR' ? session.nameFr : session.nameEn;
    return session.startTime ? `${title}, ${formatTime(session.startTime, lang)}` : title;
  }
  return PART_NAMES[citation.locator]?.[lang] ?? citation.locator;
}
