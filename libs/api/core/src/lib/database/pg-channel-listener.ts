import { Client } from 'pg';

export interface PgChannelListenerOptions {
  url: string | undefined;
  /** A plain identifier: lower-case letters, digits and underscores. */
  channel: string;
  applicationName: string;
  onNotification: (payload: string) => void;
  /** The connection is gone: notifications are missed until it is back. */
  onLost?: (error: Error) => void;
  /** Back after a loss: whatever changed meanwhile was missed. */
  onReconnected?: () => void;
  reconnectMs?: number;
}

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

/**
 * One LISTEN connection to PostgreSQL, so that changes committed by any process (the API, the
 * worker, the CLI) reach this one. It connects on the first start() and reconnects after a loss.
 */
export class PgChannelListener {
  private client: Promise<Client> | null = null;
  private connected = false;
  private stopped = false;

  constructor(private readonly options: PgChannelListenerOptions) {
    if (!CHANNEL.test(options.channel)) throw new Error(`bad channel name ${options.channel}`);
  }

  /** True while notifications are arriving: none has been missed since it last became true. */
  get listening(): boolean {
    return this.connected;
  }

  start(): Promise<void> {
    this.client ??= this.connect().catch((error: unknown) => {
      this.client = null;
      throw error;
    });
    return this.client.then(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.connected = false;
    const client = await this.client?.catch(() => null);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const { url, channel, applicationName } = this.options;
    const client = new Client({ connectionString: url, application_name: applicationName });
    client.on('notification', (message) => {
      if (message.channel === channel) this.options.onNotification(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    this.connected = true;
    return client;
  }

  private lost(client: Client, error: Error): void {
    if (this.stopped || !this.connected) return;
    this.connected = false;
    this.client = null;
    void client.end().catch(() => undefined);
    this.options.onLost?.(error);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    setTimeout(() => void this.reconnect(), this.options.reconnectMs ?? 1000).unref();
  }

  private async reconnect(): Promise<void> {
    if (this.stopped || this.client) return;
    try {
      await this.start();
      this.options.onReconnected?.();
    } catch {
      this.scheduleReconnect();
    }
  }
}
