import type { Messages } from './fr.js';

/** English UI messages. */
export const en: Messages = {
  app: { name: 'Revue', language: 'Language', switchTo: 'Français' },
  panes: { articles: 'Articles', reader: 'Reader', review: "Today's review" },
  articles: {
    empty: 'No articles yet.',
    emptyHint: 'Import an address, an RSS feed, an HTML file or paste some text to begin.',
    count_one: '{{count}} article',
    count_other: '{{count}} articles',
  },
  reader: {
    empty: 'No article open.',
    emptyHint: 'Pick an article in the list to read it here.',
  },
  review: {
    date: 'Review date',
    create: 'Create the review',
    empty: 'No review for this date yet.',
    emptyHint: 'Pick a date and create the review: its sections will show here.',
    created: 'Review created',
    sections: 'Sections',
    noItems: 'No articles',
    loading: 'Loading…',
  },
  errors: { generic: 'Something went wrong.' },
};
