import { Injectable } from '@nestjs/common';
import { PersonAnswersEntity } from '@pathways/api-people';
import { EntityManager } from 'typeorm';
import {
  HoldsPersonalData,
  PersonalDataHolder,
  PersonalDataSections,
} from '../personal-data-holder';
import { describeAnswers } from './describe-answers';

/** The person's own answers to the SEB and characteristics questions. */
@Injectable()
@HoldsPersonalData(20)
export class AnswersDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const row = await manager.getRepository(PersonAnswersEntity).findOne({ where: { personId } });
    return { answers: describeAnswers(row) };
  }

  async eraseFor(personId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(PersonAnswersEntity).delete({ personId });
  }
}
