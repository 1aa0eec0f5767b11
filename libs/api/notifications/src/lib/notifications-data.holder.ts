import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataHolder, PersonalDataSections } from '@pathways/api-privacy';
import { EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity';

/** The person's in-app messages: exported, and deleted on erasure. */
@Injectable()
@HoldsPersonalData(60)
export class NotificationsDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const notifications = await manager
      .getRepository(NotificationEntity)
      .find({ where: { personId }, order: { createdAt: 'ASC' } });
    return notifications.length > 0 ? { notifications } : {};
  }

  async eraseFor(personId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(NotificationEntity).delete({ personId });
  }
}
