import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { chooseTitle } from '../../../src/core/extract/chooseTitle.js';
import { datesNearHeadline, findHeadline } from '../../../src/core/extract/dateNearHeadline.js';
import { withLanguageOffset } from '../../../src/core/extract/chooseDate.js';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { parseDate } from '../../../src/core/extract/parseDate.js';
import { readMetadata } from '../../../src/core/extract/readMetadata.js';
import { trimBoilerplate } from '../../../src/core/extract/trimBoilerplate.js';
import { fixture } from './fixtures.js';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story about the harbour ferries and the winter timetable that the council approved.</p>`).join('');

describe('titles', () => {
  it('keeps only the headline side of "Headline : Blog | Tagline | Founded 2005"', () => {
    const meta = readMetadata(doc('<html><head><title>Ferries return : Harbour Notes | Stories of the quay | Since 2005</title></head><body><h1>Harbour Notes</h1></body></html>'));
    expect(chooseTitle(meta, null, null)).toBe('Ferries return');
  });

  it('skips a candidate that only names the site and its section ("Blog » Blog Archive")', () => {
    const meta = readMetadata(doc('<html><head><title>Harbour Notes » Blog Archive » Ferries return to the quay</title></head><body><h1>Harbour Notes</h1></body></html>'));
    expect(chooseTitle(meta, 'Harbour Notes » Blog Archive', null)).toBe('Ferries return to the quay');
  });

  it('treats an <h1> as the site name when the rest of <title> is the og:title', () => {
    const meta = readMetadata(doc('<html><head><title>Quay Weekly: Ferries return to the quay</title><meta property="og:title" content="Ferries return to the quay"></head><body><h1>Quay Weekly</h1></body></html>'));
    expect(chooseTitle(meta, null, null)).toBe('Ferries return to the quay');
  });
});

describe('dates', () => {
  it('reads the dateline printed under the headline when the page has no date metadata', () => {
    const html = `<html><head><title>Les ferries reviennent</title></head><body><nav>Accueil Sport</nav><h1>Les ferries reviennent au port</h1><p class="x">Publié le 3 mars 2024 par la rédaction</p>${body}</body></html>`;
    const d = doc(html);
    expect(datesNearHeadline(findHeadline(d, ['Les ferries reviennent']))[0]).toContain('3 mars 2024');
    expect(extractArticle(html).publishedTime).toBe('2024-03-03');
  });

  it('prefers the published date to a modified date given earlier in the meta tags', () => {
    const html = `<html><head><meta property="article:modified_time" content="2024-06-01T10:00:00Z"><title>Ferries</title></head><body><h1>Ferries return</h1><time datetime="2024-05-02T08:00:00Z">2 May</time>${body}</body></html>`;
    expect(extractArticle(html).publishedTime).toBe('2024-05-02T08:00:00+00:00');
  });

  it('reads a machine-written English date on a German page', () => {
    expect(parseDate('Fri Feb 18 10:27:24 2022', { lang: 'de' })).toBe('2022-02-18T10:27:24');
  });
});

describe('boilerplate in the body', () => {
  const story = Array.from({ length: 5 }, (_, i) => `Paragraph ${i} tells how the ferries came back to the harbour this winter.`);

  it('cuts the end matter from a "Related" or "Comments" heading on', () => {
    const text = [...story, 'You may also like', 'Another story entirely', '3 Comments', 'Nice!'].join('\n\n');
    expect(trimBoilerplate(text)).toBe(story.join('\n\n'));
  });

  it('drops an inline "Read next" teaser with its headline, and photo credits, but keeps the story', () => {
    const text = [story[0], 'Read next', 'A teaser headline', story[1], 'Photo: Jane Doe, Harbour Press', story[2]].join('\n\n');
    expect(trimBoilerplate(text)).toBe([story[0], story[1], story[2]].join('\n\n'));
  });

  it('keeps a "Comments" heading near the top, which is a menu rather than the end of the article', () => {
    const text = ['Comments', ...story].join('\n\n');
    expect(trimBoilerplate(text)).toBe(text);
  });
});

describe('headline kickers, letter case and language time zones', () => {
  it('drops the kicker and the screen-reader separator from an <h1>, and dates a HowTo page by its JSON-LD', () => {
    const article = extractArticle(fixture('kicker-howto.html'));
    expect(article.title).toBe('Ferries return to the quay');
    expect(article.publishedTime).toBe('2023-02-14T09:30:00+01:00');
  });

  it('keeps an <h1> whole when the marked kicker would leave less than two words', () => {
    const meta = readMetadata(doc('<html><body><h1><small>Live</small> Ferries</h1></body></html>'));
    expect(meta.h1s).toEqual(['Live Ferries']);
  });

  it('takes the metadata spelling of an <h1> that differs only in letter case, unless it is in capitals', () => {
    const mixed = readMetadata(doc('<html><head><meta property="og:title" content="Ferries Return With Defadvice"></head><body><h1>Ferries return with <b>defadvice</b></h1></body></html>'));
    expect(chooseTitle(mixed, null, null)).toBe('Ferries Return With Defadvice');
    const caps = readMetadata(doc('<html><head><meta property="og:title" content="FERRIES RETURN TO THE QUAY"></head><body><h1>Ferries return to the quay</h1></body></html>'));
    expect(chooseTitle(caps, null, null)).toBe('Ferries return to the quay');
  });

  it('does not take an <h1> that og:title repeats for the site name when <title> goes on with "Home"', () => {
    const meta = readMetadata(doc('<html><head><title>Ferries return to the quay : Home : Harbour Notes</title><meta property="og:title" content="Ferries return to the quay"></head><body><h1>Ferries return to the quay</h1></body></html>'));
    expect(chooseTitle(meta, null, null)).toBe('Ferries return to the quay');
  });

  it('gives a date written without an offset the time zone of a single-zone language', () => {
    const jaBody = Array.from({ length: 6 }, (_, i) => `<p>第${i}段落：市議会は冬のダイヤを承認し、フェリーは来週から古い岸壁に戻ってくることになりました。</p>`).join('');
    expect(withLanguageOffset('2019-04-26', 'ja')).toBe('2019-04-26T00:00:00+09:00');
    expect(withLanguageOffset('2019-04-26T08:00:00', 'ko')).toBe('2019-04-26T08:00:00+09:00');
    expect(withLanguageOffset('2019-04-26T08:00:00+02:00', 'ja')).toBe('2019-04-26T08:00:00+02:00');
    expect(withLanguageOffset('2019-04-26', 'en')).toBe('2019-04-26');
    const html = `<html lang="ja"><head><title>港のフェリー</title></head><body><h1>フェリーが港に戻る</h1><p class="date">2019年4月26日</p>${jaBody}</body></html>`;
    expect(extractArticle(html).publishedTime).toBe('2019-04-26T00:00:00+09:00');
  });

  it('reads the date in the permalink of the post title (rel=bookmark) when nothing else dates the page', () => {
    const html = `<html><head><title>Ferries return</title></head><body><h2><a rel="bookmark" href="/blog/2020/01/13/ferries-return">Ferries return</a></h2>${body}</body></html>`;
    expect(extractArticle(html).publishedTime).toBe('2020-01-13');
  });
});
