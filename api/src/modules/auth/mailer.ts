// Outgoing mail: SMTP through nodemailer when SMTP_URL is set; otherwise the link goes to the
// server log, so a fresh install can still invite people and reset passwords.
import { Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/app-config.js';

/** Injection token of the {@link Mailer}; tests read what was sent through it. */
export const MAILER = Symbol('MAILER');

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The one link the mail is about (invitation, reset): the log shows it. */
  link: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export class LogMailer implements Mailer {
  private readonly logger = new Logger('Mail');

  send(mail: Mail): Promise<void> {
    this.logger.log(`mail to ${mail.to}: ${mail.subject} ${mail.link}`);
    return Promise.resolve();
  }
}

export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }
}

export function createMailer(config: AppConfig): Mailer {
  return config.mail.smtpUrl ? new SmtpMailer(config.mail.smtpUrl, config.mail.from) : new LogMailer();
}
