import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { badInput } from '@pathways/api-core';
import {
  answerLabel,
  isQuestionKey,
  isValidAnswer,
  QUESTIONS,
  QuestionKey,
  sebGroupFromFourPart,
  sebGroupFromOccupation,
  SebOccupationCode,
} from '@pathways/domain-seb';
import { Repository } from 'typeorm';
import { PersonAnswersEntity } from '../person/person-answers.entity';
import { ANSWER_PROPERTY } from './answer-columns';
import { MyAnswers, SaveMyAnswersInput } from './answers.models';

const QUESTION_KEYS = Object.keys(QUESTIONS) as QuestionKey[];

@Injectable()
export class AnswersService {
  constructor(
    @InjectRepository(PersonAnswersEntity)
    private readonly answers: Repository<PersonAnswersEntity>,
  ) {}

  async forPerson(personId: string): Promise<MyAnswers> {
    const row = await this.answers.findOne({ where: { personId } });
    const codeOf = (key: QuestionKey) => (row ? row[ANSWER_PROPERTY[key]] : null);
    return {
      answers: QUESTION_KEYS.map((question) => {
        const code = codeOf(question);
        return { question, code, label: code ? (answerLabel(question, code) ?? code) : null };
      }),
      sebGroup: row ? sebGroupOf(row) : 'unknown',
      updatedAt: row?.updatedAt ?? null,
    };
  }

  async save(personId: string, input: SaveMyAnswersInput): Promise<MyAnswers> {
    const changes: Partial<PersonAnswersEntity> = {};
    input.answers.forEach(({ question, code }, index) => {
      if (!isQuestionKey(question))
        throw badInput(`Unknown question "${question}"`, `answers.${index}.question`);
      if (code !== null && !isValidAnswer(question, code)) {
        throw badInput(`"${code}" is not an answer to ${question}`, `answers.${index}.code`);
      }
      changes[ANSWER_PROPERTY[question]] = code;
    });
    await this.answers.upsert({ personId, ...changes }, ['personId']);
    return this.forPerson(personId);
  }

  /** Withdraws every answer: the person is then counted as "not declared". */
  async withdraw(personId: string): Promise<MyAnswers> {
    await this.answers.delete({ personId });
    return this.forPerson(personId);
  }
}

/** The one-part answer when given; otherwise the four-part answers. */
export function sebGroupOf(row: PersonAnswersEntity): string {
  const fromOnePart = sebGroupFromOccupation(row.sebOccupation as SebOccupationCode | null);
  if (fromOnePart !== 'unknown' || !row.sebEarnerEmployment) return fromOnePart;
  return sebGroupFromFourPart({
    employment: row.sebEarnerEmployment,
    workType: row.sebEarnerWorkType,
    employeeStatus: row.sebEarnerEmployeeStatus,
    workplaceSize: row.sebEarnerWorkplaceSize,
    supervises: row.sebEarnerSupervises,
  } as Parameters<typeof sebGroupFromFourPart>[0]);
}
