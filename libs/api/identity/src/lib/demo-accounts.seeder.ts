import { Injectable } from '@nestjs/common';
import { AsDemoSeeder, DemoSeeder } from '@pathways/api-core';
import type { Role, ScopeType } from '@pathways/api-core';
import { PersonEntity } from '@pathways/api-people';
import { DataSource } from 'typeorm';
import { AccountEntity } from './account.entity';
import { PasswordHasher } from './password-hasher';
import { RoleGrantEntity } from './role-grant.entity';
import { hasGrant } from './roles.service';

export const DEMO_PASSWORD = 'pathways-demo-password';

interface DemoAccount {
  staffNumber: string;
  givenName: string;
  familyName: string;
  email: string;
  departmentCode: string;
  gradeCode: string;
  grants: { role: Role; scopeType: ScopeType | null; scopeId: string | null }[];
}

/**
 * One fictional account per role. Programme and network scopes name the demo programmes; the
 * department lead leads MOJ, the demo department.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    staffNumber: 'DEMO0001',
    givenName: 'Priya',
    familyName: 'Participant',
    email: 'participant@demo.pathways.gov.uk',
    departmentCode: 'MOJ',
    gradeCode: 'EO',
    grants: [{ role: 'participant', scopeType: null, scopeId: null }],
  },
  {
    staffNumber: 'DEMO0002',
    givenName: 'Morgan',
    familyName: 'Mentor',
    email: 'mentor@demo.pathways.gov.uk',
    departmentCode: 'MOJ',
    gradeCode: 'G7',
    grants: [
      { role: 'participant', scopeType: null, scopeId: null },
      { role: 'mentor', scopeType: null, scopeId: null },
    ],
  },
  {
    staffNumber: 'DEMO0003',
    givenName: 'Lee',
    familyName: 'Manager',
    email: 'line.manager@demo.pathways.gov.uk',
    departmentCode: 'MOJ',
    gradeCode: 'HEO',
    grants: [
      { role: 'participant', scopeType: null, scopeId: null },
      { role: 'line_manager', scopeType: 'intern', scopeId: 'DEMO-INTERN' },
    ],
  },
  {
    staffNumber: 'DEMO0004',
    givenName: 'Pat',
    familyName: 'Lead',
    email: 'programme.lead@demo.pathways.gov.uk',
    departmentCode: 'MOJ',
    gradeCode: 'G6',
    grants: [
      { role: 'participant', scopeType: null, scopeId: null },
      { role: 'programme_lead', scopeType: 'programme', scopeId: 'CATAPULT' },
    ],
  },
  {
    staffNumber: 'DEMO0008',
    givenName: 'Dev',
    familyName: 'Department',
    email: 'department.lead@demo.pathways.gov.uk',
    departmentCode: 'MOJ',
    gradeCode: 'G7',
    grants: [
      { role: 'participant', scopeType: null, scopeId: null },
      { role: 'department_lead', scopeType: 'department', scopeId: 'MOJ' },
    ],
  },
  {
    staffNumber: 'DEMO0005',
    givenName: 'Nia',
    familyName: 'Network',
    email: 'network.lead@demo.pathways.gov.uk',
    departmentCode: 'MOJ',
    gradeCode: 'SEO',
    grants: [
      { role: 'participant', scopeType: null, scopeId: null },
      { role: 'network_lead', scopeType: 'network', scopeId: 'MOJ-SOCIAL-MOBILITY' },
    ],
  },
  {
    staffNumber: 'DEMO0006',
    givenName: 'Ana',
    familyName: 'Analyst',
    email: 'analyst@demo.pathways.gov.uk',
    departmentCode: 'CO',
    gradeCode: 'SEO',
    grants: [{ role: 'analyst', scopeType: 'all', scopeId: null }],
  },
  {
    staffNumber: 'DEMO0007',
    givenName: 'Ade',
    familyName: 'Admin',
    email: 'admin@demo.pathways.gov.uk',
    departmentCode: 'CO',
    gradeCode: 'G7',
    grants: [{ role: 'admin', scopeType: null, scopeId: null }],
  },
];

@Injectable()
@AsDemoSeeder(10)
export class DemoAccountsSeeder implements DemoSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async seedDemo(): Promise<string[]> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.dataSource.transaction(async (manager) => {
      for (const { grants, ...details } of DEMO_ACCOUNTS) {
        await manager.getRepository(PersonEntity).upsert(details, ['staffNumber']);
        const person = await manager
          .getRepository(PersonEntity)
          .findOneByOrFail({ staffNumber: details.staffNumber });
        const accounts = manager.getRepository(AccountEntity);
        if (!(await accounts.exists({ where: { personId: person.id } }))) {
          await accounts.insert({ personId: person.id, email: details.email, passwordHash });
        }
        for (const grant of grants) {
          const key = { personId: person.id, ...grant };
          if (!(await hasGrant(manager, key)))
            await manager.getRepository(RoleGrantEntity).insert(key);
        }
      }
    });
    return [
      ...DEMO_ACCOUNTS.map(
        (account) => `${account.grants.at(-1)?.role.replace('_', ' ').padEnd(15)} ${account.email}`,
      ),
      `password for every demo account: ${DEMO_PASSWORD}`,
    ];
  }
}
