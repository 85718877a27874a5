// The detail page and what the referral card shares with it; its styles come with whichever loads.
import './service.css';
export { ServicePage } from './components/service-page';
export { useService } from './api/get-service';
export { listingText, type TranslatableField } from './listing-text';
export { weekHours, type DayHours } from './week-hours';
export { WeekHoursTable } from './components/week-hours-table';
