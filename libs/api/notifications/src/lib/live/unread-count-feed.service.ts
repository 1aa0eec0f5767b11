import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../notifications.service';
import { LatestValueStream } from './latest-value-stream';
import { UNREAD_CHANNEL } from './unread-change';

const RECONNECT_MS = 1000;

/**
 * Live unread counts for the people subscribed to this API process. Changes may come from any
 * process (the alert worker too), so they arrive through PostgreSQL LISTEN/NOTIFY.
 */
@Injectable()
export class UnreadCountFeed implements OnApplicationShutdown {
  private readonly logger = new Logger(UnreadCountFeed.name);
  private readonly streams = new Map<string, Set<LatestValueStream<number>>>();
  private listener: Promise<Client> | null = null;
  private shuttingDown = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** The person's unread count now, then after every change, until the subscriber stops. */
  async subscribe(personId: string): Promise<AsyncIterableIterator<number>> {
    await this.listen();
    const stream = new LatestValueStream<number>(() => this.forget(personId, stream));
    const forPerson = this.streams.get(personId) ?? new Set();
    forPerson.add(stream);
    this.streams.set(personId, forPerson);
    stream.push(await this.notifications.unreadCount(personId));
    return stream;
  }

  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    for (const streams of this.streams.values()) for (const stream of streams) stream.close();
    const listener = await this.listener?.catch(() => null);
    await listener?.end().catch(() => undefined);
  }

  private forget(personId: string, stream: LatestValueStream<number>): void {
    const forPerson = this.streams.get(personId);
    forPerson?.delete(stream);
    if (forPerson?.size === 0) this.streams.delete(personId);
  }

  private listen(): Promise<Client> {
    this.listener ??= this.connect().catch((error: unknown) => {
      this.listener = null;
      throw error;
    });
    return this.listener;
  }

  private async connect(): Promise<Client> {
    const { url } = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: url, application_name: 'pathways-live' });
    client.on('notification', ({ payload }) => void this.changed(payload?.split(',') ?? []));
    client.on('error', (error) => {
      this.logger.warn(`live notification listener lost: ${error.message}`);
      this.listener = null;
      void client.end().catch(() => undefined);
      setTimeout(() => void this.reconnect(), RECONNECT_MS);
    });
    await client.connect();
    await client.query(`LISTEN ${UNREAD_CHANNEL}`);
    return client;
  }

  // Whatever changed while disconnected was missed: refresh everyone still subscribed.
  private async reconnect(): Promise<void> {
    if (this.shuttingDown || this.listener) return;
    try {
      await this.listen();
      await this.changed([...this.streams.keys()]);
    } catch {
      setTimeout(() => void this.reconnect(), RECONNECT_MS);
    }
  }

  private async changed(personIds: readonly string[]): Promise<void> {
    const watched = personIds.filter((id) => this.streams.has(id));
    if (watched.length === 0) return;
    try {
      const counts = await this.notifications.unreadCounts(watched);
      for (const personId of watched)
        for (const stream of this.streams.get(personId) ?? [])
          stream.push(counts.get(personId) ?? 0);
    } catch (error) {
      this.logger.warn(`could not refresh unread counts: ${(error as Error).message}`);
    }
  }
}
