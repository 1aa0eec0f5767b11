import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@pathways/api-core';
import { RoleGrantEntity } from '@pathways/api-identity';
import {
  assertLeadsProgramme,
  CohortService,
  CohortWithProgramme,
  ProgrammeEntity,
} from '@pathways/api-programmes';
import { DataSource, EntityManager } from 'typeorm';

/** Lead-only use cases start here: the cohort, once the caller is known to lead it. */
@Injectable()
export class LeadAccessService {
  constructor(
    private readonly cohorts: CohortService,
    private readonly dataSource: DataSource,
  ) {}

  async leadCohort(user: AuthenticatedUser, cohortId: string): Promise<CohortWithProgramme> {
    const found = await this.cohorts.withProgramme(cohortId);
    assertLeadsProgramme(user, found.programme.code);
    return found;
  }

  /** Who to tell when something needs the lead's attention. */
  async leadIds(
    programme: Pick<ProgrammeEntity, 'code'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const grants = await manager.getRepository(RoleGrantEntity).find({
      where: { role: 'programme_lead', scopeType: 'programme', scopeId: programme.code },
      select: { personId: true },
    });
    return [...new Set(grants.map((grant) => grant.personId))];
  }
}
