// The shape the demo content is written in: one organisation with its addresses and services per
// record, with codes instead of ids. `buildDemoData` turns these into entity rows.
import type { PublicationState, ServiceStatus, ServiceText, Translations } from '../../entities/index.js';
import type { OrganizationText } from '../../entities/organization.entity.js';
import type { LatLng } from './wijk-points.js';

export interface LocationSeed {
  /** Unique within the organisation. */
  key: string;
  name: string;
  /** Wijk id from `geo/antwerp-wijken.geojson`; the coordinates are drawn inside it. */
  wijk: string;
  /** Street and house number, a street of that wijk. */
  street: string;
  /** Locality when it differs from the district's name (the villages of district 2040). */
  city?: string;
  /** Draw the point near here: for wijken that are mostly port or polder. */
  near?: LatLng;
  transportation?: string;
}

export interface CostSeed {
  amount: number;
  description: string;
  option?: string;
}

/**
 * Opening hours as `DAYS TIME-TIME [TIME-TIME…]` segments joined by `;`, e.g.
 * `MO-FR 09:00-12:00 13:30-16:30; SA 10:00-13:00`, or `24/7`. Days are RFC 5545 codes; a range
 * `MO-FR` or a list `MO,WE`. A period that closes before it opens runs past midnight.
 */
export type HoursSeed = string;

export interface ServiceSeed {
  /** Unique within the organisation. */
  key: string;
  name: string;
  description: string;
  application: string;
  eligibility?: string;
  fees?: string;
  /** `free`: one option of 0 euro; a list: paid options; left out: cost unknown. */
  cost?: 'free' | CostSeed[];
  /** Life-domain codes of `reference/life-domains.json` (1–2). */
  domains: string[];
  /** Target-group codes of `reference/target-groups.json` (1–3). */
  groups: string[];
  /** Access codes of `reference/access.json`. */
  access: string[];
  /** Languages besides Dutch (every service is offered in Dutch). */
  languages?: string[];
  hours?: HoursSeed;
  hoursNote?: string;
  /** Validity of all its schedules, `YYYY-MM-DD`: seasonal services. */
  season?: { from: string; to: string };
  /** `stad`, `district:<id>` or `wijk:<id>`; left out: the whole city. */
  areas?: string[];
  /** Location keys of the organisation; left out: its first location; `[]`: by phone or online only. */
  at?: string[];
  documents?: string[];
  /** `false` when the service has no number of its own. */
  hasPhone?: boolean;
  /** Local part of the service's e-mail address at the organisation's domain. */
  email?: string;
  minimumAge?: number;
  maximumAge?: number;
  waitTime?: string;
  interpretation?: string;
  alert?: string;
  status?: ServiceStatus;
  state?: PublicationState;
  translations?: Translations<ServiceText>;
}

export interface OrganizationSeed {
  /** Unique among all organisations; the ids derive from it, so never rename one. */
  key: string;
  name: string;
  alternateName?: string;
  description: string;
  /** Under `.example`, so no mail or visit reaches anyone. */
  domain: string;
  /** Key of the umbrella organisation, which must come earlier in the list. */
  parent?: string;
  legalStatus?: string;
  yearIncorporated?: number;
  /** A city or government body: also closed on public-sector days off such as 11 July. */
  isPublicSector?: boolean;
  hasPhone?: boolean;
  translations?: Translations<OrganizationText>;
  locations: LocationSeed[];
  services: ServiceSeed[];
}
