import './workers';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialEditors } from './examples';
import './graphiql-page.css';

/** Sends the IDE's operations to the API on this origin. */
const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
};

const element = document.getElementById('graphiql');
if (!element) throw new Error('The page has no #graphiql element.');
// GraphiQL keeps its tabs in local storage under this key.
const hasStoredTabs = window.localStorage.getItem('graphiql:tabState') !== null;
const editors = initialEditors(window.location.search, hasStoredTabs);

createRoot(element).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={editors.tabs}
      initialQuery={editors.initialQuery}
      initialVariables={editors.initialVariables}
      defaultEditorToolsVisibility="variables"
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <a href="/" className="graphiql-home">
          Faire collectif
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
