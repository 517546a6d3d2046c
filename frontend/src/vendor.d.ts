// govuk-frontend ships no type declarations; only initAll is used.
declare module 'govuk-frontend' {
  export function initAll(config?: Record<string, unknown>): void
}
