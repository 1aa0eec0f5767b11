import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataHolder, PersonalDataSections } from '@pathways/api-privacy';
import { EntityManager } from 'typeorm';
import { MailOutboxEntity } from '../outbox/mail-outbox.entity';

/** E-mails in the local outbox carry the address and the content: exported, and erased. */
@Injectable()
@HoldsPersonalData(80)
export class OutboxDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const emails = await manager.getRepository(MailOutboxEntity).find({
      where: { personId },
      order: { createdAt: 'ASC' },
      select: { toAddress: true, subject: true, textBody: true, createdAt: true },
    });
    return emails.length > 0 ? { emails } : {};
  }

  async eraseFor(personId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(MailOutboxEntity).delete({ personId });
  }
}
