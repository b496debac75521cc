import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { RevueError } from '../../../src/shared/errors.js';
import { assertNotBinary, decodeHtml, looksBinary } from '../../../src/core/extract/decodeHtml.js';

const page = (body: string, head = ''): string => `<html><head>${head}</head><body><p>${body}</p></body></html>`;
const ACCENTS = 'L’été “chaud” coûte 5 € à l’œuvre';

describe('decodeHtml', () => {
  it('imports a windows-1252 page with its curly quotes, euro sign and œ', () => {
    const bytes = iconv.encode(page(ACCENTS, '<meta charset="windows-1252">'), 'windows-1252');
    const { html, charset } = decodeHtml(bytes);
    expect(charset).toBe('windows-1252');
    expect(html).toContain(ACCENTS);
  });

  it('reads undeclared windows-1252 bytes (0x80–0x9F) rather than mangling them', () => {
    const bytes = iconv.encode(page(ACCENTS), 'windows-1252');
    expect(decodeHtml(bytes).html).toContain(ACCENTS);
  });

  it('reads an ISO-8859-1 page declared in the HTTP header', () => {
    const bytes = iconv.encode(page('Déjà vu à Noël, garçon'), 'latin1');
    const { html } = decodeHtml(bytes, 'text/html; charset=ISO-8859-1');
    expect(html).toContain('Déjà vu à Noël, garçon');
  });

  it('strips a UTF-8 byte order mark and trusts it over a wrong meta', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('Ça marche — ok', '<meta charset="iso-8859-1">'))]);
    const { html, charset } = decodeHtml(bytes);
    expect(charset).toBe('utf-8');
    expect(html.startsWith('<html>')).toBe(true);
    expect(html).toContain('Ça marche — ok');
  });

  it('follows <meta http-equiv="Content-Type"> for an ISO-8859-15 page', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">';
    const bytes = iconv.encode(page('Prix : 10 € pour l’œil', head).replace('’', "'"), 'iso-8859-15');
    expect(decodeHtml(bytes).html).toContain("Prix : 10 € pour l'œil");
  });

  it('does not throw on invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('<p>ok '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' fin</p>')]);
    const { html } = decodeHtml(bytes, 'text/html; charset=utf-8');
    expect(html).toContain('\ufffd');
    expect(html).toContain('fin</p>');
  });

  const ARABIC = 'عرفت أسعار الخضر ارتفاعا ملحوظا خلال الأسبوع الجاري في عدد من الأسواق الشعبية، بسبب تراجع العرض وارتفاع تكاليف النقل. وطالب المستهلكون السلطات بتشديد المراقبة على المضاربين والوسطاء.';
  const FRENCH = 'Les enquêteurs ont retrouvé l’œuvre volée à Aix-en-Provence – un « coup de filet » salué… Selon le parquet, les œuvres étaient sur le point d’être expédiées à l’étranger.';

  it('reads undeclared Arabic pages in windows-1256 and ISO-8859-6 by their byte statistics', () => {
    expect(decodeHtml(iconv.encode(page(ARABIC), 'windows-1256')).html).toContain(ARABIC);
    expect(decodeHtml(iconv.encode(page(ARABIC), 'iso-8859-6')).html).toContain(ARABIC);
  });

  it('reads legacy bytes that a <meta> or the header wrongly calls UTF-8', () => {
    const arabic = decodeHtml(iconv.encode(page(ARABIC, '<meta charset="utf-8">'), 'windows-1256'));
    expect(arabic.charset).toBe('windows-1256');
    expect(arabic.html).toContain(ARABIC);
    expect(decodeHtml(iconv.encode(page(FRENCH, '<meta charset="utf-8">'), 'windows-1252')).html).toContain(FRENCH);
    expect(decodeHtml(iconv.encode(page(FRENCH), 'windows-1252'), 'text/html; charset=UTF-8').html).toContain(FRENCH);
  });

  it('keeps a UTF-8 page as UTF-8 when only a stray byte is invalid', () => {
    const bytes = Buffer.concat([Buffer.from(page(`${FRENCH} ${ARABIC}`, '<meta charset="utf-8">')), Buffer.from([0xff]), Buffer.from('<p>fin</p>')]);
    const { html, charset } = decodeHtml(bytes);
    expect(charset).toBe('utf-8');
    expect(html).toContain(FRENCH);
    expect(html).toContain(ARABIC);
  });
});

describe('binary input', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

  it('is recognised', () => {
    expect(looksBinary(png)).toBe(true);
    expect(looksBinary(Buffer.from(page('du texte')))).toBe(false);
  });

  it('is rejected with NOT_HTML naming the file', () => {
    try {
      assertNotBinary(png, 'photo.html');
      expect.unreachable();
    } catch (error) {
      expect(RevueError.is(error)).toBe(true);
      expect((error as RevueError).code).toBe('NOT_HTML');
      expect((error as RevueError).params).toEqual({ type: 'image/png', input: 'photo.html' });
    }
  });
});
