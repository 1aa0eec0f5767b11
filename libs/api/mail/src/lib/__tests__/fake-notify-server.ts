import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface NotifyRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/** GOV.UK Notify's send-email endpoint, on loopback, answering as the real API does. */
export class FakeNotifyServer {
  readonly requests: NotifyRequest[] = [];
  /** Answer with this status and body instead of 201. */
  failWith: { status: number; body: object } | null = null;
  private readonly server: Server = createServer((request, response) =>
    this.answer(request, response),
  );

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      this.requests.push({
        path: request.url ?? '',
        authorization: request.headers.authorization,
        body,
      });
      const [status, payload] = this.failWith
        ? [this.failWith.status, this.failWith.body]
        : [
            201,
            {
              id: `a0000000-0000-4000-8000-${String(this.requests.length).padStart(12, '0')}`,
              reference: body['reference'] ?? null,
              content: { subject: 'subject', body: 'body', from_email: 'pathways@notify' },
              template: { id: body['template_id'], version: 1, uri: 'http://fake/template' },
            },
          ];
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    });
  }
}
