import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PgChannelListener } from '@pathways/api-core';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../notifications.service';
import { LatestValueStream } from './latest-value-stream';
import { UNREAD_CHANNEL } from './unread-change';

/**
 * Live unread counts for the people subscribed to this API process. Changes may come from any
 * process (the alert worker too), so they arrive through PostgreSQL LISTEN/NOTIFY.
 */
@Injectable()
export class UnreadCountFeed implements OnApplicationShutdown {
  private readonly logger = new Logger(UnreadCountFeed.name);
  private readonly streams = new Map<string, Set<LatestValueStream<number>>>();
  private readonly listener: PgChannelListener;

  constructor(
    dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {
    this.listener = new PgChannelListener({
      url: (dataSource.options as { url?: string }).url,
      channel: UNREAD_CHANNEL,
      applicationName: 'pathways-live',
      onNotification: (payload) => void this.changed(payload.split(',')),
      onLost: (error) => this.logger.warn(`live notification listener lost: ${error.message}`),
      // Whatever changed while disconnected was missed: refresh everyone still subscribed.
      onReconnected: () => void this.changed([...this.streams.keys()]),
    });
  }

  /** The person's unread count now, then after every change, until the subscriber stops. */
  async subscribe(personId: string): Promise<AsyncIterableIterator<number>> {
    await this.listener.start();
    const stream = new LatestValueStream<number>(() => this.forget(personId, stream));
    const forPerson = this.streams.get(personId) ?? new Set();
    forPerson.add(stream);
    this.streams.set(personId, forPerson);
    stream.push(await this.notifications.unreadCount(personId));
    return stream;
  }

  async onApplicationShutdown(): Promise<void> {
    for (const streams of this.streams.values()) for (const stream of streams) stream.close();
    await this.listener.stop();
  }

  private forget(personId: string, stream: LatestValueStream<number>): void {
    const forPerson = this.streams.get(personId);
    forPerson?.delete(stream);
    if (forPerson?.size === 0) this.streams.delete(personId);
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
