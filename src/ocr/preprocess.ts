/**
 * Page-image preprocessing before OCR, decided per page by measurement rather than applied blindly
 * (issue 3: a median filter erased synthetic speckle completely but made grainy grey pages worse).
 *
 * What each step did on the fixture pages (fixtures/conditions, 5 pages per condition, tesseract.js 7
 * best_int swe+eng, PSM 3; median character error rate, raw → with the step; bench/ocr.ts):
 * - median 3 ("denoise"), only when isolated-speckle density is high and the filter keeps the strokes:
 *   noisy 1.9 % → 0.1 %, degraded 9.0 % → 0.2 %. ON.
 * - despeckle (paint out ink components smaller than a period): grainy grey "hard" pages 2.8 % → 1.9 %,
 *   where the median filter made them worse (2.8 % → 7.8 %). ON.
 * - orientation 180°: upside-down 87 % → 0.1 %. ON. (90° pages tesseract's PSM 3 already reads, 0.2 %;
 *   our 90° turn keeps that, 0.1 %.)
 * - deskew: 3° pages 1.6 % (mean 14 %: one page collapsed) → 0.1 % (mean 0.4 %); but at 1° on grainy
 *   paper the resampling raised CER 2.8 % → 7.0 %, so only skews of MIN_DESKEW_DEGREES or more. ON.
 * - normalise (contrast stretch): grainy grey pages 2.8 % → 14.9 % (it amplifies the grain). OFF.
 * - upscale of low-resolution pages: 200-dpi pages 0.2 % → 1.8 % (tesseract's LSTM reads 200 dpi
 *   fine; interpolation only blurs). OFF.
 * - border crop: no fixture page has a dark border; cheap and only acts on mostly-black edges. ON.
 * - binarise (Otsu, after despeckling) before the hand-off, on every page: hard 1.85 % → 1.90 % median
 *   but mean 3.3 % → 2.0 % (the two pages at ~6 % fell to ~2.8 %); other conditions 0.0–0.1 points
 *   worse. So only on low-contrast pages (LOW_CONTRAST_GAP), which singles out the grey pages. ON.
 *   With swe alone (the pipeline's model for a Swedish document) hard pages read 1.65 % median, 1.93 %
 *   mean. Still above the 1.5 % target: the remaining errors are ä/ö dots the grain breaks up and specks
 *   as large as a period.
 * - flatten (divide by a max-filtered, blurred background estimate): hard 1.85 % → 2.87 % median
 *   (grey) and 1.90 % → 2.63 % (binarised); the paper's mottling is about as coarse as the letters, so
 *   the estimate cannot separate them. OFF.
 * - Gaussian blur σ 0.8 before tesseract's own threshold: hard 1.85 % → 4.77 %. Sauvola thresholding
 *   inside tesseract (thresholding_method 2): 2.58 %; leptonica's adaptive Otsu (1): 16.6 %. Not used.
 *
 * Cost (300-dpi A4 page, same machine, same run): 750 ms → ~380 ms after labelling speck runs instead
 * of flood-filling pixels and handing tesseract a PGM instead of encoding a PNG.
 */
import sharp, { type Sharp } from 'sharp';
import {
  ascenderRatio,
  type BinaryImage,
  bandedness,
  binarise,
  estimateSkew,
  findTextLines,
  type GreyImage,
  greyHistogram,
  type InkPoints,
  inkPoints,
  isolatedInkDensity,
  otsuOfHistogram,
  otsuThreshold,
  paperLevel,
  paperLevelOfHistogram,
  quarterTurn,
  smallComponents,
  strokeSurvival,
} from './analyse.ts';
import type { Box, PageGeometry } from './geometry.ts';

/** The steps that can be switched off, for measuring what each one pays. */
export type PreprocessStep =
  | 'flatten'
  | 'binarise'
  | 'normalise'
  | 'denoise'
  | 'despeckle'
  | 'orientation'
  | 'deskew'
  | 'upscale'
  | 'crop';

export interface PreprocessOptions {
  /** Switch steps on or off; unlisted steps follow DEFAULT_STEPS. Each runs only when its measurement says so. */
  steps?: Partial<Record<PreprocessStep, boolean>>;
}

/** Which steps run by default: those that paid on the fixture pages (see the header comment). */
export const DEFAULT_STEPS: Readonly<Record<PreprocessStep, boolean>> = {
  flatten: false,
  binarise: true,
  normalise: false,
  denoise: true,
  despeckle: true,
  orientation: true,
  deskew: true,
  upscale: false,
  crop: true,
};

export type Rotation = 0 | 90 | 180 | 270;

export interface PreprocessedPage {
  /**
   * The page as tesseract should see it, as binary PGM (P5): leptonica reads it without decompressing,
   * and writing it is a header plus the pixels, where a PNG hand-off cost an encode (~60 ms on a
   * 300-dpi A4 page) and a decode inside the wasm worker.
   */
  image: Buffer;
  width: number;
  height: number;
  /** Clockwise rotation applied to turn the page upright. */
  rotation: Rotation;
  /** Skew removed, in degrees. */
  skewDegrees: number;
  /** Resize factor applied (1 = none). */
  scale: number;
  /** Text lines seen in the ink, for the dropped-text check. */
  textLines: number;
  /** What was done and why, for `OcrPageResult.notes`. */
  notes: string[];
  /** The crop, turn, deskew and scale as numbers, so word boxes can be mapped back onto the input. */
  geometry: PageGeometry;
}

/**
 * Isolated ink pixels per page pixel above which a page counts as speckled. Clean 300-dpi renders
 * measure ~0; 1 % salt-and-pepper measures ~0.004; grainy grey paper after Otsu stays below ~0.0005.
 */
const SPECKLE_DENSITY_MIN = 0.0008;
/** The median filter may remove at most this share of stroke ink (more means it is eating thin text). */
const MAX_STROKE_LOSS = 0.12;
/** Width the page is shrunk to for skew, orientation and line measurements: enough for 9-pt text lines. */
const ANALYSIS_WIDTH = 1000;
/**
 * Smaller skews are left alone: tesseract's line finder copes with them, and rotating resamples the
 * page, which on grainy paper cost more than it gained (1° hard pages: 2.8 % → 7.0 % CER).
 */
const MIN_DESKEW_DEGREES = 2;
/** A page counts as turned 90° when its column profile is this much more banded than its row profile. */
const ROTATED_BANDEDNESS_RATIO = 1.5;
/** Ascender/descender ratio below which a page counts as upside down (upright text measures ~1.5–3). */
const UPSIDE_DOWN_RATIO = 0.8;
/** Median text-line height (ascender to descender) of 10–12 pt type at 300 dpi, in pixels. */
const TARGET_LINE_HEIGHT = 42;
/** Upscale only when lines are this much smaller than the target (i.e. below ~220 dpi). */
const UPSCALE_BELOW_SHARE = 0.75;
/** Never enlarge more than this: beyond it interpolation adds time, not detail. */
const MAX_UPSCALE = 2.5;
/** An edge row/column whose share of ink exceeds this is scanner border, not page. */
const BORDER_INK_SHARE = 0.6;
/** White, for the corners uncovered by rotation. */
const PAPER = { r: 255, g: 255, b: 255 } as const;

/** Greyscales, cleans, turns upright, deskews and rescales one page image; returns the image and notes. */
export async function preprocessPage(
  input: Buffer,
  options: PreprocessOptions = {},
): Promise<PreprocessedPage> {
  const enabled = { ...DEFAULT_STEPS, ...options.steps };
  const skip = { has: (step: PreprocessStep): boolean => !enabled[step] };
  const notes: string[] = [];

  let grey = skip.has('normalise') ? uncompressedGreyTiff(input) : null;
  if (grey === null) {
    let base = sharp(input).flatten({ background: PAPER }).greyscale();
    if (!skip.has('normalise')) base = base.normalise();
    grey = await toGrey(base);
  }
  const source = { width: grey.width, height: grey.height };
  let crop: Box = { x0: 0, y0: 0, x1: grey.width, y1: grey.height };
  if (!skip.has('flatten')) grey = await maybeFlatten(grey, notes);
  const threshold = otsuThreshold(grey);
  const binary = binarise(grey, threshold);
  const unfiltered = grey;

  if (!skip.has('denoise')) grey = await maybeDenoise(grey, binary, threshold, notes);
  if (!skip.has('crop')) ({ grey, crop } = await cropBorders(grey, binary, notes));

  const small = await shrink(grey, threshold);
  let view = { rotation: 0 as Rotation, points: small, skew: estimateSkew(small) };
  if (!skip.has('orientation')) {
    view = findOrientation(small, view.skew);
    if (view.rotation !== 0) notes.push(`rotated ${view.rotation}° clockwise to upright`);
  }
  const { rotation, skew } = view;
  const applySkew = !skip.has('deskew') && Math.abs(skew) >= MIN_DESKEW_DEGREES;
  if (applySkew) notes.push(`deskewed ${skew.toFixed(2)}°`);

  const turned = rotation === 90 || rotation === 270;
  const analysisScale = view.points.width / (turned ? grey.height : grey.width);
  const lines = findTextLines(view.points, skew, 2);
  const heights = lines.map((line) => (line.bottom - line.top + 1) / analysisScale).sort((a, b) => a - b);
  const lineHeight = heights.length > 0 ? (heights[Math.floor(heights.length / 2)] ?? 0) : 0;
  let scale = 1;
  if (!skip.has('upscale') && lineHeight > 0 && lineHeight < TARGET_LINE_HEIGHT * UPSCALE_BELOW_SHARE) {
    scale = Math.min(MAX_UPSCALE, TARGET_LINE_HEIGHT / lineHeight);
    notes.push(`upscaled ×${scale.toFixed(2)} (median line height ${lineHeight.toFixed(0)} px)`);
  }

  if (!skip.has('despeckle') && lineHeight > 0) {
    // The first binarisation still holds when neither the median filter nor the crop replaced the page.
    const ink = grey === unfiltered ? binary : binarise(grey, threshold);
    grey = despeckle(grey, ink, threshold, lineHeight, notes);
  }

  // Each geometric step is materialised so the next one sees the real size (a skew rotation grows it).
  let page = grey;
  if (rotation !== 0) page = await toGrey(rawOf(page).rotate(rotation));
  if (applySkew) page = await toGrey(rawOf(page).rotate(-skew, { background: PAPER }));
  const deskewed = { width: page.width, height: page.height };
  if (scale !== 1)
    page = await toGrey(rawOf(page).resize({ width: Math.round(page.width * scale), kernel: 'lanczos3' }));
  if (!skip.has('binarise')) page = maybeBinarise(page, notes);
  return {
    image: toPgm(page),
    width: page.width,
    height: page.height,
    rotation,
    skewDegrees: applySkew ? skew : 0,
    scale,
    textLines: lines.length,
    notes,
    geometry: {
      source,
      crop,
      rotation,
      deskewDegrees: applySkew ? -skew : 0,
      deskewed,
      recognised: { width: page.width, height: page.height },
    },
  };
}

/** Specks up to this share of the text-line height on a side are dust; a period or å-ring is larger. */
const SPECK_SIDE_SHARE = 0.09;
/** Fewer specks than this are not worth a pass (and a few could be real punctuation). */
const MIN_SPECKS = 20;

/**
 * Paints out tiny ink components (dust, dark specks) in the paper's own grey. Unlike a median filter it
 * leaves strokes untouched, which matters on grey text where the median thinned letters.
 */
function despeckle(
  grey: GreyImage,
  ink: BinaryImage,
  threshold: number,
  lineHeight: number,
  notes: string[],
): GreyImage {
  const maxArea = Math.max(2, Math.round((lineHeight * SPECK_SIDE_SHARE) ** 2));
  const { count, pixels } = smallComponents(ink, maxArea);
  if (count < MIN_SPECKS) return grey;
  const paper = paperLevel(grey, threshold);
  const data = grey.data.slice();
  for (const p of pixels) data[p] = paper;
  notes.push(`despeckled ${count} specks of ≤ ${maxArea} px`);
  return { data, width: grey.width, height: grey.height };
}

/** Background estimate is made on a copy this many times smaller: paper mottling is far coarser than text. */
const BACKGROUND_SHRINK = 8;
/**
 * Radius, in shrunk pixels, of the max filter that lifts text out of the background estimate: 3 → a
 * 56-px window at full size, wider than a stroke and an x-height at 300 dpi.
 */
const BACKGROUND_MAX_RADIUS = 3;
/** Radius, in shrunk pixels, of the box blur that smooths the max filter's blocks. */
const BACKGROUND_BLUR_RADIUS = 3;
/**
 * Flatten only when the paper's grey level varies this much (5th to 95th percentile of the background
 * estimate) across the page: clean and office scans measure a few levels and are left as they are.
 */
const FLATTEN_MIN_SPREAD = 12;

/**
 * Divides the page by a smooth estimate of its paper (a max filter then a blur, on a shrunk copy), so
 * mottled or shaded paper becomes even and one global threshold fits everywhere; only when the paper
 * really is uneven, measured from the estimate itself.
 */
async function maybeFlatten(grey: GreyImage, notes: string[]): Promise<GreyImage> {
  const smallWidth = Math.max(1, Math.round(grey.width / BACKGROUND_SHRINK));
  const small = await toGrey(rawOf(grey).resize({ width: smallWidth, kernel: 'linear' }));
  const background = boxBlur(maxFilter(small, BACKGROUND_MAX_RADIUS), BACKGROUND_BLUR_RADIUS);
  const sorted = Uint8Array.from(background.data).sort();
  const low = sorted[Math.floor(sorted.length * 0.05)] ?? 0;
  const high = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  if (high - low < FLATTEN_MIN_SPREAD) return grey;
  const full = await toGrey(
    rawOf(background).resize({ width: grey.width, height: grey.height, fit: 'fill', kernel: 'linear' }),
  );
  const data = new Uint8Array(grey.data.length);
  for (let i = 0; i < data.length; i++) {
    const paper = Math.max(1, full.data[i] ?? 255);
    data[i] = Math.min(255, Math.round(((grey.data[i] ?? 255) * 255) / paper));
  }
  notes.push(`flattened uneven paper (background ${low}–${high})`);
  return { data, width: grey.width, height: grey.height };
}

/** Separable max filter of the given radius (a grey dilation of the light paper over the dark text). */
function maxFilter(image: GreyImage, radius: number): GreyImage {
  return separable(image, radius, (values) => Math.max(...values));
}

/** Separable box blur of the given radius. */
function boxBlur(image: GreyImage, radius: number): GreyImage {
  return separable(image, radius, (values) => Math.round(values.reduce((a, b) => a + b, 0) / values.length));
}

/** Applies a window function along rows, then along columns; for the small background image only. */
function separable(image: GreyImage, radius: number, combine: (values: number[]) => number): GreyImage {
  const { width, height } = image;
  const pass = (source: Uint8Array, horizontal: boolean): Uint8Array => {
    const out = new Uint8Array(source.length);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const values: number[] = [];
        for (let d = -radius; d <= radius; d++) {
          const nx = horizontal ? x + d : x;
          const ny = horizontal ? y : y + d;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          values.push(source[ny * width + nx] ?? 255);
        }
        out[y * width + x] = combine(values);
      }
    return out;
  };
  return { data: pass(pass(image.data, true), false), width, height };
}

/**
 * Paper this few grey levels above the ink threshold is a low-contrast page (grey ink on grey paper).
 * Measured on the fixtures: "hard" pages 48 (paper 184, threshold 136); every other condition ≥ 83.
 */
const LOW_CONTRAST_GAP = 64;

/**
 * Hands tesseract a two-level page when the page has low contrast: there tesseract's own threshold
 * followed the paper's grain into the letters, and our Otsu cut (after despeckling) read better.
 */
function maybeBinarise(grey: GreyImage, notes: string[]): GreyImage {
  const histogram = greyHistogram(grey);
  const threshold = otsuOfHistogram(histogram);
  const gap = paperLevelOfHistogram(histogram, threshold) - threshold;
  if (gap >= LOW_CONTRAST_GAP) return grey;
  notes.push(`binarised low-contrast page (paper ${gap} grey levels above the ink threshold ${threshold})`);
  return binarised(grey, threshold);
}

/** Two-level copy of the page: ink black, paper white. */
function binarised(grey: GreyImage, threshold: number): GreyImage {
  const data = new Uint8Array(grey.data.length);
  const source = grey.data;
  for (let i = 0; i < data.length; i++) data[i] = (source[i] as number) <= threshold ? 0 : 255;
  return { data, width: grey.width, height: grey.height };
}

/** Wraps 8-bit grey pixels as a binary PGM (netpbm P5) file. */
export function toPgm(grey: GreyImage): Buffer {
  const header = Buffer.from(`P5\n${grey.width} ${grey.height}\n255\n`, 'ascii');
  return Buffer.concat([header, grey.data]);
}

/** TIFF tags read by uncompressedGreyTiff; any other tag in the file makes it decline. */
const TIFF_TAG = {
  width: 256,
  height: 257,
  bitsPerSample: 258,
  compression: 259,
  photometric: 262,
  stripOffsets: 273,
  samplesPerPixel: 277,
  rowsPerStrip: 278,
  stripByteCounts: 279,
} as const;
const KNOWN_TIFF_TAGS = new Set<number>(Object.values(TIFF_TAG));

/**
 * The pixels of an uncompressed, single-strip, 8-bit grey TIFF with black as zero, read in place: the
 * format load.ts hands over a PDF's scan in (pipeline/scan-image.ts). Decoding it through sharp copied
 * the page twice and ran libvips' flatten and greyscale steps, which leave such a page as it is: ~29 ms
 * of CPU per 200-dpi A4 page (issue 12). Null for any other input, which sharp decodes.
 */
export function uncompressedGreyTiff(input: Buffer): GreyImage | null {
  if (input.length < 8) return null;
  const order = input.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const little = order === 'II';
  const short = (at: number) => (little ? input.readUInt16LE(at) : input.readUInt16BE(at));
  const long = (at: number) => (little ? input.readUInt32LE(at) : input.readUInt32BE(at));
  if (short(2) !== 42) return null;
  const ifd = long(4);
  if (ifd + 2 > input.length) return null;
  const count = short(ifd);
  if (ifd + 2 + count * 12 + 4 > input.length) return null;
  const tags = new Map<number, number>();
  for (let index = 0; index < count; index++) {
    const at = ifd + 2 + index * 12;
    const tag = short(at);
    const type = short(at + 2);
    // One value per tag, SHORT or LONG, stored in the entry itself; anything else is not this format.
    if (!KNOWN_TIFF_TAGS.has(tag) || long(at + 4) !== 1 || (type !== 3 && type !== 4)) return null;
    tags.set(tag, type === 3 ? short(at + 8) : long(at + 8));
  }
  const width = tags.get(TIFF_TAG.width) ?? 0;
  const height = tags.get(TIFF_TAG.height) ?? 0;
  const offset = tags.get(TIFF_TAG.stripOffsets) ?? 0;
  const length = width * height;
  const plainGrey =
    tags.get(TIFF_TAG.bitsPerSample) === 8 &&
    tags.get(TIFF_TAG.compression) === 1 &&
    tags.get(TIFF_TAG.photometric) === 1 &&
    tags.get(TIFF_TAG.samplesPerPixel) === 1 &&
    (tags.get(TIFF_TAG.rowsPerStrip) ?? height) >= height &&
    tags.get(TIFF_TAG.stripByteCounts) === length;
  if (!plainGrey || length === 0 || offset + length > input.length) return null;
  return { data: new Uint8Array(input.buffer, input.byteOffset + offset, length), width, height };
}

async function toGrey(image: Sharp): Promise<GreyImage> {
  const { data, info } = await image.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

function rawOf(grey: GreyImage): Sharp {
  return sharp(grey.data, { raw: { width: grey.width, height: grey.height, channels: 1 } });
}

/**
 * Median-filters the page only if it is speckled and the filter keeps the strokes: measured, not assumed,
 * because on grainy grey paper the same filter thinned the text and raised the error rate.
 */
async function maybeDenoise(
  grey: GreyImage,
  before: BinaryImage,
  threshold: number,
  notes: string[],
): Promise<GreyImage> {
  const speckle = isolatedInkDensity(before);
  if (speckle < SPECKLE_DENSITY_MIN) return grey;
  const filtered = await toGrey(rawOf(grey).median(3));
  const kept = strokeSurvival(before, binarise(filtered, threshold));
  const described = `speckle ${(speckle * 1000).toFixed(2)}‰, stroke ink kept ${(kept * 100).toFixed(0)} %`;
  if (kept < 1 - MAX_STROKE_LOSS) {
    notes.push(`median filter skipped (${described})`);
    return grey;
  }
  notes.push(`median filter (${described})`);
  return filtered;
}

/** Cuts dark scanner borders: edge rows/columns that are mostly ink. */
async function cropBorders(
  grey: GreyImage,
  binary: BinaryImage,
  notes: string[],
): Promise<{ grey: GreyImage; crop: Box }> {
  const { width, height, ink } = binary;
  const rowShare = (y: number): number => {
    let sum = 0;
    for (let x = 0; x < width; x++) sum += ink[y * width + x] ?? 0;
    return sum / width;
  };
  const columnShare = (x: number): number => {
    let sum = 0;
    for (let y = 0; y < height; y++) sum += ink[y * width + x] ?? 0;
    return sum / height;
  };
  let top = 0;
  while (top < height / 4 && rowShare(top) > BORDER_INK_SHARE) top++;
  let bottom = height - 1;
  while (bottom > (height * 3) / 4 && rowShare(bottom) > BORDER_INK_SHARE) bottom--;
  let left = 0;
  while (left < width / 4 && columnShare(left) > BORDER_INK_SHARE) left++;
  let right = width - 1;
  while (right > (width * 3) / 4 && columnShare(right) > BORDER_INK_SHARE) right--;
  const crop = { x0: left, y0: top, x1: right + 1, y1: bottom + 1 };
  if (top === 0 && left === 0 && bottom === height - 1 && right === width - 1) return { grey, crop };
  notes.push(
    `cropped dark borders (top ${top}, bottom ${height - 1 - bottom}, left ${left}, right ${width - 1 - right} px)`,
  );
  const cropped = await toGrey(
    rawOf(grey).extract({ left, top, width: right - left + 1, height: bottom - top + 1 }),
  );
  return { grey: cropped, crop };
}

/** The page's ink at analysis width (skew, orientation and line measurements). */
async function shrink(grey: GreyImage, threshold: number): Promise<InkPoints> {
  const width = Math.min(ANALYSIS_WIDTH, grey.width);
  const small = await toGrey(rawOf(grey).resize({ width, kernel: 'linear' }));
  return inkPoints(binarise(small, threshold));
}

interface View {
  rotation: Rotation;
  points: InkPoints;
  skew: number;
}

/**
 * Finds the clockwise turn that makes the page upright: 90° candidates from whether text bands run
 * along rows or columns, then 180° from the ascender/descender asymmetry of the lines (a half turn
 * keeps the skew angle, so it needs no new estimate).
 */
function findOrientation(points: InkPoints, skew: number): View {
  const upright: View = { rotation: 0, points, skew };
  const quarterPoints = quarterTurn(points);
  const quarterSkew = estimateSkew(quarterPoints);
  const quarter: View = { rotation: 90, points: quarterPoints, skew: quarterSkew };
  const sideways =
    bandedness(quarterPoints, quarterSkew) > bandedness(points, skew) * ROTATED_BANDEDNESS_RATIO;
  const view = sideways ? quarter : upright;
  const ratio = ascenderRatio(findTextLines(view.points, view.skew, 2));
  if (ratio !== null && ratio < UPSIDE_DOWN_RATIO) return { ...view, rotation: sideways ? 270 : 180 };
  return view;
}
