import { spreadApart, type PictureLabel } from '../../scene/body-api';

/** Badge radius as a fraction of the picture's width: readable on paper, where the picture is about 8 cm wide. */
const BADGE_RADIUS = 0.026;
/** The screen's badges: a point's number in red on white, a stroke's letter in white on navy, a clock hour as plain text. */
const STYLE = {
  point: { fill: '#ffffff', stroke: '#c8423a', text: '#8c221b' },
  stroke: { fill: '#1f3a4d', stroke: '#ffffff', text: '#ffffff' },
} as const;

const load = (url: string) =>
  new Promise<HTMLImageElement>((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('picture failed to load'));
    image.src = url;
  });

/**
 * The step's picture with its labels drawn in, as the screen shows them (the scene's picture has
 * none: they are page elements over the canvas): point numbers and stroke letters as badges, kept
 * apart where points lie close (the shoulder blade's 3, 6 and 8), clock hours as small text. On
 * paper a trainee can then match "tekan titik 3" to the place. Falls back to the bare picture
 * where a canvas cannot be had.
 */
export async function labelledPicture(url: string, labels: readonly PictureLabel[]): Promise<string> {
  const image = await load(url);
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx || labels.length === 0) return url;
  ctx.drawImage(image, 0, 0);
  const r = BADGE_RADIUS * canvas.width;
  const badges = labels.filter((l) => l.kind !== 'dial');
  const xs = Float32Array.from(badges, (l) => l.x * canvas.width);
  const ys = Float32Array.from(badges, (l) => l.y * canvas.height);
  spreadApart(xs, ys, badges.length, 2 * r * 0.9, 8);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `${Math.round(r * 0.95)}px sans-serif`;
  for (const dial of labels.filter((l) => l.kind === 'dial')) {
    ctx.fillStyle = '#1b2a33';
    ctx.fillText(dial.text, dial.x * canvas.width, dial.y * canvas.height);
  }
  ctx.font = `bold ${Math.round(r * 1.1)}px sans-serif`;
  ctx.lineWidth = Math.max(1.5, r * 0.16);
  badges.forEach((badge, i) => {
    const style = STYLE[badge.kind as 'point' | 'stroke'];
    // A stroke's letter sits above and left of where the stroke starts, as on the screen.
    const x = xs[i]! - (badge.kind === 'stroke' ? r * 2 : 0);
    const y = ys[i]! - (badge.kind === 'stroke' ? r * 1.5 : 0);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fillStyle = style.fill;
    ctx.fill();
    ctx.strokeStyle = style.stroke;
    ctx.stroke();
    ctx.fillStyle = style.text;
    ctx.fillText(badge.text, x, y + r * 0.05);
  });
  return canvas.toDataURL('image/png');
}
