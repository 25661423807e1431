import type { Size } from '../ocr/geometry.ts';

/**
 * Where a page image lies on a PDF page. pdf.js renders a page's crop box turned by its /Rotate, so a
 * pixel of the rendered image is a point of that box; an image input becomes a page of its own size.
 * Both the searchable PDF (PDF points) and ALTO (page pixels) place words through a frame.
 */
export interface PageFrame {
  /** The visible box in PDF user space: left, bottom, right, top. */
  box: { x0: number; y0: number; x1: number; y1: number };
  /** The page's /Rotate, clockwise, as the viewer shows it. */
  rotate: 0 | 90 | 180 | 270;
  /** The page image's size in pixels (the rendered page, or the image input). */
  image: Size;
}

/** Maps a pixel of the page image (y down) to a point in PDF user space (y up), undoing /Rotate. */
export function imageToPdf(frame: PageFrame, x: number, y: number): [number, number] {
  const { box, rotate, image } = frame;
  const u = x / image.width;
  const v = y / image.height;
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  switch (rotate) {
    case 90:
      return [box.x0 + v * width, box.y0 + u * height];
    case 180:
      return [box.x1 - u * width, box.y0 + v * height];
    case 270:
      return [box.x1 - v * width, box.y1 - u * height];
    default:
      return [box.x0 + u * width, box.y1 - v * height];
  }
}

/** A /Rotate value as one of the four quarter turns (PDFs may say -90 or 450). */
export function quarterTurn(degrees: number): PageFrame['rotate'] {
  const turned = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return turned as PageFrame['rotate'];
}
