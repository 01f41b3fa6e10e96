import type { ReactNode } from 'react';
import { t, type MessageKey } from '../../models/i18n';
import type { Language, SearchHitData } from '../../models/types';
import type { ViewName } from '../../models/view/viewState';
import { SearchBox } from '../Search/SearchBox';

export interface HeaderProps {
  lang: Language;
  view: ViewName;
  searchText: string;
  onView(view: ViewName): void;
  onLang(lang: Language): void;
  onChoose(hit: SearchHitData): void;
  onSearchText(text: string): void;
  /** Beside the views: the button that opens the tools on a phone. */
  tools?: ReactNode;
}

const VIEWS: { view: ViewName; label: MessageKey }[] = [
  { view: 'network', label: 'viewNetwork' },
  { view: 'table', label: 'viewTable' },
  { view: 'matrix', label: 'viewMatrix' },
];

/** Title, search, the choice of view and of language. */
export function Header(props: HeaderProps) {
  const { lang } = props;
  const other: Language = lang === 'EN' ? 'FR' : 'EN';
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t(lang, 'appTitle')}</h1>
        <p>{t(lang, 'appSubtitle')}</p>
      </div>
      <div className="header-search">
        <SearchBox
          id="global-search"
          lang={lang}
          label={t(lang, 'search')}
          placeholder={t(lang, 'searchPlaceholder')}
          initialText={props.searchText}
          onChoose={props.onChoose}
          onSubmitText={props.onSearchText}
        />
      </div>
      <nav className="view-tabs" aria-label={t(lang, 'views')}>
        {VIEWS.map(({ view, label }) => (
          <button
            key={view}
            type="button"
            aria-pressed={props.view === view}
            className={props.view === view ? 'active' : undefined}
            onClick={() => props.onView(view)}
          >
            {t(lang, label)}
          </button>
        ))}
      </nav>
      {props.tools}
      <div className="header-actions">
        <button
          type="button"
          lang={other === 'FR' ? 'fr' : 'en'}
          aria-label={t(lang, 'switchLanguageLabel')}
          onClick={() => props.onLang(other)}
          data-testid="language-switch"
        >
          {t(lang, 'switchLanguage')}
        </button>
        <a className="button" href="/graphiql.html">
          {t(lang, 'queryIde')}
        </a>
      </div>
    </header>
  );
}
