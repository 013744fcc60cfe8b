export interface ZipEntry {
  name: string;
  data: Buffer;
}
export function readZip(path: string): Promise<ZipEntry[]>;
export function extractZip(path: string, dir: string): Promise<ZipEntry[]>;
