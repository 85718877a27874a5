import { describe, expect, it } from '@jest/globals';
import type { SearchHit } from '../../lib/api-types';
import { coordinateKey, groupByLocation, wijkIdOf } from './location-groups';

function hit(id: string, latitude: number | null, longitude = 4.4): SearchHit {
  return {
    id,
    name: `Dienst ${id}`,
    organization: { id: `org-${id}`, name: 'Organisatie' },
    isDemo: true,
    shortDescription: '',
    lifeDomains: [],
    languages: ['nl'],
    location:
      latitude === null
        ? null
        : {
            id: `loc-${id}`,
            latitude,
            longitude,
            address: 'Straat 1, 2000 Antwerpen',
            wijk: { id: '11002Z09', name: 'Historisch Centrum' },
          },
    open: { isOpen: false, hasHours: false },
  };
}

describe('groupByLocation', () => {
  it('puts services at the same coordinates under one group, in result order', () => {
    const groups = groupByLocation([hit('a', 51.2194), hit('b', 51.23), hit('c', 51.2194)]);
    expect(groups.map((group) => group.hits.map((h) => h.id))).toEqual([['a', 'c'], ['b']]);
  });

  it('treats coordinates within about a metre as one address, and a few metres apart as two', () => {
    const groups = groupByLocation([hit('a', 51.219401), hit('b', 51.219403), hit('c', 51.21945)]);
    expect(groups.map((group) => group.hits.length)).toEqual([2, 1]);
  });

  it('leaves out hits without a location', () => {
    expect(groupByLocation([hit('a', null), hit('b', 51.2)])).toHaveLength(1);
  });

  it('keys groups by rounded coordinates and knows their wijk', () => {
    const [group] = groupByLocation([hit('a', 51.2194, 4.4025)]);
    expect(group.key).toBe(coordinateKey(51.2194, 4.4025));
    expect(wijkIdOf(group)).toBe('11002Z09');
  });
});
