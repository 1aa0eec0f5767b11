export interface AnswerOption<C extends string = string> {
  readonly code: C;
  readonly label: string;
}

export interface Question<K extends string = string, C extends string = string> {
  readonly key: K;
  readonly title: string;
  readonly hint?: string;
  readonly options: readonly AnswerOption<C>[];
}
