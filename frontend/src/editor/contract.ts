import { api } from '../api/client'
import type { Schemas } from '../api/client'

/*
 * The editing shapes of issue 5's contract (/work/issue5-spec.md) that openapi/openapi.yaml does
 * not describe yet. When the service publishes them, these give way to the generated types.
 */

export type Section = Schemas['Section']
export type Link = Schemas['Link']
export type Status = Schemas['PublicationStatus']
export type Provenance = 'PRINTED_MATRIX' | 'EDITORIAL'

export interface EditableAppearance {
  edition: string
  title: string
  matrixTitle?: string
  summary?: string
  theme?: string
  location?: string
  sections: Section[]
  links: Link[]
  figures: Schemas['Figure'][]
  references: Schemas['Reference'][]
}

export interface DriverMapping {
  edition: string
  driver: string
  provenance: Provenance
  rationale?: string
}

export interface EditableInitiative {
  slug: string
  status: Status
  deletedAt?: string
  version: number
  title: string
  summary?: string
  leadOrganisation?: string
  partners: string[]
  areas: string[]
  contacts: string[]
  appearances: EditableAppearance[]
  drivers: DriverMapping[]
}

export type InitiativeWrite = Omit<EditableInitiative, 'slug' | 'deletedAt' | 'version'>

export interface NewInitiative {
  slug: string
  title: string
  summary?: string
  edition?: string
}

export interface NewEdition {
  slug: string
  title: string
  series: string
  label: string
  subtitle?: string
  publicationDate?: string
  publisher?: string
  theme?: string
  suggestionsText?: string
  suggestionsEmail?: string
}

export interface EditableEdition extends Omit<NewEdition, 'slug'> {
  slug: string
  status: Status
  publishedAt?: string
  deletedAt?: string
  initiatives: { position: number; slug: string; title: string; status: Status }[]
  version: number
}

/**
 * The app's client (base URL, session middleware) for the operations the generated types do not
 * know yet; results are read as the types above.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function untyped(): any {
  return api()
}
