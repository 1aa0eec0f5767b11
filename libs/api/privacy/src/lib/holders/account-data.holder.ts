import { Injectable } from '@nestjs/common';
import { AccountEntity, RoleGrantEntity } from '@pathways/api-identity';
import { EntityManager } from 'typeorm';
import {
  HoldsPersonalData,
  PersonalDataHolder,
  PersonalDataSections,
} from '../personal-data-holder';

/** How the person signs in and what roles they hold; never the password hash or session tokens. */
@Injectable()
@HoldsPersonalData(30)
export class AccountDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const account = await manager.getRepository(AccountEntity).findOne({ where: { personId } });
    const roles = await manager
      .getRepository(RoleGrantEntity)
      .find({ where: { personId }, order: { grantedAt: 'ASC' } });
    return {
      account: account && {
        email: account.email,
        signInMethod: account.passwordHash ? 'password' : 'identity provider',
        createdAt: account.createdAt,
        lastSignInAt: account.lastSignInAt,
      },
      roles: roles.map(({ role, scopeType, scopeId, grantedAt }) => ({
        role,
        scopeType,
        scopeId,
        grantedAt,
      })),
    };
  }

  /** Ends every session and removes the account and roles: the person can no longer sign in. */
  async eraseFor(personId: string, manager: EntityManager): Promise<void> {
    const accounts = await manager.getRepository(AccountEntity).find({ where: { personId } });
    if (accounts.length) {
      // The identity lib keeps its session entity private; its table is keyed by account.
      await manager.query('DELETE FROM session WHERE account_id = ANY($1::uuid[])', [
        accounts.map((account) => account.id),
      ]);
      await manager.getRepository(AccountEntity).delete({ personId });
    }
    await manager.getRepository(RoleGrantEntity).delete({ personId });
  }
}
