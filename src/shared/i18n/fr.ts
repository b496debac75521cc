/** French UI messages: the default language of Revue. */
export const fr = {
  app: { name: 'Revue', language: 'Langue', switchTo: 'English' },
  panes: { articles: 'Articles', reader: 'Lecture', review: 'Revue du jour' },
  articles: {
    empty: 'Aucun article pour l’instant.',
    emptyHint: 'Importez une adresse, un flux RSS, un fichier HTML ou collez un texte pour commencer.',
    count_one: '{{count}} article',
    count_other: '{{count}} articles',
  },
  reader: {
    empty: 'Aucun article ouvert.',
    emptyHint: 'Choisissez un article dans la liste pour le lire ici.',
  },
  review: {
    date: 'Date de la revue',
    create: 'Créer la revue',
    empty: 'Pas encore de revue pour cette date.',
    emptyHint: 'Choisissez une date puis créez la revue : ses rubriques apparaîtront ici.',
    created: 'Revue créée',
    sections: 'Rubriques',
    noItems: 'Aucun article',
    loading: 'Chargement…',
  },
  errors: { generic: 'Une erreur est survenue.' },
};

export type Messages = typeof fr;
