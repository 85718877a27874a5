import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { type InvalidParam, ValidationProblem } from '../../common/problem/domain-exception.js';
import { recordSearchAnswer } from '../../common/metrics/metrics.js';
import { toPage } from '../../common/pagination/page.js';
import type { SearchDocument } from '../../search/search-document.js';
import type { EngineHit, OpenAtMoment, SearchFilters, SearchSort } from '../../search/search-engine.js';
import { SEARCH_ENGINES, SearchEngines } from '../../search/search-engines.js';
import { compileOpeningHours, type HolidayCalendar, inLanguage, openingStatus, toMoment, ZONE } from '@sociale-kaart/core';
import type { SearchHitDto, SearchQueryDto, SearchResponseDto } from './search.dto.js';
import { SearchVocabulary, type Vocabulary } from './search-vocabulary.js';

@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINES) private readonly engines: SearchEngines,
    private readonly vocabulary: SearchVocabulary,
  ) {}

  /** `language`: of the hits' name and short description (the Dutch original where a listing has no translation). */
  async search(dto: SearchQueryDto, now = new Date(), language?: string): Promise<SearchResponseDto> {
    const vocabulary = await this.vocabulary.get();
    const { filters, sort } = toFilters(dto, vocabulary, now);
    const result = await this.engines.search({
      text: dto.q ?? '',
      filters,
      sort,
      offset: dto.offset,
      limit: dto.pageSize,
      facets: true,
      now,
    });
    recordSearchAnswer(result.engine, result.isFallback);
    const statusAt = filters.openAt?.at ?? now;
    const hits = result.hits.map((hit) => toHit(hit, statusAt, vocabulary.holidays, language ?? dto.lang));
    const { items, ...page } = toPage(hits, result.total, dto);
    // The core knows openNow as openAt (the moment now): name the parameter the client sent.
    const help = result.help
      ? {
          ...result.help,
          withoutFilter: result.help.withoutFilter.map((f) =>
            f.filter === 'openAt' && dto.openNow ? { ...f, filter: 'openNow' as const } : f,
          ),
        }
      : null;
    return { hits: items, ...page, facets: result.facets, engine: result.engine, isFallback: result.isFallback, help };
  }
}

/** Checks every parameter against the reference data and collects all problems before failing. */
export function toFilters(dto: SearchQueryDto, vocabulary: Vocabulary, now: Date): { filters: SearchFilters; sort: SearchSort } {
  const problems: InvalidParam[] = [];
  const known = (name: string, values: string[] | undefined, isKnown: (v: string) => boolean) => {
    const unknown = (values ?? []).filter((v) => !isKnown(v));
    if (unknown.length > 0)
      problems.push({ name, in: 'query', reason: `unknown code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}` });
    return values ?? [];
  };
  const lifeDomains = known('lifeDomain', dto.lifeDomain, (v) => vocabulary.lifeDomains.has(v));
  const targetGroups = known('targetGroup', dto.targetGroup, (v) => vocabulary.targetGroups.has(v));
  const languages = known('language', dto.language, (v) => vocabulary.languages.has(v));
  const districts = known('district', dto.district, (v) => vocabulary.districts.has(v));
  const wijken = known('wijk', dto.wijk, (v) => vocabulary.wijken.has(v));
  const locatedIn = known('locatedIn', dto.locatedIn, (v) => vocabulary.districts.has(v) || vocabulary.wijken.has(v));

  let near: SearchFilters['near'];
  if (dto.near) {
    const [latitude, longitude] = dto.near.split(',').map(Number);
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      problems.push({ name: 'near', in: 'query', reason: 'latitude must be within ±90 and longitude within ±180' });
    } else {
      near = { latitude, longitude, radius: dto.radius };
    }
  } else if (dto.radius !== undefined) {
    problems.push({ name: 'radius', in: 'query', reason: 'needs near' });
  }
  // Without text, relevance is local first (the client's wijk, then district, …); near a point, distance.
  const sort: SearchSort = dto.sort ?? (dto.near && !dto.q?.trim() ? 'distance' : 'relevance');
  if (sort === 'distance' && !dto.near) problems.push({ name: 'sort', in: 'query', reason: 'distance needs near' });

  let openAt: OpenAtMoment | undefined;
  if (dto.openAt !== undefined && dto.openNow) {
    problems.push({ name: 'openAt', in: 'query', reason: 'use openAt or openNow, not both' });
  } else if (dto.openAt !== undefined) {
    const parsed = DateTime.fromISO(dto.openAt, { zone: ZONE });
    if (!parsed.isValid)
      problems.push({ name: 'openAt', in: 'query', reason: 'must be an ISO 8601 date-time such as 2026-11-24T10:00:00+01:00' });
    else openAt = toMoment(parsed.toJSDate(), vocabulary.holidays);
  } else if (dto.openNow) {
    openAt = toMoment(now, vocabulary.holidays);
  }
  if (problems.length > 0) throw new ValidationProblem(problems);

  return {
    sort,
    filters: {
      lifeDomains,
      targetGroups,
      languages,
      districts,
      wijken: wijken.map((id) => ({ id, districtId: vocabulary.wijken.get(id)!.districtId })),
      locatedIn: {
        districts: locatedIn.filter((id) => vocabulary.districts.has(id)),
        wijken: locatedIn.filter((id) => vocabulary.wijken.has(id)),
      },
      near,
      openAt,
      free: dto.free || undefined,
      walkIn: dto.walkIn || undefined,
      wheelchair: dto.wheelchair || undefined,
    },
  };
}

function toHit({ document, location, distance, open }: EngineHit, at: Date, holidays: HolidayCalendar, language?: string): SearchHitDto {
  const texts = inLanguage(document, language ? document.hitTranslations?.[language] : undefined);
  return {
    id: document.serviceId,
    name: texts.name,
    organization: { id: document.organizationId, name: document.organizationName },
    isDemo: document.isDemo,
    shortDescription: texts.shortDescription,
    lifeDomains: document.ownLifeDomains,
    languages: document.languages,
    location: location ? toLocation(location, distance) : null,
    // The memory engine's core judged it already; Meilisearch hits are judged here, as the core does.
    open: open ? { ...open, closesAt: open.closesAt ?? null, nextOpensAt: open.nextOpensAt ?? null } : openStatus(document, at, holidays),
    lastVerifiedAt: document.lastVerifiedAt,
  };
}

function openStatus(document: EngineHit['document'], at: Date, holidays: HolidayCalendar): SearchHitDto['open'] {
  const hours = compileOpeningHours(document.schedules, {
    opensOnHolidays: document.opensOnHolidays,
    followsPublicSectorCalendar: document.followsPublicSectorCalendar,
  });
  const status = openingStatus(hours, at, holidays);
  return {
    isOpen: status.isOpen,
    closesAt: status.closesAt?.toISOString() ?? null,
    nextOpensAt: status.nextOpensAt?.toISOString() ?? null,
    hasHours: hours.periods.length > 0,
  };
}

function toLocation(location: SearchDocument['locations'][number], distance: number | null): SearchHitDto['location'] {
  return {
    id: location.locationId,
    name: location.name,
    address: location.address,
    latitude: location.latitude,
    longitude: location.longitude,
    district: location.districtId ? { id: location.districtId, name: location.districtName ?? location.districtId } : null,
    wijk: location.wijkId ? { id: location.wijkId, name: location.wijkName ?? location.wijkId } : null,
    distance: distance === null ? null : Math.round(distance),
  };
}
