import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput } from '@pathways/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { assertReferenceCodes } from '../reference-codes';
import { ReservedShareService } from '../reserved-share/reserved-share.service';
import { ownedVacancyForUpdate } from './vacancy-access';
import { vacancyModel } from './vacancy-model.mapper';
import { checkVacancyDetails } from './vacancy-rules';
import { VacancyEntity } from './vacancy.entity';
import { CreateVacancyInput, UpdateVacancyInput } from './vacancy.inputs';
import { Vacancy } from './vacancy.model';

type VacancyFields = CreateVacancyInput;

@Injectable()
export class VacancyEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reservedShare: ReservedShareService,
  ) {}

  /** A draft, owned by its poster; nobody is alerted until it is published. */
  async create(user: AuthenticatedUser, input: CreateVacancyInput): Promise<Vacancy> {
    return this.dataSource.transaction(async (manager) => {
      const fields = normalise(input);
      await checkCodes(manager, fields);
      checkVacancyDetails(detailsOf(fields));
      const repository = manager.getRepository(VacancyEntity);
      const vacancy = await repository.save(
        repository.create({ ...fields, status: 'draft', ownerPersonId: user.personId }),
      );
      return vacancyModel(vacancy, user.personId);
    });
  }

  /** Changing an open vacancy to reserved (or to another department) is held to the cap. */
  async update(user: AuthenticatedUser, input: UpdateVacancyInput): Promise<Vacancy> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await ownedVacancyForUpdate(manager, user, input.id);
      if (vacancy.status === 'closed') throw badInput('A closed vacancy cannot be changed', 'id');
      const before = { ...vacancy };
      const { id: _id, ...changes } = input;
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, value]) => value !== undefined),
      ) as Partial<VacancyFields>;
      const next = Object.assign(vacancy, normalise({ ...fieldsOf(vacancy), ...defined }));
      await checkCodes(manager, next);
      checkVacancyDetails(detailsOf(next));
      if (next.status === 'open') await this.reservedShare.assertWithinCap(manager, before, next);
      const saved = await manager.getRepository(VacancyEntity).save(next);
      return vacancyModel(saved, user.personId);
    });
  }

  async close(user: AuthenticatedUser, id: string): Promise<Vacancy> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await ownedVacancyForUpdate(manager, user, id);
      vacancy.status = 'closed';
      const saved = await manager.getRepository(VacancyEntity).save(vacancy);
      return vacancyModel(saved, user.personId);
    });
  }
}

function normalise(input: VacancyFields): VacancyFields {
  return {
    ...input,
    title: input.title.trim(),
    summary: input.summary?.trim() ?? '',
    gradeCodes: [...new Set(input.gradeCodes)],
    regionCodes: [...new Set(input.regionCodes ?? [])],
    professionCode: input.professionCode ?? null,
    applyUrl: input.applyUrl ?? null,
    applyContact: input.applyContact?.trim() || null,
    talentScheme: input.talentScheme?.trim() || null,
  };
}

function fieldsOf(vacancy: VacancyEntity): VacancyFields {
  return {
    title: vacancy.title,
    summary: vacancy.summary,
    departmentCode: vacancy.departmentCode,
    gradeCodes: vacancy.gradeCodes,
    professionCode: vacancy.professionCode,
    regionCodes: vacancy.regionCodes,
    remote: vacancy.remote,
    workingPattern: vacancy.workingPattern,
    contractType: vacancy.contractType,
    closingDate: vacancy.closingDate,
    applyUrl: vacancy.applyUrl,
    applyContact: vacancy.applyContact,
    category: vacancy.category,
    reservedForTalentScheme: vacancy.reservedForTalentScheme,
    talentScheme: vacancy.talentScheme,
  };
}

const detailsOf = (fields: VacancyFields) => ({
  regionCodes: fields.regionCodes,
  remote: fields.remote,
  applyUrl: fields.applyUrl ?? null,
  applyContact: fields.applyContact ?? null,
  reservedForTalentScheme: fields.reservedForTalentScheme,
  talentScheme: fields.talentScheme ?? null,
  closingDate: fields.closingDate,
});

async function checkCodes(manager: EntityManager, fields: VacancyFields): Promise<void> {
  await assertReferenceCodes(manager, 'department', [fields.departmentCode], 'departmentCode');
  await assertReferenceCodes(manager, 'grade', fields.gradeCodes, 'gradeCodes');
  await assertReferenceCodes(manager, 'region', fields.regionCodes, 'regionCodes');
  if (fields.professionCode)
    await assertReferenceCodes(manager, 'profession', [fields.professionCode], 'professionCode');
}
