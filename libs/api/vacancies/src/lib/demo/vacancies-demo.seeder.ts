import { Injectable } from '@nestjs/common';
import { AsDemoSeeder, DemoSeeder } from '@pathways/api-core';
import { DEMO_ACCOUNTS } from '@pathways/api-identity';
import { PersonEntity } from '@pathways/api-people';
import { DataSource } from 'typeorm';
import { londonToday } from '../london-date';
import { NetworkEntity } from '../networks/network.entity';
import { ReservedShareCapEntity } from '../reserved-share/reserved-share-cap.entity';
import { VacancyEntity } from '../vacancies/vacancy.entity';

/** Well-known ids, so guides and tests can point at the demo network and vacancy. */
export const DEMO_NETWORK_ID = 'c0407000-0000-4000-8000-00000000ae70';
export const DEMO_NETWORK_CODE = 'MOJ-SOCIAL-MOBILITY';
export const DEMO_VACANCY_ID = 'c0407000-0000-4000-8000-00000000fac1';

const inDays = (days: number) => {
  const date = new Date(`${londonToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The network the demo network lead leads, a 30% cap for MOJ and one open role they posted. */
@Injectable()
@AsDemoSeeder(40)
export class VacanciesDemoSeeder implements DemoSeeder {
  constructor(private readonly dataSource: DataSource) {}

  async seedDemo(): Promise<string[]> {
    const lead = DEMO_ACCOUNTS.find((account) =>
      account.grants.some((grant) => grant.role === 'network_lead'),
    );
    if (!lead) return [];
    await this.dataSource.transaction(async (manager) => {
      const owner = await manager
        .getRepository(PersonEntity)
        .findOneByOrFail({ staffNumber: lead.staffNumber });
      await manager.getRepository(NetworkEntity).upsert(
        {
          id: DEMO_NETWORK_ID,
          code: DEMO_NETWORK_CODE,
          name: 'Ministry of Justice Social Mobility Network',
          kind: 'social_mobility',
          description: 'Staff from lower socio-economic backgrounds and their allies.',
          departmentCodes: ['MOJ'],
        },
        ['code'],
      );
      await manager
        .getRepository(ReservedShareCapEntity)
        .upsert({ departmentCode: 'MOJ', maxPercent: 30, updatedBy: null }, ['departmentCode']);
      await manager.getRepository(VacancyEntity).upsert(
        {
          id: DEMO_VACANCY_ID,
          title: 'Assistant Private Secretary to the Permanent Secretary',
          summary:
            'Support the Permanent Secretary’s private office: briefings, diary and casework.',
          departmentCode: 'MOJ',
          gradeCodes: ['HEO', 'SEO'],
          professionCode: 'policy',
          regionCodes: ['TLI'],
          remote: false,
          workingPattern: 'full_time',
          contractType: 'loan',
          closingDate: inDays(60),
          applyUrl: 'https://www.civilservicejobs.service.gov.uk/',
          applyContact: null,
          category: 'private_office',
          reservedForTalentScheme: false,
          talentScheme: null,
          status: 'open',
          ownerPersonId: owner.id,
          publishedAt: new Date(),
        },
        ['id'],
      );
    });
    return [];
  }
}
