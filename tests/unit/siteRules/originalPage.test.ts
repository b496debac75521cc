import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle';
import { packPage, unpackPage } from '../../../src/core/siteRules/originalPage';
import { articlePage, frenchParagraphs } from '../helpers/articlePage';

describe('the kept page', () => {
  const page = articlePage({ title: 'La digue est finie', site: 'Le Courrier du Port', date: '2025-03-14', author: 'Salma Idrissi', paragraphs: frenchParagraphs('portuaire') })
    .replace('</head>', `<script>${'var tracker = 1;'.repeat(500)}</script><style>${'.x{color:red}'.repeat(500)}</style>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"La digue est finie","datePublished":"2025-03-14T09:00:00+01:00"}</script></head>`);

  it('is smaller than the page and extracts to the same article', () => {
    const packed = packPage(page);
    expect(packed.length).toBeLessThan(Buffer.byteLength(page) / 4);
    const kept = unpackPage(packed);
    expect(kept).not.toContain('tracker');
    expect(extractArticle(kept, { url: 'https://port.example/digue' })).toEqual(extractArticle(page, { url: 'https://port.example/digue' }));
  });
});
