/**
 * The mail the API sent during the browser tests. With no SMTP server configured the API writes
 * each message as an .eml file into `<DATA_DIR>/mailbox/` (playwright.config.ts sets DATA_DIR to
 * test-results/e2e-data). This reads them as a mail client would: headers unfolded, encoded words
 * decoded, and the body decoded by its Content-Transfer-Encoding and charset. Python's email
 * package sends long lines as quoted-printable, so a link is split over lines and `=` is `=3D`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const MAILBOX = fileURLToPath(new URL('../../test-results/e2e-data/mailbox/', import.meta.url));

export interface Mail {
  /** The file name; names start with the time of sending, so they sort in order. */
  file: string;
  to: string;
  subject: string;
  headers: Map<string, string>;
  body: string;
}

/** Bytes of a quoted-printable text (RFC 2045 §6.7): soft line breaks joined, `=XX` decoded. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(joined.charCodeAt(index) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** A header value with RFC 2047 encoded words (`=?utf-8?q?...?=`, `=?utf-8?b?...?=`) decoded. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([qQbB])\?([^?]*)\?=/g,
      (_match, charset: string, encoding: string, text: string) => {
        const bytes =
          encoding.toLowerCase() === 'b'
            ? Uint8Array.from(Buffer.from(text, 'base64'))
            : decodeQuotedPrintable(text.replace(/_/g, ' '));
        return new TextDecoder(charset).decode(bytes);
      },
    );
}

function charsetOf(contentType: string): string {
  return contentType.match(/charset="?([^";\s]+)"?/i)?.[1] ?? 'utf-8';
}

/** One .eml file (a single-part text message, as the API sends). */
export function parseMail(raw: Buffer, file = ''): Mail {
  const text = raw.toString('latin1');
  const split = text.search(/\r?\n\r?\n/);
  const head = split === -1 ? text : text.slice(0, split);
  const rawBody = split === -1 ? '' : text.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(rawBody)
      : encoding === 'base64'
        ? Uint8Array.from(Buffer.from(rawBody.replace(/\s+/g, ''), 'base64'))
        : Uint8Array.from(Buffer.from(rawBody, 'latin1'));
  return {
    file,
    to: decodeHeader(headers.get('to') ?? ''),
    subject: decodeHeader(headers.get('subject') ?? ''),
    headers,
    body: new TextDecoder(charsetOf(headers.get('content-type') ?? '')).decode(bytes),
  };
}

export interface MailQuery {
  to: string;
  subject?: RegExp;
  /** Only mail sent after this one (its file name), for "the next mail". */
  after?: Mail;
  /** How long to wait for it; the API delivers right after the response, or within 2 s. */
  timeout?: number;
}

async function mailFiles(): Promise<string[]> {
  try {
    return (await readdir(MAILBOX)).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return []; // no mail sent yet: the folder does not exist
  }
}

/**
 * The newest mail to `to` (matching `subject`, after `after`), waiting until it is there. A mail
 * counts once it has a link in it, so a file caught half-written is simply read again.
 */
export async function waitForMail({ to, subject, after, timeout = 10_000 }: MailQuery): Promise<Mail> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const names = (await mailFiles()).filter((name) => !after || name > after.file).reverse();
    for (const name of names) {
      const mail = parseMail(await readFile(`${MAILBOX}${name}`), name);
      const addressed = mail.to.toLowerCase().includes(to.toLowerCase());
      if (addressed && (!subject || subject.test(mail.subject)) && /https?:\/\/\S+/.test(mail.body))
        return mail;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `No mail to ${to}${subject ? ` about ${subject}` : ''} in ${MAILBOX} within ${timeout} ms`,
      );
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The link in `mail` to a page of the site (`/account/bevestigen`), fragment and all. */
export function linkIn(mail: Mail, path: string): string {
  const link = mail.body.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname === path);
  if (!link) throw new Error(`No link to ${path} in the mail '${mail.subject}':\n${mail.body}`);
  return link;
}
