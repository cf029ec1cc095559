/** Messages a user reads on the terminal: Chinese by default, English with --lang en. */
import type { Lang } from './writers/evidence-text.js';

let lang: Lang = 'zh';
export const setLang = (l: Lang) => { lang = l; };
export const getLang = () => lang;
export const t = (zh: string, en: string) => (lang === 'zh' ? zh : en);
