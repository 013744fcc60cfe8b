export function findFirefox(): string | undefined;
export function requireFirefox(): string;
export function provisionFirefox(log?: (line: string) => void): string;
