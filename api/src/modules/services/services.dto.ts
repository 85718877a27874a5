import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page.js';
import { PlaceRefDto } from '../places/places.dto.js';
import { TaxonomyTermDto } from '../taxonomies/taxonomies.dto.js';

const TRANSLATIONS_EXAMPLE = { fr: { name: 'Médiation de dettes', description: '…' }, ar: { name: 'الوساطة في الديون' } };

export class ServiceListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the services of this organization.' })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;
}

export class OrganizationRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CAW Antwerpen (demo)' })
  name: string;

  @ApiProperty({ description: 'Fictional demo listing: say so wherever it is shown.' })
  isDemo: boolean;
}

export class ServiceSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Schuldbemiddeling' })
  name: string;

  @ApiProperty()
  organization: OrganizationRefDto;

  @ApiProperty({ description: 'The description cut to about 200 characters.' })
  shortDescription: string;

  @ApiProperty({ type: [String], example: ['inkomen/schuldhulp'], description: 'Life-domain codes.' })
  lifeDomains: string[];

  @ApiProperty({ type: [String], example: ['nl', 'ar'], description: 'Language codes.' })
  languages: string[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  lastVerifiedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class AddressDto {
  @ApiProperty({ example: 'Lange Kievitstraat 111' })
  address1: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  address2: string | null;

  @ApiProperty({ example: '2018' })
  postalCode: string;

  @ApiProperty({ example: 'Antwerpen' })
  city: string;

  @ApiProperty({ example: 'BE' })
  country: string;
}

export class PhoneDto {
  @ApiProperty({ example: '03 338 40 00' })
  number: string;

  @ApiPropertyOptional({ type: Number, nullable: true })
  extension: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'voice' })
  type: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  description: string | null;
}

export class ServiceLocationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  name: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  description: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  transportation: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 51.2189 })
  latitude: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 4.4011 })
  longitude: number | null;

  @ApiPropertyOptional({ type: AddressDto, nullable: true })
  address: AddressDto | null;

  @ApiPropertyOptional({ type: PlaceRefDto, nullable: true })
  district: PlaceRefDto | null;

  @ApiPropertyOptional({ type: PlaceRefDto, nullable: true })
  wijk: PlaceRefDto | null;

  @ApiProperty({ enum: ['inside', 'water', 'outside', 'unknown'], description: '`outside`: not in Antwerp; `unknown`: no coordinates.' })
  placeStatus: 'inside' | 'water' | 'outside' | 'unknown';

  @ApiProperty({ type: [PhoneDto] })
  phones: PhoneDto[];
}

export class ScheduleDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'WEEKLY' })
  freq: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'MO,TU,WE,TH,FR' })
  byday: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '09:00:00', description: 'Europe/Brussels wall clock.' })
  opensAt: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '12:30:00', description: 'Before opensAt: past midnight.' })
  closesAt: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  validFrom: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  validTo: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  description: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  notes: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Set when the hours hold at one location only.' })
  locationId: string | null;
}

export class ServiceLanguageDto {
  @ApiProperty({ example: 'ar' })
  code: string;

  @ApiPropertyOptional({ example: { nl: 'Arabisch', en: 'Arabic' }, nullable: true })
  name: Record<string, string> | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'العربية' })
  native: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  note: string | null;
}

export class CostOptionDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Per gesprek' })
  option: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 0, description: 'In euro.' })
  amount: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'EUR' })
  currency: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  amountDescription: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  validFrom: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  validTo: string | null;
}

export class ServiceAreaDto {
  @ApiProperty({ enum: ['city', 'district', 'wijk', 'postcode'] })
  scope: 'city' | 'district' | 'wijk' | 'postcode';

  @ApiPropertyOptional({ type: String, nullable: true, example: 'borgerhout', description: 'District id, wijk id or postcode.' })
  code: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Borgerhout' })
  name: string | null;

  @ApiProperty({ example: 'urn:antwerpen:district:borgerhout' })
  uri: string;
}

export class RequiredDocumentDto {
  @ApiProperty({ example: 'Identiteitskaart of verblijfsdocument' })
  document: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  uri: string | null;
}

export class ContactDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  name: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  title: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  department: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  email: string | null;
}

export class OrganizationContactDto extends OrganizationRefDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  website: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  email: string | null;
}

export class ServiceDetailDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Schuldbemiddeling' })
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  alternateName: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  description: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  url: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ enum: ['active', 'inactive', 'defunct', 'temporarily closed'] })
  status: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  interpretationServices: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'How to apply.' })
  applicationProcess: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  feesDescription: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  waitTime: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'For whom.' })
  eligibilityDescription: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  minimumAge: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  maximumAge: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  alert: string | null;

  @ApiProperty({ example: TRANSLATIONS_EXAMPLE, description: 'Text fields per language; the base fields are Dutch.' })
  translations: Record<string, Record<string, string>>;

  @ApiProperty()
  organization: OrganizationContactDto;

  @ApiProperty({ type: [ServiceLocationDto] })
  locations: ServiceLocationDto[];

  @ApiProperty({ type: [PhoneDto] })
  phones: PhoneDto[];

  @ApiProperty({ type: [ScheduleDto] })
  schedules: ScheduleDto[];

  @ApiProperty({ type: [ServiceLanguageDto] })
  languages: ServiceLanguageDto[];

  @ApiProperty({ type: [TaxonomyTermDto] })
  lifeDomains: TaxonomyTermDto[];

  @ApiProperty({ type: [TaxonomyTermDto] })
  targetGroups: TaxonomyTermDto[];

  @ApiProperty({ type: [TaxonomyTermDto], description: 'Walk-in, by appointment, wheelchair accessible, open on holidays…' })
  access: TaxonomyTermDto[];

  @ApiProperty({ type: [TaxonomyTermDto], description: 'Terms of other taxonomies (imported), shown but not filtered on.' })
  otherTerms: TaxonomyTermDto[];

  @ApiProperty({ type: [CostOptionDto] })
  costOptions: CostOptionDto[];

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'true: free; false: costs something; null: unknown (no cost options).',
  })
  isFree: boolean | null;

  @ApiProperty({ type: [ServiceAreaDto], description: 'Whom it serves. Empty: the whole city.' })
  serviceAreas: ServiceAreaDto[];

  @ApiProperty({ description: 'Serves residents of the whole city.' })
  servesWholeCity: boolean;

  @ApiProperty({ type: [RequiredDocumentDto] })
  requiredDocuments: RequiredDocumentDto[];

  @ApiProperty({ type: [ContactDto] })
  contacts: ContactDto[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  lastVerifiedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ description: 'Optimistic-locking version; send it back when editing.' })
  version: number;
}
