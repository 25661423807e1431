/**
 * Where the OCR engine's word boxes lie on the page image it was handed. Preprocessing crops borders,
 * turns the page upright, deskews and may rescale it, so tesseract's boxes are in another picture than
 * the page; the searchable PDF and ALTO need them on the original. Each step is recorded here as plain
 * numbers (so the result can cross a worker thread or a queue) and undone by `toSourceBox`.
 */

/** A pixel box: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The steps between the image given to the engine and the image tesseract read, in the order they ran. */
export interface PageGeometry {
  /** The image the engine was given, in pixels. */
  source: Size;
  /** The part of the source kept after cutting dark borders. */
  crop: Box;
  /** Clockwise quarter turn that made the page upright. */
  rotation: 0 | 90 | 180 | 270;
  /** Clockwise rotation applied to deskew (the negative of the measured skew); the canvas grew to fit. */
  deskewDegrees: number;
  /** Size after the deskew rotation (equal to the turned crop when there was none). */
  deskewed: Size;
  /** Size of the image tesseract read. */
  recognised: Size;
}

/** The geometry of an image handed to tesseract as it is (nothing cropped, turned or scaled). */
export function identityGeometry(size: Size): PageGeometry {
  return {
    source: size,
    crop: { x0: 0, y0: 0, x1: size.width, y1: size.height },
    rotation: 0,
    deskewDegrees: 0,
    deskewed: size,
    recognised: size,
  };
}

/**
 * Maps a box in the recognised image back onto the source image: the four corners go back through each
 * step and the result is the box around them (a deskewed word is a slightly tilted box on the original).
 */
export function toSourceBox(box: Box, geometry: PageGeometry): Box {
  const corners: [number, number][] = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].map(([x, y]) => toSourcePoint(x as number, y as number, geometry));
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const { width, height } = geometry.source;
  return {
    x0: clamp(Math.min(...xs), 0, width),
    y0: clamp(Math.min(...ys), 0, height),
    x1: clamp(Math.max(...xs), 0, width),
    y1: clamp(Math.max(...ys), 0, height),
  };
}

/** Undoes scale, deskew, quarter turn and crop, in reverse order, for one point. */
export function toSourcePoint(x: number, y: number, geometry: PageGeometry): [number, number] {
  const { deskewed, recognised, crop, rotation } = geometry;
  // Scale: tesseract's image is the deskewed one resized.
  let px = (x * deskewed.width) / recognised.width;
  let py = (y * deskewed.height) / recognised.height;
  // Deskew: sharp rotates clockwise (y down) about the centre and grows the canvas around it.
  const turned = turnedSize(geometry);
  if (geometry.deskewDegrees !== 0) {
    const angle = (-geometry.deskewDegrees * Math.PI) / 180;
    const dx = px - deskewed.width / 2;
    const dy = py - deskewed.height / 2;
    px = dx * Math.cos(angle) - dy * Math.sin(angle) + turned.width / 2;
    py = dx * Math.sin(angle) + dy * Math.cos(angle) + turned.height / 2;
  }
  // Quarter turn: the inverse of sharp's clockwise rotate(90/180/270) of the cropped image.
  const cropWidth = crop.x1 - crop.x0;
  const cropHeight = crop.y1 - crop.y0;
  let cx: number;
  let cy: number;
  switch (rotation) {
    case 90:
      cx = py;
      cy = cropHeight - px;
      break;
    case 180:
      cx = cropWidth - px;
      cy = cropHeight - py;
      break;
    case 270:
      cx = cropWidth - py;
      cy = px;
      break;
    default:
      cx = px;
      cy = py;
  }
  return [cx + crop.x0, cy + crop.y0];
}

/** Size of the cropped image after the quarter turn (before deskewing). */
function turnedSize(geometry: PageGeometry): Size {
  const width = geometry.crop.x1 - geometry.crop.x0;
  const height = geometry.crop.y1 - geometry.crop.y0;
  return geometry.rotation === 90 || geometry.rotation === 270
    ? { width: height, height: width }
    : { width, height };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
