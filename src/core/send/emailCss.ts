/** The families the e-mail edition asks for, first choice first: system fonts, nothing to download. */
export interface EmailFonts {
  latin: string;
  arabic: string;
}

/** Fonts every mail client has; the reader's own Arabic font takes over where Naskh is missing. */
export const SYSTEM_FONTS: EmailFonts = {
  latin: "Georgia, 'Times New Roman', Times, serif",
  arabic: "'Noto Naskh Arabic', 'Traditional Arabic', 'Simplified Arabic', 'Times New Roman', serif",
};

/**
 * The e-mail edition's stylesheet, written once with classes and inlined into style attributes
 * by juice (Outlook and Gmail ignore or strip <style>). Pixel sizes only: the sheet is 600 px wide,
 * its text column 536 px. The one media query (kept in <style>) lets phones use their full width.
 */
export function emailCss(fonts: EmailFonts): string {
  return `
body { margin: 0; padding: 0; background-color: #efede7; }
.page { background-color: #efede7; }
.page-cell { padding: 16px 8px; }
.sheet { width: 600px; max-width: 600px; background-color: #ffffff; border-collapse: collapse; }
td { font-family: ${fonts.latin}; color: #1a1a1a; font-size: 15px; line-height: 22px; word-break: break-word; overflow-wrap: break-word; }
p { margin: 0 0 10px 0; }
a { color: #1a4f8b; }
.ltr { direction: ltr; text-align: left; }
.rtl { direction: rtl; text-align: right; font-family: ${fonts.arabic}; }
.masthead { padding: 28px 32px 18px 32px; text-align: center; border-bottom: 3px double #1a1a1a; }
.logo { display: block; margin: 0 auto 12px auto; border: 0; }
.org { font-size: 13px; line-height: 18px; letter-spacing: 2px; text-transform: uppercase; margin: 0 0 10px 0; text-align: center; }
.title { font-size: 28px; line-height: 34px; font-weight: bold; margin: 0 0 6px 0; text-align: center; }
.date { font-size: 17px; line-height: 24px; margin: 0 0 4px 0; text-align: center; }
.edition { font-size: 14px; line-height: 20px; font-style: italic; color: #444444; margin: 0 0 4px 0; text-align: center; }
.counts { font-size: 12px; line-height: 18px; color: #555555; letter-spacing: 1px; margin: 8px 0 0 0; text-align: center; }
.block { padding: 20px 32px 8px 32px; }
.heading { font-size: 13px; line-height: 18px; font-weight: bold; letter-spacing: 1px; text-transform: uppercase; margin: 0 0 10px 0; padding: 0 0 4px 0; border-bottom: 1px solid #1a1a1a; }
.toc-group { font-size: 14px; line-height: 20px; font-weight: bold; margin: 8px 0 4px 0; }
.toc-group a { color: #1a1a1a; text-decoration: none; }
.toc-entry { font-size: 14px; line-height: 20px; margin: 0 0 4px 0; padding: 0 0 0 12px; }
.toc-entry.rtl { padding: 0 12px 0 0; }
.toc-entry a { color: #1a1a1a; text-decoration: none; }
.toc-source { font-size: 12px; font-style: italic; color: #666666; }
.section-cell { padding: 26px 32px 4px 32px; }
.section { font-size: 20px; line-height: 26px; font-weight: bold; margin: 0; padding: 0 0 6px 0; border-bottom: 2px solid #1a1a1a; }
.item-cell { padding: 14px 32px 14px 32px; border-bottom: 1px solid #e2ded3; }
.headline { font-size: 19px; line-height: 25px; font-weight: bold; margin: 0 0 4px 0; }
.headline.rtl { font-size: 21px; line-height: 30px; }
.credit { font-size: 12px; line-height: 18px; color: #555555; margin: 0 0 8px 0; }
.original { font-size: 13px; line-height: 19px; color: #444444; font-style: italic; margin: 0 0 8px 0; }
.para { font-size: 15px; line-height: 22px; }
.para.rtl { font-size: 17px; line-height: 27px; }
.lead { font-weight: bold; }
.quote { margin: 0 0 10px 0; padding: 0 0 0 12px; border-left: 3px solid #8a8a8a; font-style: italic; color: #333333; }
.quote.rtl { padding: 0 12px 0 0; border-left: 0; border-right: 3px solid #8a8a8a; font-style: normal; }
.comment { background-color: #f1efe8; border-left: 3px solid #b5a97a; padding: 8px 12px; margin: 0 0 10px 0; font-size: 14px; line-height: 20px; }
.comment-label { font-size: 11px; line-height: 16px; font-weight: bold; letter-spacing: 1px; text-transform: uppercase; color: #6b5f33; margin: 0 0 2px 0; }
.meta { font-size: 12px; line-height: 18px; color: #555555; margin: 0; }
.footer { padding: 18px 32px 24px 32px; font-size: 12px; line-height: 18px; color: #666666; text-align: center; }
@media only screen and (max-width: 620px) {
  .sheet { width: 100% !important; }
  .page-cell { padding: 0 !important; }
}
`;
}
