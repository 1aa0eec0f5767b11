import { Injectable } from '@nestjs/common';
import { PersonEntity, PersonSnapshotEntity } from '@pathways/api-people';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  HoldsPersonalData,
  PersonalDataHolder,
  PersonalDataSections,
} from '../personal-data-holder';

export const ERASED_NAME = 'Erased';

/** A unique stand-in: staff numbers are unique and would otherwise identify the person. */
export const erasedStaffNumber = () => `ERASED-${randomBytes(4).toString('hex').toUpperCase()}`;

const named = (item: { code: string; name: string } | null | undefined) =>
  item ? { code: item.code, name: item.name } : null;

/** The person's record and workforce history. */
@Injectable()
@HoldsPersonalData(10)
export class PersonDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const person = await manager.getRepository(PersonEntity).findOneOrFail({
      where: { id: personId },
      relations: { department: true, grade: true, profession: true, region: true },
    });
    const snapshots = await manager
      .getRepository(PersonSnapshotEntity)
      .find({ where: { personId }, order: { snapshotDate: 'ASC' } });
    return {
      person: {
        id: person.id,
        staffNumber: person.staffNumber,
        givenName: person.givenName,
        familyName: person.familyName,
        email: person.email,
        department: named(person.department),
        grade: named(person.grade),
        profession: named(person.profession),
        region: named(person.region),
        dateOfBirth: person.dateOfBirth,
        careLeaver: person.careLeaver,
        apprentice: person.apprentice,
        createdAt: person.createdAt,
        updatedAt: person.updatedAt,
      },
      workforceSnapshots: snapshots.map((snapshot) => ({
        snapshotDate: snapshot.snapshotDate,
        departmentCode: snapshot.departmentCode,
        gradeCode: snapshot.gradeCode,
        professionCode: snapshot.professionCode,
        regionCode: snapshot.regionCode,
        sebOccupation: snapshot.sebOccupation,
      })),
    };
  }

  /**
   * Blanks what identifies the person and their care leaver status. Department, grade,
   * profession, region and the snapshots stay, so anonymous counts do not change.
   */
  async eraseFor(personId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(PersonEntity).update(personId, {
      givenName: ERASED_NAME,
      familyName: ERASED_NAME,
      email: null,
      staffNumber: erasedStaffNumber(),
      dateOfBirth: null,
      careLeaver: null,
    });
  }
}
