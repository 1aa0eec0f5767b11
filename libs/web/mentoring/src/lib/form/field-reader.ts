import { isGradeCode, type GradeCode } from '@pathways/domain-seb';
import type { Problem } from '@pathways/web-ui';
import { parseWholeNumber } from './number-text';

/** Collects problems while reading a form's text; a read that fails gives null. */
export class FieldReader {
  readonly problems: Problem[] = [];

  fail(field: string, message: string): null {
    this.problems.push({ field, message });
    return null;
  }

  /** Empty gives null unless a message for it is given. */
  whole(
    text: string,
    field: string,
    [low, high]: [number, number],
    bad: string,
    empty?: string,
  ): number | null {
    const parsed = parseWholeNumber(text);
    if (parsed.kind === 'empty') return empty ? this.fail(field, empty) : null;
    if (parsed.kind === 'invalid' || parsed.value < low || parsed.value > high) {
      return this.fail(field, bad);
    }
    return parsed.value;
  }

  grade(code: string, field: string, empty?: string): GradeCode | null {
    if (!code) return empty ? this.fail(field, empty) : null;
    return isGradeCode(code) ? code : this.fail(field, 'Select a grade from the list');
  }

  /** Both ends given and the wrong way round: the message names the upper end. */
  order(low: number | null, high: number | null, field: string, message: string): void {
    if (low !== null && high !== null && low > high) this.fail(field, message);
  }
}
