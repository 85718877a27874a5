import type { DataSource, EntitySubscriberInterface, InsertEvent, UpdateEvent } from 'typeorm';
import { Location } from '../../database/entities/index.js';
import type { PlaceLocator } from './place-locator.js';

/**
 * Derives a location's district, wijk and place status from its coordinates whenever it is saved
 * through TypeORM (`save`/`insert` of the entity), so no write path can forget it.
 */
export class LocationPlaceSubscriber implements EntitySubscriberInterface<Location> {
  constructor(private readonly locator: PlaceLocator) {}

  static register(dataSource: DataSource, locator: PlaceLocator): void {
    if (!dataSource.subscribers.some((s) => s instanceof LocationPlaceSubscriber)) {
      dataSource.subscribers.push(new LocationPlaceSubscriber(locator));
    }
  }

  listenTo(): typeof Location {
    return Location;
  }

  beforeInsert(event: InsertEvent<Location>): void {
    this.assign(event.entity);
  }

  beforeUpdate(event: UpdateEvent<Location>): void {
    // A partial update that does not touch the coordinates keeps the derived place.
    if (event.entity && 'latitude' in event.entity && 'longitude' in event.entity) this.assign(event.entity);
  }

  private assign(location: Partial<Location>): void {
    const place = this.locator.locate(location.latitude, location.longitude);
    location.placeStatus = place.status;
    location.districtId = place.districtId;
    location.wijkId = place.wijkId;
  }
}
