import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { entityTypeName, t } from '../../models/i18n';
import { buildSearchOperation } from '../../models/graphql/operations';
import { useQuery } from '../../state/useQuery';
import type { Language, SearchHitData } from '../../models/types';

export interface SearchBoxProps {
  lang: Language;
  label: string;
  placeholder?: string;
  /** Initial text (e.g. the text filter in force). */
  initialText?: string;
  /** A suggestion was chosen. */
  onChoose(hit: SearchHitData): void;
  /** Enter without a suggestion: use the text itself (omit to allow only suggestions). */
  onSubmitText?(text: string): void;
  /** Clear the text after a choice (the path pickers keep it). */
  clearOnChoose?: boolean;
  id?: string;
}

const DEBOUNCE_MS = 180;
const NO_HITS: SearchHitData[] = [];
/** The API's limits on a search or a text filter (api/README.md): longer ones are refused. */
export const SEARCH_LIMITS = { characters: 200, words: 24 } as const;

/** Counts words as the API does: letters and digits, with an inner apostrophe or full stop. */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** A combobox that suggests entities as you type (the API's accent-insensitive search, both languages). */
export function SearchBox(props: SearchBoxProps) {
  const { lang, onChoose, onSubmitText } = props;
  const generated = useId();
  const inputId = props.id ?? `${generated}-input`;
  const listId = `${generated}-list`;
  const hintId = `${generated}-hint`;
  const limitId = `${generated}-limit`;
  const [text, setText] = useState(props.initialText ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // A new initial text replaces the text, while rendering (not in an effect).
  const [initialText, setInitialText] = useState(props.initialText);
  if (initialText !== props.initialText) {
    setInitialText(props.initialText);
    setText(props.initialText ?? '');
  }

  const tooManyWords = wordCount(text) > SEARCH_LIMITS.words;
  const atLimit = tooManyWords || text.length >= SEARCH_LIMITS.characters;

  const query = text.trim();
  const operation = useMemo(
    () => (query.length >= 2 && wordCount(query) <= SEARCH_LIMITS.words ? buildSearchOperation(query, lang) : null),
    [query, lang],
  );
  const search = useQuery(operation, { delay: DEBOUNCE_MS });
  // A failed search suggests nothing; the text can still be used as a filter.
  const hits = (!search.error && search.data?.search) || NO_HITS;
  const searching = search.loading;
  const [shownHits, setShownHits] = useState(hits);
  if (shownHits !== hits) {
    setShownHits(hits);
    setActive(-1);
  }

  const options = useMemo(() => hits.slice(0, 10), [hits]);
  const expanded = open && text.trim().length >= 2;

  function choose(hit: SearchHitData) {
    onChoose(hit);
    setOpen(false);
    setActive(-1);
    setText(props.clearOnChoose === false ? hit.entity.name : '');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((index) => Math.min(index + 1, options.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((index) => Math.max(index - 1, -1));
        break;
      case 'Enter': {
        const hit = options[active];
        if (expanded && hit) {
          event.preventDefault();
          choose(hit);
        } else if (onSubmitText && !tooManyWords) {
          event.preventDefault();
          onSubmitText(text.trim());
          setOpen(false);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        break;
    }
  }

  return (
    <div className="search">
      <label htmlFor={inputId} className="search-label">
        {props.label}
      </label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={[onSubmitText ? hintId : '', atLimit ? limitId : ''].filter(Boolean).join(' ') || undefined}
        maxLength={SEARCH_LIMITS.characters}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={props.placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {onSubmitText && (
        <span id={hintId} className="sr-only">
          {t(lang, 'searchHint')}
        </span>
      )}
      {atLimit && (
        <p id={limitId} role="status" className="search-limit">
          {t(lang, 'searchTooLong', SEARCH_LIMITS)}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={props.label} className="search-list" hidden={!expanded}>
        {options.map((hit, index) => (
          <li
            key={hit.entity.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(hit);
            }}
          >
            <span className={`type-dot type-${hit.entity.type.toLowerCase()}`} aria-hidden="true" />
            <span className="search-name">{hit.entity.name}</span>
            <span className="search-type">{entityTypeName(lang, hit.entity.type)}</span>
            {hit.matched && hit.matched !== hit.entity.name && <span className="search-matched">“{hit.matched}”</span>}
          </li>
        ))}
        {!searching && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">
            {t(lang, 'searchNoHits')}
          </li>
        )}
      </ul>
    </div>
  );
}
