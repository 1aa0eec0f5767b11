// govuk-frontend ships no type declarations; this covers the part the app calls.
declare module 'govuk-frontend' {
  export interface InitAllConfig {
    scope?: Element | Document | null;
    onError?: (error: unknown, context: unknown) => void;
  }

  export function initAll(config?: InitAllConfig): void;
}
