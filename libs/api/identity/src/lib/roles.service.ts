import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { badInput, conflict, notFound } from '@pathways/api-core';
import { AuditService } from '@pathways/api-audit';
import { DepartmentEntity, PersonEntity } from '@pathways/api-people';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { GrantRoleInput } from './identity.models';
import { RoleGrantEntity } from './role-grant.entity';
import { checkScope } from './role-scope-rules';

type GrantKey = Pick<RoleGrantEntity, 'personId' | 'role' | 'scopeType' | 'scopeId'>;

export function hasGrant(manager: EntityManager, grant: GrantKey): Promise<boolean> {
  return manager
    .getRepository(RoleGrantEntity)
    .createQueryBuilder('g')
    .where('g.person_id = :personId AND g.role = :role', grant)
    .andWhere(
      'g.scope_type IS NOT DISTINCT FROM :scopeType AND g.scope_id IS NOT DISTINCT FROM :scopeId',
      grant,
    )
    .getExists();
}

@Injectable()
export class RolesService {
  constructor(
    @InjectRepository(RoleGrantEntity) private readonly grants: Repository<RoleGrantEntity>,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  forPerson(personId: string): Promise<RoleGrantEntity[]> {
    return this.grants.find({ where: { personId }, order: { grantedAt: 'ASC' } });
  }

  /** The grant and its audit record commit together. */
  async grant(actorPersonId: string | null, input: GrantRoleInput): Promise<RoleGrantEntity> {
    const scopeType = input.scopeType ?? null;
    const scopeId = input.scopeId?.trim() || null;
    checkScope(input.role, scopeType, scopeId);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(PersonEntity).exists({ where: { id: input.personId } })))
        throw notFound('No such person');
      if (
        scopeType === 'department' &&
        scopeId &&
        !(await manager.getRepository(DepartmentEntity).exists({ where: { code: scopeId } }))
      ) {
        throw badInput(`No department has the code ${scopeId}: check it`, 'scopeId');
      }
      const repository = manager.getRepository(RoleGrantEntity);
      if (
        await hasGrant(manager, { personId: input.personId, role: input.role, scopeType, scopeId })
      ) {
        throw conflict('This person already has that role');
      }
      const grant = await repository.save({
        personId: input.personId,
        role: input.role,
        scopeType,
        scopeId,
        grantedBy: actorPersonId,
      });
      await this.audit.record(
        {
          actorPersonId,
          action: 'role.granted',
          subjectPersonIds: [input.personId],
          detail: { role: input.role, scopeType, scopeId },
        },
        manager,
      );
      return grant;
    });
  }

  async revoke(actorPersonId: string | null, grantId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RoleGrantEntity);
      const grant = await repository.findOne({ where: { id: grantId } });
      if (!grant) throw notFound('No such role grant');
      await repository.delete(grant.id);
      await this.audit.record(
        {
          actorPersonId,
          action: 'role.revoked',
          subjectPersonIds: [grant.personId],
          detail: { role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId },
        },
        manager,
      );
    });
  }
}
