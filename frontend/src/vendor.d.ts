// govuk-frontend ships no type declarations; these are the parts used.
declare module 'govuk-frontend' {
  export function initAll(config?: Record<string, unknown>): void
  /** Sets up every element of the page whose data-module names this component */
  export function createAll(component: unknown, config?: Record<string, unknown>, scope?: Element | Document): unknown[]
  /** The service navigation's "Menu" toggle on small screens */
  export class ServiceNavigation {
    constructor(root: Element)
  }
  export class SkipLink {
    constructor(root: Element)
  }
  /** Focuses the summary; its links focus their fields */
  export class ErrorSummary {
    constructor(root: Element, config?: Record<string, unknown>)
  }
  /** The "Show" / "Hide" button of a password field */
  export class PasswordInput {
    constructor(root: Element, config?: Record<string, unknown>)
  }
  /** Focuses a banner with role="alert" */
  export class NotificationBanner {
    constructor(root: Element, config?: Record<string, unknown>)
  }
}

// The MOJ "filter a list" toggle: shows and hides the filter panel on small screens.
declare module '@ministryofjustice/frontend/moj/components/filter-toggle-button/filter-toggle-button.mjs' {
  export class FilterToggleButton {
    constructor(root: Element, config?: Record<string, unknown>)
  }
}

// alphagov/accessible-autocomplete: the options used (see src/autocomplete.ts)
declare module 'accessible-autocomplete' {
  export default function accessibleAutocomplete(options: Record<string, unknown>): void
}
declare module 'accessible-autocomplete/dist/accessible-autocomplete.min.css'
