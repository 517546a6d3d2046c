// govuk-frontend ships no type declarations; only initAll is used.
declare module 'govuk-frontend' {
  export function initAll(config?: Record<string, unknown>): void
}

// The MOJ "filter a list" toggle: shows and hides the filter panel on small screens.
declare module '@ministryofjustice/frontend/moj/components/filter-toggle-button/filter-toggle-button.mjs' {
  export class FilterToggleButton {
    constructor(root: Element, config?: Record<string, unknown>)
  }
}
