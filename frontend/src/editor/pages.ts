// The editor's pages: one chunk, loaded only when an editor page is first opened.
export { dashboardPage } from './dashboard'
export { suggestionPage, suggestionsPage } from './suggestions'
export { editInitiativePage } from './initiative-editor'
export { editionEditorPage, newEditionPage, newInitiativePage } from './editions'
export { addExistingInitiativePage } from './add-existing'
export { editContactPage, newContactPage } from './contacts'
export { accountPage, accountsPage, newAccountPage } from './accounts'
