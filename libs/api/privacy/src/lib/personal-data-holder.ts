import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One JSON-ready part of a person's export, keyed by section name. */
export type PersonalDataSections = Record<string, unknown>;

/**
 * A feature that stores data about a person. Each feature registers its own holder, so the
 * export stays complete and erasure thorough as features are added.
 */
export interface PersonalDataHolder {
  /** Everything this feature holds about the person, read in the export's transaction. */
  exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections>;
  /** Removes or blanks what identifies the person, inside the erasure transaction. */
  eraseFor?(personId: string, manager: EntityManager): Promise<void>;
}

export const PERSONAL_DATA_HOLDER = Symbol('PERSONAL_DATA_HOLDER');

/** Marks a provider as a PersonalDataHolder; lower order comes first in the export. */
export const HoldsPersonalData = (order: number) => SetMetadata(PERSONAL_DATA_HOLDER, order);
