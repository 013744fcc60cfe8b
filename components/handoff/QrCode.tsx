/** A QR code as one SVG path: dark on white in every theme (cameras need the contrast). */

/** Four modules of light border, as the QR standard asks for. */
const QUIET_ZONE = 4;

export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let path = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    });
  });
  return path;
}

export function QrCode({
  modules,
  label,
}: {
  readonly modules: readonly (readonly boolean[])[];
  readonly label: string;
}) {
  const size = modules.length + 2 * QUIET_ZONE;
  return (
    <svg
      class="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      data-modules={modules.length}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules)} fill="#000" />
    </svg>
  );
}
