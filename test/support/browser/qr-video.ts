/**
 * Turns a rendered QR code (its SVG path of unit squares) into a .y4m video that Chromium's
 * fake camera plays (`--use-file-for-fake-video-capture`): black modules on white, a quiet
 * zone, 8 pixels a module, YUV 4:2:0.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MODULE_PX = 8;
const QUIET = 6;

/** Dark modules of `M{x} {y}h1v1h-1z` squares, as components/handoff/QrCode.tsx draws them. */
export function matrixFromPath(path: string): { x: number; y: number }[] {
  return [...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
  }));
}

export async function qrVideo(path: string, viewBoxSize: number): Promise<string> {
  const side = (viewBoxSize + 2 * QUIET) * MODULE_PX;
  const width = side + (side % 2);
  const luma = new Uint8Array(width * width).fill(235);
  for (const { x, y } of matrixFromPath(path)) {
    for (let dy = 0; dy < MODULE_PX; dy += 1) {
      const row = (y + QUIET) * MODULE_PX + dy;
      luma.fill(
        16,
        row * width + (x + QUIET) * MODULE_PX,
        row * width + (x + QUIET + 1) * MODULE_PX,
      );
    }
  }
  const chroma = new Uint8Array((width / 2) * (width / 2) * 2).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${width} F10:1 Ip A1:1 C420jpeg\n`);
  const frames: Buffer[] = [header];
  for (let frame = 0; frame < 5; frame += 1)
    frames.push(Buffer.from('FRAME\n'), Buffer.from(luma), Buffer.from(chroma));
  const dir = await mkdtemp(join(tmpdir(), 'backend-path-qr-'));
  const file = join(dir, 'qr.y4m');
  await writeFile(file, Buffer.concat(frames));
  return file;
}
