export { ServicePage } from './components/service-page';
export { useService } from './api/get-service';
export { listingText, type TranslatableField } from './listing-text';
export { weekHours, type DayHours } from './week-hours';
export { WeekHoursTable } from './components/week-hours-table';
