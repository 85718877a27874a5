// Editing listings in the portal (issue #5): an organisation's services, and the service editor.
export { OrganisationPage } from './organisation-page';
export { ServiceEditorPage } from './service-editor-page';
