import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { notFound } from '@pathways/api-core';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { announceUnreadChange } from './live/unread-change';
import { NotificationEntity } from './notification.entity';

export interface NotificationMessage {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
}

export const NOTIFICATION_PAGE_LIMIT = 100;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity)
    private readonly notifications: Repository<NotificationEntity>,
  ) {}

  /**
   * Sends one message to each person (duplicates collapse). Pass the transaction's manager so
   * the message exists only if the change that caused it commits; live unread counts update
   * once it has.
   */
  async notify(
    personIds: readonly string[],
    message: NotificationMessage,
    manager?: EntityManager,
  ): Promise<void> {
    const recipients = [...new Set(personIds)];
    if (recipients.length === 0) return;
    const executor = manager ?? this.notifications.manager;
    // One statement with the ids as one array: a vacancy alert reaches thousands at once.
    await executor.query(
      `INSERT INTO notification (person_id, kind, title, body, link)
       SELECT person_id, $2, $3, $4, $5 FROM unnest($1::uuid[]) AS person_id`,
      [recipients, message.kind, message.title, message.body ?? '', message.link ?? null],
    );
    await announceUnreadChange(executor, recipients);
  }

  forPerson(personId: string, unreadOnly: boolean, limit: number): Promise<NotificationEntity[]> {
    return this.notifications.find({
      where: unreadOnly ? { personId, readAt: IsNull() } : { personId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: Math.min(Math.max(limit, 1), NOTIFICATION_PAGE_LIMIT),
    });
  }

  unreadCount(personId: string): Promise<number> {
    return this.notifications.count({ where: { personId, readAt: IsNull() } });
  }

  /** Unread counts of several people in one query; someone with none is absent. */
  async unreadCounts(personIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { person_id: string; unread: number }[] = await this.notifications.query(
      `SELECT person_id, count(*)::int AS unread FROM notification
       WHERE person_id = ANY($1::uuid[]) AND read_at IS NULL GROUP BY person_id`,
      [personIds],
    );
    return new Map(rows.map((row) => [row.person_id, row.unread]));
  }

  /** Only the recipient can mark a notification read; anyone else gets "not found". */
  async markRead(personId: string, id: string): Promise<NotificationEntity> {
    const notification = await this.notifications.findOne({ where: { id, personId } });
    if (!notification) throw notFound('No such notification');
    if (!notification.readAt) {
      notification.readAt = new Date();
      await this.notifications.update({ id }, { readAt: notification.readAt });
      await announceUnreadChange(this.notifications.manager, [personId]);
    }
    return notification;
  }

  async markAllRead(personId: string): Promise<number> {
    const result = await this.notifications.update(
      { personId, readAt: IsNull() },
      { readAt: new Date() },
    );
    if (result.affected) await announceUnreadChange(this.notifications.manager, [personId]);
    return result.affected ?? 0;
  }
}
