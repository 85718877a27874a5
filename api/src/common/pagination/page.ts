import { type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
/** Far past any real listing; keeps `(page - 1) * pageSize` a safe integer for PostgreSQL's OFFSET. */
export const MAX_PAGE = 100_000;

/** `page` (from 1) and `pageSize` (1–100) query parameters. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;

  get offset(): number {
    return (this.page - 1) * this.pageSize;
  }
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

export function toPage<T>(items: T[], total: number, query: { page: number; pageSize: number }): Page<T> {
  return { items, page: query.page, pageSize: query.pageSize, total, totalPages: Math.ceil(total / query.pageSize) };
}

const pageClasses = new Map<Type, Type>();

/** An OpenAPI schema for a page of `item`: `{ items, page, pageSize, total, totalPages }`. */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  const existing = pageClasses.get(item);
  if (existing) return existing as Type<Page<T>>;
  class PageDto implements Page<T> {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({ example: 1 })
    page: number;

    @ApiProperty({ example: 20 })
    pageSize: number;

    @ApiProperty({ description: 'Number of items on all pages.', example: 214 })
    total: number;

    @ApiProperty({ example: 11 })
    totalPages: number;
  }
  Object.defineProperty(PageDto, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  pageClasses.set(item, PageDto);
  return PageDto;
}
