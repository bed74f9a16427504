import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

export type Responder = (request: Request) => Promise<Response> | Response;

/**
 * One msw server for a run, with a single catch-all handler that asks the current scenario's
 * responder. Every request the plugin makes is seen: between scenarios any request is an error.
 */
export class HttpGateway {
  private responder: Responder | undefined;
  readonly requests: string[] = [];
  private readonly server: ReturnType<typeof setupServer>;

  constructor() {
    this.server = setupServer(
      http.all('*', async ({ request }) => {
        this.requests.push(`${request.method} ${request.url}`);
        if (this.responder === undefined) return HttpResponse.error();
        return this.responder(request);
      }),
    );
  }

  listen(): void {
    this.server.listen({ onUnhandledRequest: 'error' });
  }

  use(responder: Responder): void {
    this.responder = responder;
  }

  reset(): void {
    this.responder = undefined;
  }

  close(): void {
    this.server.close();
  }
}
