export interface PageSpec {
  title: string;
  site?: string;
  date?: string;
  author?: string;
  lang?: string;
  canonical?: string;
  paragraphs: string[];
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** A small news page of our own making, with the usual metadata and page furniture around the article. */
export function articlePage(spec: PageSpec): string {
  const meta = [
    spec.site ? `<meta property="og:site_name" content="${escape(spec.site)}">` : '',
    spec.date ? `<meta property="article:published_time" content="${spec.date}">` : '',
    spec.author ? `<meta name="author" content="${escape(spec.author)}">` : '',
    spec.canonical ? `<link rel="canonical" href="${spec.canonical}">` : '',
  ].join('\n');
  return `<!doctype html><html lang="${spec.lang ?? 'fr'}"${spec.lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">
<title>${escape(spec.title)}${spec.site ? ` | ${escape(spec.site)}` : ''}</title>${meta}</head>
<body><header><nav><a href="/">Accueil</a> <a href="/politique">Politique</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${escape(spec.title)}</h1>
${spec.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main><footer>Tous droits réservés. Mentions légales. Contact.</footer></body></html>`;
}

/** A few paragraphs of plausible French news prose, varied by a seed word. */
export function frenchParagraphs(seed: string): string[] {
  return [
    `Le conseil des ministres a examiné jeudi le projet de réforme ${seed}, présenté comme une priorité du gouvernement pour l'année à venir.`,
    `Selon le ministre, le texte ${seed} doit permettre de simplifier les démarches des entreprises et de réduire les délais de paiement, qui pèsent lourdement sur les petites structures.`,
    `Les syndicats, reçus la veille, ont exprimé des réserves sur plusieurs articles du projet ${seed} et demandent l'ouverture d'une concertation élargie avant le vote au Parlement.`,
    `Le calendrier prévoit un examen en commission dès le mois prochain, puis une adoption définitive avant l'été si les discussions avancent comme prévu.`,
  ];
}
