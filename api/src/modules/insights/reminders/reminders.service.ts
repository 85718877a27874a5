import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { ZONE } from '@sociale-kaart/core';
import type { AuthUser } from '../../auth/auth-user.js';
import { MAILER, type Mail, type Mailer } from '../../auth/mailer.js';
import { byOldestVerification, isVerified, STALE_AFTER_DAYS, verifiedSince } from '../freshness.js';
import { weekOf } from '../freshness.service.js';
import type { InsightFact } from '../insight-facts.js';
import { InsightsContext } from '../insights-context.js';
import type { RemindersResponseDto, SentRemindersDto, SkippedReminderDto } from './reminders.dto.js';
import { RemindersRepository } from './reminders.repository.js';

/** Organisations listed at once: as many as one send takes (SendRemindersDto), most stale first. */
export const REMINDERS_LISTED = 100;

/** "laatst nagekeken op 3 maart 2026": one formatter, not one luxon date per listing. */
const VERIFIED_DAY = new Intl.DateTimeFormat('nl-BE', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });

interface StaleOrganization {
  id: string;
  name: string;
  listings: InsightFact[];
}

/** "Remind these organisations": the list with each mail's text, and sending it once per organisation and week. */
@Injectable()
export class RemindersService {
  constructor(
    private readonly context: InsightsContext,
    private readonly repository: RemindersRepository,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(now = new Date()): Promise<RemindersResponseDto> {
    const week = weekOf(now);
    const [all, sent] = await Promise.all([this.staleOrganizations(now), this.repository.findSent(week)]);
    // Those reminded this week go after the others (stable: most stale first within each), so the
    // next send reaches the next organisations.
    const stale = [...all.filter((o) => !sent.has(o.id)), ...all.filter((o) => sent.has(o.id))].slice(0, REMINDERS_LISTED);
    const emails = await this.repository.findEmails(stale.map((o) => o.id));
    return {
      week,
      total: all.length,
      reminders: stale.map((organization) => {
        const email = emails.get(organization.id) ?? null;
        return {
          organization: { id: organization.id, name: organization.name, email },
          staleListings: organization.listings.map((f) => ({
            id: f.id,
            name: f.name,
            organization: { id: f.organizationId, name: f.organizationName },
            lastVerifiedAt: f.lastVerifiedAt === null ? null : new Date(f.lastVerifiedAt).toISOString(),
          })),
          mail: email ? this.mailFor(organization, email) : null,
          sentThisWeekAt: sent.get(organization.id)?.toISOString() ?? null,
        };
      }),
    };
  }

  async send(organizationIds: string[], user: AuthUser, now = new Date()): Promise<SentRemindersDto> {
    const week = weekOf(now);
    const stale = new Map((await this.staleOrganizations(now)).map((o) => [o.id, o]));
    const ids = [...new Set(organizationIds)];
    const emails = await this.repository.findEmails(ids);
    const sent: string[] = [];
    const skipped: SkippedReminderDto[] = [];
    for (const id of ids) {
      const organization = stale.get(id);
      const email = emails.get(id);
      if (!emails.has(id)) skipped.push({ organizationId: id, reason: 'not-found' });
      else if (!organization) skipped.push({ organizationId: id, reason: 'nothing-stale' });
      else if (!email) skipped.push({ organizationId: id, reason: 'no-email' });
      if (!organization || !email) continue;
      const mail = this.mailFor(organization, email);
      const isSent = await this.repository.recordAndSend(
        { organizationId: id, week, sentBy: user.id, sentTo: email, staleListings: organization.listings.length },
        () => this.mailer.send(mail),
      );
      if (isSent) sent.push(id);
      else skipped.push({ organizationId: id, reason: 'already-sent-this-week' });
    }
    return { week, sent, skipped };
  }

  private async staleOrganizations(now: Date): Promise<StaleOrganization[]> {
    const since = verifiedSince(now);
    const byOrganization = new Map<string, StaleOrganization>();
    for (const fact of await this.context.currentFacts()) {
      if (isVerified(fact, since)) continue;
      const organization = byOrganization.get(fact.organizationId) ?? {
        id: fact.organizationId,
        name: fact.organizationName,
        listings: [],
      };
      organization.listings.push(fact);
      byOrganization.set(fact.organizationId, organization);
    }
    const organizations = [...byOrganization.values()];
    for (const o of organizations) o.listings.sort(byOldestVerification);
    return organizations.sort(
      (a, b) => b.listings.length - a.listings.length || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id),
    );
  }

  private mailFor(organization: StaleOrganization, to: string): Mail {
    const link = `${this.config.auth.publicUrl}/portaal`;
    const day = (ms: number | null) => (ms === null ? 'nog nooit nagekeken' : `laatst nagekeken op ${VERIFIED_DAY.format(ms)}`);
    const count = organization.listings.length;
    return {
      to,
      subject: `Sociale Kaart Antwerpen: klopt de informatie van ${organization.name} nog?`,
      link,
      text: [
        'Beste,',
        '',
        `Op de Sociale Kaart Antwerpen ${count === 1 ? 'staat 1 aanbod' : `staan ${count} aanbiedingen`} van ${organization.name} ` +
          `die langer dan ${STALE_AFTER_DAYS} dagen niet nagekeken ${count === 1 ? 'is' : 'zijn'}:`,
        '',
        ...organization.listings.map((f) => `- ${f.name} (${day(f.lastVerifiedAt)})`),
        '',
        `Wil je ze nakijken? Meld je aan op ${link}, pas aan wat niet meer klopt en klik op "Alles klopt nog".`,
        'Zo weten hulpverleners en bewoners dat ze op deze informatie kunnen rekenen.',
        '',
        'Met vriendelijke groet,',
        'Het team van de Sociale Kaart Antwerpen',
      ].join('\n'),
    };
  }
}
