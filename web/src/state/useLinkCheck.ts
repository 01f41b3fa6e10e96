import { useEffect, useState } from 'react';
import { request } from '../models/graphql/client';
import type { Operation } from '../models/graphql/operations';
import { namedIds, unusableValues, withoutUnknown } from '../models/view/linkCheck';
import { parseViewState, type ViewState } from '../models/view/viewState';

/** How many ids one check asks about (the API's bound on `nodes`). */
const BATCH = 100;

function lookUp(ids: readonly string[]): Operation<{ nodes: ({ id: string } | null)[] }> {
  return {
    operationName: 'LinkCheck',
    query: 'query LinkCheck($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n  }\n}',
    variables: { ids },
  };
}

/** The ids among `ids` that no entity has. */
async function unknownIds(ids: readonly string[]): Promise<Set<string>> {
  const unknown = new Set<string>();
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const { nodes } = await request(lookUp(batch));
    batch.forEach((id, index) => {
      if (!nodes[index]) unknown.add(id);
    });
  }
  return unknown;
}

export interface LinkCheck {
  /** True while the address's ids are being checked: the view waits, so as not to ask with bad ones. */
  checking: boolean;
  /** What the address named that the view left out (ids and `key=value`s); empty when all was fine. */
  leftOut: string[];
  dismiss(): void;
}

/**
 * Checks the view an address opens (on load, and on back and forward): entities the graph no
 * longer holds and values the view cannot take are dropped, the address repaired, and the rest
 * of the view shown, so that shared and cited links survive changes of the data.
 */
export function useLinkCheck(repair: (view: ViewState) => void): LinkCheck {
  // The address as opened: the view's own effect rewrites it (without what it could not take) at once.
  const [opened] = useState(() => window.location.search);
  const [checking, setChecking] = useState(true);
  const [leftOut, setLeftOut] = useState<string[]>([]);

  useEffect(() => {
    let current = 0;
    async function check(search: string) {
      const run = ++current;
      const view = parseViewState(search);
      const ids = namedIds(view);
      const unusable = unusableValues(search, view);
      setChecking(ids.length > 0);
      let unknown = new Set<string>();
      try {
        if (ids.length) unknown = await unknownIds(ids);
      } catch {
        // The service is out of reach: the view's own request will say so.
      }
      if (run !== current) return;
      if (unknown.size || unusable.length) repair(withoutUnknown(view, unknown));
      setLeftOut([...unknown, ...unusable]);
      setChecking(false);
    }
    void check(opened);
    const onPopState = () => void check(window.location.search);
    window.addEventListener('popstate', onPopState);
    return () => {
      current = -1;
      window.removeEventListener('popstate', onPopState);
    };
  }, [repair, opened]);

  return { checking, leftOut, dismiss: () => setLeftOut([]) };
}
