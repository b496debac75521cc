/** The drag types the review understands: an article from the library, an item of the review. */
export const ARTICLE_TYPE = 'text/x-revue-article-id';
export const ITEM_TYPE = 'text/x-revue-item-id';

/** The id carried by a drag of that type, or null (the data is readable only on drop). */
export function draggedId(event: DragEvent, type: string): number | null {
  const raw = event.dataTransfer?.getData(type) ?? '';
  const id = Number(raw);
  return raw !== '' && Number.isInteger(id) && id > 0 ? id : null;
}

/** True when the drag carries something the review can take (types are visible during dragover). */
export function carriesReviewData(event: DragEvent): boolean {
  const types = event.dataTransfer?.types ?? [];
  return types.includes(ARTICLE_TYPE) || types.includes(ITEM_TYPE);
}
