import './workers';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialTabs } from './examples';
import './graphiql-page.css';

/** Sends the IDE's operations to the API on this origin. */
const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const element = document.getElementById('graphiql');
if (!element) throw new Error('The page has no #graphiql element.');
const tabs = initialTabs(window.location.search);
const passed = new URLSearchParams(window.location.search);
const passedQuery = passed.get('query') ?? undefined;

createRoot(element).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={tabs}
      initialQuery={passedQuery}
      initialVariables={passedQuery ? (passed.get('variables') ?? undefined) : undefined}
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
