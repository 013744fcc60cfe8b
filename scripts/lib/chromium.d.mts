export function findChromium(): string | undefined;
export function requireChromium(): string;
export function provisionChromium(log?: (line: string) => void): string;
