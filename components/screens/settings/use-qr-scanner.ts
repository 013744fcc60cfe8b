/**
 * Scans a QR code with the camera, asked for only when the user taps Scan. Uses the browser's
 * BarcodeDetector where it reads QR codes, else jsQR, loaded only here (never at start-up).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScanStatus } from '../../handoff/ReceivePanel';

interface DetectedBarcode {
  readonly rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

type Reader = (video: HTMLVideoElement) => Promise<string | null>;

async function nativeReader(): Promise<Reader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  } catch {
    return null;
  }
}

async function jsqrReader(): Promise<Reader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    const { videoWidth: width, videoHeight: height } = video;
    if (!context || width === 0 || height === 0) return null;
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    const image = context.getImageData(0, 0, width, height);
    return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

function cameraMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'Camera access was refused, so nothing was scanned. Paste the code or link below instead, or allow the camera for this page in the browser’s settings and tap Scan again.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return 'This device has no camera Backend Path can use. Paste the code or link below instead.';
  if (name === 'NotReadableError')
    return 'The camera is in use by another app. Close it and tap Scan again, or paste the code below.';
  return 'The camera could not be started here. Paste the code or link below instead.';
}

const SCAN_INTERVAL_MS = 150;

export function useQrScanner(onFound: (text: string) => void) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [status, setStatus] = useState<ScanStatus>({ kind: 'off' });
  const session = useRef<{ stop: () => void } | null>(null);

  const stop = () => {
    session.current?.stop();
    session.current = null;
  };
  useEffect(() => stop, []);

  const start = async () => {
    stop();
    if (!navigator.mediaDevices?.getUserMedia) {
      setStatus({ kind: 'failed', message: cameraMessage(null) });
      return;
    }
    setStatus({ kind: 'starting' });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch (error) {
      setStatus({ kind: 'failed', message: cameraMessage(error) });
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    session.current = {
      stop: () => {
        stopped = true;
        clearTimeout(timer);
        for (const track of stream.getTracks()) track.stop();
        if (videoRef.current) videoRef.current.srcObject = null;
        setStatus({ kind: 'off' });
      },
    };
    const video = videoRef.current;
    if (!video) return stop();
    video.srcObject = stream;
    await video.play().catch(() => undefined);
    const native = await nativeReader();
    const read = native ?? (await jsqrReader());
    if (stopped) return;
    setStatus({ kind: 'scanning', decoder: native ? 'barcode-detector' : 'jsqr' });
    const tick = async () => {
      if (stopped) return;
      const text = await read(video).catch(() => null);
      if (stopped) return;
      if (text) {
        stop();
        onFound(text);
        return;
      }
      timer = setTimeout(() => void tick(), SCAN_INTERVAL_MS);
    };
    void tick();
  };

  return { videoRef, status, start: () => void start(), stop };
}
