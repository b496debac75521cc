import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../src/core/export/textDirection.js';
import { parseAddress, parseAddressList, resolveRecipients } from '../../../src/core/send/addresses.js';
import { parseSmtpUrl } from '../../../src/core/send/smtpConfig.js';

describe('the direction of one text', () => {
  it('follows its first letter, as dir="auto" does', () => {
    expect(textDirection('Le budget arrive au Parlement')).toBe('ltr');
    expect(textDirection('الحكومة تصادق على مشروع قانون المالية')).toBe('rtl');
    expect(textDirection('« لا خيار أمامنا سوى الاستثمار »')).toBe('rtl');
    expect(textDirection('2025 : المغرب')).toBe('rtl');
    expect(textDirection('COP30 في بيليم')).toBe('ltr');
    expect(textDirection('שלום')).toBe('rtl');
  });

  it('takes the fallback when there is no letter', () => {
    expect(textDirection('2025 — 12 %', 'rtl')).toBe('rtl');
    expect(textDirection('', 'ltr')).toBe('ltr');
  });
});

describe('addresses', () => {
  it('accepts a bare address or a named one, and lower-cases the domain only', () => {
    expect(parseAddress('Dg@Journal.Example')).toBe('Dg@journal.example');
    expect(parseAddress('Rédactrice en chef <redac@journal.example>')).toBe('redac@journal.example');
    expect(parseAddress('  presse@xn--jurnal-bva.ma ')).toBe('presse@xn--jurnal-bva.ma');
  });

  it('refuses what a mail server would, naming the entry as typed', () => {
    for (const wrong of ['redaction@journal', 'pas une adresse', 'a@b@c.ma', '@journal.ma', 'dg@journal..ma', 'dg@-journal.ma', 'a@b.ma, c@d.ma']) {
      expect(() => parseAddress(wrong), wrong).toThrow(`«\u00a0${wrong.trim()}\u00a0»`);
    }
  });

  it('splits lists typed with commas, semicolons or lines, and keeps each address once', () => {
    expect(parseAddressList(['a@x.ma, b@x.ma; A@X.MA', 'c@x.ma\nb@x.ma', ''])).toEqual(['a@x.ma', 'b@x.ma', 'c@x.ma']);
  });

  it('resolves list names in any case and addresses, and refuses an unknown name', () => {
    const lists = { direction: { name: 'Direction', addresses: ['dg@x.ma', 'sg@x.ma'] } };
    const find = (name: string) => lists[name.toLowerCase() as 'direction'] ?? null;
    expect(resolveRecipients(['DIRECTION', 'dg@x.ma', 'autre@x.ma'], find)).toEqual({ addresses: ['dg@x.ma', 'sg@x.ma', 'autre@x.ma'], listNames: ['Direction'] });
    expect(() => resolveRecipients(['Rédaction'], find)).toThrow(/Rédaction/);
  });
});

describe('REVUE_SMTP_URL', () => {
  it('reads STARTTLS or TLS, the default ports and percent-encoded credentials', () => {
    expect(parseSmtpUrl('smtp://presse%40journal.ma:p%40ss%3Aw0rd@mail.journal.ma', null)).toMatchObject({
      settings: { host: 'mail.journal.ma', port: 587, security: 'starttls', username: 'presse@journal.ma', from: 'presse@journal.ma', allowInvalidCertificate: false },
      password: 'p@ss:w0rd',
    });
    expect(parseSmtpUrl('smtps://u:p@mail.journal.ma?from=revue@journal.ma', null).settings).toMatchObject({ port: 465, security: 'tls', from: 'revue@journal.ma' });
  });

  it('refuses another scheme with a message', () => {
    expect(() => parseSmtpUrl('http://mail.journal.ma', null)).toThrow(/REVUE_SMTP_URL/);
    expect(() => parseSmtpUrl('pas une url', null)).toThrow(/REVUE_SMTP_URL/);
  });
});
