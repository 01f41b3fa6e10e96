import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Faire collectif GraphQL API</title></head>
<body>
<h1>Faire collectif GraphQL API</h1>
<p>This is the GraphQL endpoint: send queries with <code>POST /graphql</code> and a JSON body
<code>{"query": "…"}</code>. The in-browser editor (GraphiQL) is part of the web build, which is not
there: run <code>npm run build</code>, then reload this page.</p>
</body></html>
`;

/**
 * A browser opening /graphql (a GET that prefers HTML) gets the offline GraphiQL page of the web
 * build, which opens the `query` and `variables` of the URL (a shared link), or a page saying how
 * to build it. Other requests go on to Apollo.
 */
export function graphiqlPage(webDist: string | undefined) {
  const page = webDist === undefined ? undefined : join(webDist, 'graphiql.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    const wantsPage = req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html';
    if (!wantsPage) return next();
    if (page !== undefined && existsSync(page)) {
      res.sendFile(page);
    } else {
      res.status(200).type('html').send(NOT_BUILT);
    }
  };
}
