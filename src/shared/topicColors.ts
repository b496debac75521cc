/** The colours offered for topics, by the name the CLI accepts (`--color green`); any #rrggbb is accepted too. */
export const TOPIC_COLORS = {
  red: '#c0392b',
  orange: '#d35400',
  yellow: '#b7950b',
  green: '#1e8449',
  teal: '#117a65',
  blue: '#2466a8',
  purple: '#7d3c98',
  pink: '#c2185b',
  grey: '#5d6d7e',
} as const;

export type TopicColorName = keyof typeof TOPIC_COLORS;

const HEX = /^#[0-9a-f]{6}$/i;

/** The #rrggbb of a palette name or of a hex colour, or null when it is neither. */
export function topicColor(value: string): string | null {
  const key = value.trim().toLowerCase();
  if (Object.hasOwn(TOPIC_COLORS, key)) return TOPIC_COLORS[key as TopicColorName];
  return HEX.test(key) ? key : null;
}

/** The palette colour a new topic gets when none is chosen: the next one round the palette. */
export function defaultTopicColor(existingTopics: number): string {
  const palette = Object.values(TOPIC_COLORS);
  return palette[existingTopics % palette.length] ?? TOPIC_COLORS.blue;
}
