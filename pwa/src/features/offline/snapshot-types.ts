// The offline snapshot as the API serves it (GET /api/v1/snapshot and its change feed; see
// docs/offline.md): names for the types generated from the OpenAPI document. Optional fields may
// be absent (never null); readers treat a missing array as empty.
import type { ReferenceData } from '@sociale-kaart/core';
import type { components } from '../../generated/api';

type Schemas = components['schemas'];

export type SnapshotService = Schemas['SnapshotServiceDto'];
export type SnapshotLocation = Schemas['SnapshotLocationDto'];
export type SnapshotPhone = Schemas['SnapshotPhoneDto'];
export type SnapshotHoliday = Schemas['SnapshotHolidayDto'];
export type HolidayKind = SnapshotHoliday['kind'];
export type Snapshot = Schemas['SnapshotDto'];
/** One entry of the change feed: without `service`, the listing is no longer public. */
export type SnapshotChange = Schemas['SnapshotChangeDto'];
export type SnapshotChanges = Schemas['SnapshotChangesDto'];

/** The reference data on-device search needs beside the listings: the core's shapes. */
export type { ReferenceData, ReferenceTerm } from '@sociale-kaart/core';

/**
 * What the device keeps of the reference data: the search's, plus the languages and holiday names
 * the filter sheet and the hours need offline (src/lib/reference-data.ts). Absent in copies stored
 * before they were kept, until the sync refreshes them.
 */
export type StoredReference = ReferenceData & {
  languages?: Schemas['LanguageDto'][];
  holidays?: Schemas['HolidayDto'][];
};
