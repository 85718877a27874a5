import { Address } from './address.entity.js';
import { Attribute } from './attribute.entity.js';
import { Contact } from './contact.entity.js';
import { CostOption } from './cost-option.entity.js';
import { District } from './district.entity.js';
import { Holiday } from './holiday.entity.js';
import { Language } from './language.entity.js';
import { Location } from './location.entity.js';
import { Metadata } from './metadata.entity.js';
import { Organization } from './organization.entity.js';
import { Phone } from './phone.entity.js';
import { ReferenceLanguage } from './reference-language.entity.js';
import { RequiredDocument } from './required-document.entity.js';
import { Revision } from './revision.entity.js';
import { Schedule } from './schedule.entity.js';
import { ServiceArea } from './service-area.entity.js';
import { ServiceAtLocation } from './service-at-location.entity.js';
import { Service } from './service.entity.js';
import { TaxonomyTerm } from './taxonomy-term.entity.js';
import { Taxonomy } from './taxonomy.entity.js';
import { Wijk } from './wijk.entity.js';
import { SearchOutbox } from '../../search/outbox/search-outbox.entity.js';
import { AppUser, AuthToken, LoginAttempt, OrganizationClaim, OrganizationMember, Session } from '../../modules/auth/entities/index.js';
import { Feedback } from '../../modules/feedback/feedback.entity.js';
import { FeedbackAttempt, FeedbackLimitKey } from '../../modules/feedback/feedback-attempt.entity.js';

export {
  Address,
  Attribute,
  Contact,
  CostOption,
  District,
  Feedback,
  Holiday,
  Language,
  Location,
  Metadata,
  Organization,
  Phone,
  ReferenceLanguage,
  RequiredDocument,
  Revision,
  Schedule,
  Service,
  ServiceArea,
  SearchOutbox,
  ServiceAtLocation,
  Taxonomy,
  TaxonomyTerm,
  Wijk,
};
export * from './columns.js';
export { LOCATION_TYPES, PLACE_STATUSES, type LocationType, type PlaceStatus } from './location.entity.js';
export { SERVICE_STATUSES, SERVICE_TEXT_FIELDS, type ServiceStatus, type ServiceText } from './service.entity.js';
export { REVISION_STATUSES, type RevisionStatus } from './revision.entity.js';
export { AREA_SCOPES, type AreaScope } from './service-area.entity.js';
export type { LocalizedText } from './taxonomy.entity.js';

/** Every entity of the data model, for the data source. */
export const ENTITIES = [
  Address,
  Attribute,
  Contact,
  CostOption,
  District,
  Feedback,
  FeedbackAttempt,
  FeedbackLimitKey,
  Holiday,
  Language,
  Location,
  Metadata,
  Organization,
  Phone,
  ReferenceLanguage,
  RequiredDocument,
  Schedule,
  Service,
  ServiceArea,
  SearchOutbox,
  ServiceAtLocation,
  Taxonomy,
  TaxonomyTerm,
  Wijk,
  // Accounts, sessions and roles (issue #5).
  AppUser,
  AuthToken,
  LoginAttempt,
  OrganizationClaim,
  OrganizationMember,
  Session,
  // Revisions of listings, moderated (issue #5).
  Revision,
];
