// Pure edits of a service's locations: a new (empty) location, and the pin set from the map.
import type { LocationValue } from '../listing-values';

/** Six decimals: about 10 cm, more than a map click or a street address can say. */
export function roundCoordinate(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}

export const newLocation = (): LocationValue => ({
  id: null,
  name: null,
  address1: null,
  postalCode: null,
  city: null,
  latitude: null,
  longitude: null,
});

export function withPin(location: LocationValue, latitude: number, longitude: number): LocationValue {
  return { ...location, latitude: roundCoordinate(latitude), longitude: roundCoordinate(longitude) };
}

export const hasPin = (location: LocationValue): location is LocationValue & { latitude: number; longitude: number } =>
  location.latitude !== null && location.longitude !== null;

/** Where a pin lies, for the editor to show; null outside Antwerp. */
export interface PinPlace {
  districtName: string;
  wijkName: string | null;
}
