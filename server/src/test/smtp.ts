import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { OutboxWorker } from '../modules/notifications/outbox-worker';
import type { TestServer } from './test-server';

export interface Mailbox {
  /** Every mail received so far, parsed. */
  mails: ParsedMail[];
  /** Sends what the server's outbox holds through this SMTP server, and returns the mails received since the last call. */
  deliver(): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on a random port, and the outbox worker of `server` sending to it. */
export async function startMailbox(server: TestServer): Promise<Mailbox> {
  const raw: Buffer[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        raw.push(Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  const worker = new OutboxWorker(server.orm, `smtp://127.0.0.1:${port}`, 'esurety <no-reply@esurety.jp>');
  const mails: ParsedMail[] = [];
  return {
    mails,
    async deliver() {
      await worker.drain();
      const fresh = await Promise.all(raw.splice(0).map((r) => simpleParser(r)));
      mails.push(...fresh);
      return fresh;
    },
    async close() {
      await worker.stop();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}

/** The recipient of a parsed mail. */
export function recipient(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.text ?? '';
}

/** The token of the one-time link (`/set-password#token=…`) in a mail's text. */
export function linkToken(mail: ParsedMail): string {
  const found = /\/set-password#token=([A-Za-z0-9_-]{43})/.exec(mail.text ?? '');
  if (!found) throw new Error(`no link in mail: ${mail.text}`);
  return found[1];
}
