import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { onLocalClock, publisherDay } from '../../../src/core/extract/chooseDate.js';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { labelledDates } from '../../../src/core/extract/labelledDates.js';
import { dateSpans } from '../../../src/core/extract/parseDate.js';
import { fixture } from './fixtures.js';

/**
 * Publication dates where the page's markup misleads: a UTC instant on the eve of the URL's day,
 * comment and sidebar <time>s, a CMS's generic "date" meta holding the last change, headlines set
 * in an <h2> or in bold, labels ("Submitted by … on", "نُشر في", "Dernière mise à jour"), a kicker
 * date above the headline and a date range below it. French, Arabic and English pages.
 */
const CASES: { file: string; date: string | null; why: string }[] = [
  { file: 'fr-url-day.html', date: '2024-03-12', why: 'the URL gives the local day of a UTC instant at 23:30' },
  { file: 'en-comment-times.html', date: '2019-10-22', why: "the URL's day outranks the comments' <time>s" },
  { file: 'ar-generic-meta.html', date: '2024-05-29', why: "the article's <time> outranks a generic meta date" },
  { file: 'fr-h2-headline.html', date: '2024-04-25T14:07:00', why: 'the dateline under an <h3> headline, no <h1>' },
  { file: 'ar-legacy-bold.html', date: '2024-03-05', why: 'the date above a bold headline in a table layout' },
  { file: 'en-submitted-by.html', date: '2017-07-24T18:55:00', why: '"Submitted by X on" outranks a date in the text' },
  { file: 'fr-published-by.html', date: '2017-07-24T18:55:00', why: '"Publié par X le" outranks a date in the text' },
  { file: 'ar-published-label.html', date: '2022-05-10T13:52:00', why: '"نُشر في" outranks today\'s date in the header' },
  { file: 'en-published-on-label.html', date: '2022-05-10T13:52:00', why: '"Published On" + month name outranks today\'s date' },
  { file: 'fr-updated-only.html', date: '2022-01-14T09:25:00', why: 'the last update when it is the only date' },
  { file: 'ar-updated-only.html', date: '2022-01-14', why: 'the last update when it is the only date' },
  { file: 'fr-kicker-above.html', date: '2022-02-03', why: 'a kicker date just above beats a date range further below' },
  { file: 'fr-local-clock.html', date: '2024-03-12T00:30:00+01:00', why: 'the dateline shows the UTC instant on the local clock' },
  { file: 'ar-local-clock.html', date: '2024-03-12T00:30:00+01:00', why: 'the dateline shows the UTC instant on the local clock' },
  { file: 'en-local-clock.html', date: '2022-05-03T22:41:00-04:00', why: 'the dateline shows the UTC instant on the local clock' },
];

describe('publication dates where the markup misleads', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.why}`, () => {
      expect(extractArticle(fixture(`dates/${c.file}`)).publishedTime).toBe(c.date);
    });
  }

  it('takes the day from the URL the page came from when it names no canonical address', () => {
    const html = fixture('dates/fr-url-day.html').replace(/<link rel="canonical"[^>]*>/, '');
    expect(extractArticle(html).publishedTime).toBe('2024-03-11T23:30:00+00:00');
    expect(extractArticle(html, { url: 'https://carnets.example.fr/2024/03/12/nuit-blanche/' }).publishedTime).toBe('2024-03-12');
  });
});

describe('publisherDay', () => {
  it("moves a UTC instant to the URL's day when a usual time zone puts it there", () => {
    expect(publisherDay('2018-12-31T23:11:59+00:00', '2019-01-01')).toBe('2019-01-01');
    expect(publisherDay('2022-05-04T02:41:00Z', '2022-05-03')).toBe('2022-05-03');
  });

  it('keeps the instant when the URL agrees, the offset is stated, or no usual zone reaches the URL day', () => {
    expect(publisherDay('2019-01-01T10:00:00+00:00', '2019-01-01')).toBe('2019-01-01T10:00:00+00:00');
    expect(publisherDay('2018-12-31T23:11:59+01:00', '2019-01-01')).toBe('2018-12-31T23:11:59+01:00');
    // A print edition's date, a day after an instant at noon UTC, is not a time zone.
    expect(publisherDay('2016-09-19T11:46:01+00:00', '2016-09-20')).toBe('2016-09-19T11:46:01+00:00');
    expect(publisherDay('2016-09-19', '2016-09-20')).toBe('2016-09-19');
    expect(publisherDay('2016-09-19T23:00:00+00:00', null)).toBe('2016-09-19T23:00:00+00:00');
  });
});

describe('onLocalClock', () => {
  it('keeps the instant when the dateline has no time, another minute, or a half-hour offset', () => {
    expect(onLocalClock('2024-03-11T23:30:00Z', ['12 mars 2024'], 'fr')).toBe('2024-03-11T23:30:00Z');
    expect(onLocalClock('2024-03-11T23:30:00Z', ['12/03/2024 à 00h45'], 'fr')).toBe('2024-03-11T23:30:00Z');
    expect(onLocalClock('2014-12-30T11:03:00+00:00', ['30/12/2014 16:33'], 'en')).toBe('2014-12-30T11:03:00+00:00');
    expect(onLocalClock('2024-03-11T23:30:00+01:00', ['12/03/2024 à 00h30'], 'fr')).toBe('2024-03-11T23:30:00+01:00');
  });

  it('reads the first dated text that has a time', () => {
    expect(onLocalClock('2024-03-11T23:30:00Z', ['no date here', '12/03/2024 00:30'], 'fr')).toBe('2024-03-12T00:30:00+01:00');
  });
});

describe('labelledDates', () => {
  const doc = (body: string): Document => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

  it('reads publication labels followed by digits or by a month name', () => {
    const l = labelledDates(doc('<p>Publié le 3 mars 2024</p><p>Published On May 10, 2022</p><p>نُشر في 10 ماي 2022</p>'));
    expect(l.published.map((t) => t.slice(0, 10))).toEqual(['3 mars 202', 'May 10, 20', '10 ماي 202']);
  });

  it('reads "by X on DATE" lines and keeps updates apart', () => {
    const l = labelledDates(doc('<p>Gespeichert von rasos am 24. Juli 2017</p><p>Last updated: 14.01.2022</p><p>آخر تحديث: 2022/01/14</p>'));
    expect(l.published[0]?.startsWith('24. Juli 2017')).toBe(true);
    expect(l.updated.map((t) => t.slice(0, 10))).toEqual(['14.01.2022', '2022/01/14']);
  });

  it('does not take a label without a date after it', () => {
    expect(labelledDates(doc('<p>Published by the harbour office.</p><p>Updated weekly.</p>'))).toEqual({ published: [], updated: [] });
  });
});

describe('dateSpans', () => {
  it('gives where each pattern first finds a date, in text order', () => {
    const text = 'Vom 5. bis 11. Februar 2022 – Anmeldung bis 03.02.2022';
    const spans = dateSpans(text, { lang: 'de' });
    expect(spans.map((s) => s.iso)).toEqual(['2022-02-11', '2022-02-03']);
    expect(text.slice(spans[1]?.start, spans[1]?.end)).toBe('03.02.2022');
  });
});
