import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../config/app-config.js';
import { readWijken } from '../../database/seeds/reference-files.js';
import { PlaceLocator } from './place-locator.js';

const locator = new PlaceLocator(await readWijken(loadConfig({}).dataDir));

describe('PlaceLocator', () => {
  it.each([
    [51.2189, 4.4011, 'inside', 'antwerpen', '11002Z09'],
    [51.214, 4.44, 'inside', 'borgerhout', '11002S02'],
    [51.192, 4.488, 'inside', 'borsbeek', null],
    [51.222, 4.38, 'inside', 'antwerpen', '11002Z11'],
    [51.23, 4.395, 'water', null, null],
    [50.8466, 4.3528, 'outside', null, null],
  ])('places (%f, %f) as %s in %s', (lat, lng, status, districtId, wijkId) => {
    const place = locator.locate(lat, lng);
    expect(place.status).toBe(status);
    expect(place.districtId).toBe(districtId);
    if (wijkId) expect(place.wijkId).toBe(wijkId);
  });

  it('has no place without coordinates', () => {
    expect(locator.locate(null, 4.4)).toEqual({ status: 'unknown', districtId: null, wijkId: null });
  });
});
