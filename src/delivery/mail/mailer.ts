// Sends e-mail over SMTP with nodemailer (SMTP_URL, STARTTLS when the server offers it); throws when the server refuses.
import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { DeliveryError } from '../types';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Stable per request and purpose, so a mail client can drop a duplicate. */
  messageId: string;
}

export class Mailer {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(smtpUrl: string, private readonly from: string) {
    // Loaded only when mail is configured and first used.
    const nodemailer = require('nodemailer') as typeof import('nodemailer');
    this.transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as SMTPTransport.Options);
  }

  /** A Message-ID in the sender's domain. */
  messageId(local: string): string {
    return `<${local}@${this.from.split('@')[1]}>`;
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text, messageId: message.messageId });
    if ((info.rejected ?? []).length > 0) throw new DeliveryError('mail_rejected', 'the mail server refused the recipient');
  }

  close(): void {
    this.transport.close();
  }
}
