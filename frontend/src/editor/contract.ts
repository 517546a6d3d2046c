import type { Schemas } from '../api/client'

/** The editing shapes of the API (openapi/openapi.yaml), by the names the editor uses. */
export type Status = Schemas['PublicationStatus']
export type EditableInitiative = Schemas['EditableInitiative']
export type EditableAppearance = Schemas['AppearanceEdit']
export type DriverMapping = Schemas['DriverMappingEdit']
export type InitiativeWrite = Schemas['InitiativeChanges']
export type NewInitiative = Schemas['NewInitiative']
export type NewEdition = Schemas['NewEdition']
export type EditableEdition = Schemas['EditableEdition']
export type EditionChanges = Schemas['EditionChanges']
