// Controlled editors of a service's structured fields, composed by the service editor page. Each
// takes `{ value, onChange, errors }`, with errors keyed by a path relative to its field.
export { OpeningHoursEditor, useOpeningHoursValidation, type OpeningHoursEditorProps } from './opening-hours-editor';
export {
  addPeriod,
  copyDay,
  EMPTY_OPENING_HOURS,
  newPeriod,
  openingHoursProblems,
  removePeriod,
  replacePeriod,
  sortWeekly,
  validateOpeningHours,
  type OpeningHoursProblem,
} from './opening-hours-value';
export { CodeChecklist, type CodeChecklistProps } from './code-checklist';
export { type CodeOption, sortCodes } from './code-options';
export { LanguagesEditor, LifeDomainsEditor, TargetGroupsEditor, type CodesEditorProps } from './taxonomy-editors';
export { CostsEditor, FREE, type CostsEditorProps } from './costs-editor';
export { ServiceAreaEditor, type ServiceAreaEditorProps } from './service-area-editor';
export { sortArea, WHOLE_CITY } from './service-area-value';
export { LocationsEditor, type LocationsEditorProps } from './locations-editor';
export { type PinPlace, roundCoordinate } from './location-value';
export { errorsUnder } from './field-errors';
