export const PRIVACY_SOURCE: string;
export const PRIVACY_PAGES: string[];
export function renderPrivacyBody(markdown: string): { title: string; html: string };
export function renderPrivacyPage(markdown: string): string;
