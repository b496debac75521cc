import { expect, type Page } from '@playwright/test';

/** Selects the words `from`…`to` of the open article with a DOM Selection, as a mouse would. */
export async function selectPassage(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([startText, endText]) => {
      const body = document.querySelector('[data-testid="article-body"]');
      if (!body) throw new Error('no article body');
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!started && text.includes(startText)) {
          range.setStart(node, text.indexOf(startText));
          started = true;
        }
        if (started && text.includes(endText)) {
          range.setEnd(node, text.indexOf(endText) + endText.length);
          const selection = document.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return;
        }
      }
      throw new Error(`passage not found: ${startText}…${endText}`);
    },
    [from, to] as const,
  );
  await expect(page.getByTestId('highlight-toolbar')).toBeVisible();
}
