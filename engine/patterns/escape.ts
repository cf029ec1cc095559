/** `text` as a regular-expression source matching it literally (a place's or a lexicon literal's name inside a built pattern). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
