import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/**
 * Graceful stop of the HTTP side: stop accepting connections, let running requests finish, close
 * keep-alive connections as soon as they are idle, and cut whatever still runs at the deadline.
 * While draining, readiness says 503 and responses ask clients to close their connection.
 */
export class HttpDrain {
  private isDraining = false;

  get draining(): boolean {
    return this.isDraining;
  }

  /** Mount first: responses sent while draining carry `Connection: close`. */
  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.isDraining) res.setHeader('Connection', 'close');
    next();
  };

  /** Resolves once every connection is closed; `cut` says whether the deadline had to end some. */
  async drain(server: Server, timeoutMs: number): Promise<{ cut: boolean }> {
    this.isDraining = true;
    let cut = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // A keep-alive connection whose request finishes becomes idle: close it then, not at the deadline.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      cut = true;
      server.closeAllConnections();
    }, timeoutMs);
    try {
      await closed;
    } finally {
      clearInterval(sweep);
      clearTimeout(deadline);
    }
    return { cut };
  }
}
