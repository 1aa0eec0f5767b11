import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { OutboxPage } from './outbox.model';

@Injectable()
export class OutboxService {
  constructor(
    @InjectRepository(MailOutboxEntity) private readonly outbox: Repository<MailOutboxEntity>,
  ) {}

  /** Everyone's messages when personId is null (admins), otherwise that person's own. */
  async page(personId: string | null, limit: number, offset: number): Promise<OutboxPage> {
    const [rows, total] = await this.outbox.findAndCount({
      where: personId === null ? {} : { personId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        headers: Object.entries(row.headers).map(([name, value]) => ({ name, value })),
        createdAt: row.createdAt,
      })),
    };
  }
}
