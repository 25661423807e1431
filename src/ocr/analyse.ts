/**
 * Cheap measurements on a binarised page image: ink threshold, speckle density, skew, orientation and
 * text-line count. Preprocessing decides per page from these numbers, and the OCR adapter compares the
 * line count with what tesseract recognised to notice dropped text blocks.
 */

/** An 8-bit single-channel image, row-major. */
export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Ink mask: 1 where a pixel is darker than the page's threshold. */
export interface BinaryImage {
  ink: Uint8Array;
  width: number;
  height: number;
}

/** Coordinates of every ink pixel, so profile searches loop over ink (~5 % of a page) not all pixels. */
export interface InkPoints {
  xs: Int32Array;
  ys: Int32Array;
  width: number;
  height: number;
}

/** Lists the ink pixels of a binary image. */
export function inkPoints(image: BinaryImage): InkPoints {
  const count = inkCount(image);
  const xs = new Int32Array(count);
  const ys = new Int32Array(count);
  let n = 0;
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    for (let x = 0; x < image.width; x++) {
      if (image.ink[row + x] === 1) {
        xs[n] = x;
        ys[n] = y;
        n++;
      }
    }
  }
  return { xs, ys, width: image.width, height: image.height };
}

/**
 * The ink of a page turned a quarter clockwise (sharp's `rotate(90)`): the pixel at (x, y) lands at
 * (height - 1 - y, x). Binarising commutes with the turn, and every measure taken of the points counts
 * them per row, so this gives the same answers as turning the grey page and binarising it again, without
 * either (orientation check; issue 12).
 */
export function quarterTurn(points: InkPoints): InkPoints {
  const { xs, ys, width, height } = points;
  const turnedXs = new Int32Array(xs.length);
  const turnedYs = new Int32Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    turnedXs[i] = height - 1 - (ys[i] as number);
    turnedYs[i] = xs[i] as number;
  }
  return { xs: turnedXs, ys: turnedYs, width: height, height: width };
}

/** A horizontal band of ink rows that looks like one line of text. */
export interface TextLine {
  top: number;
  bottom: number;
  /** Ink above the line's core band (ascenders, capitals, accents). */
  above: number;
  /** Ink below the line's core band (descenders). */
  below: number;
}

/**
 * How many pixels have each grey level (256 entries). Otsu's threshold and the paper level are both read
 * from it, so a page needs one pass over its pixels for the two.
 */
export function greyHistogram(image: GreyImage): Int32Array {
  const { data } = image;
  // Four counters per level, one for each pixel position modulo 4: neighbouring pixels are nearly always
  // the same paper grey, and incrementing one counter for each of them waits on the previous increment
  // every time. Four lanes let four increments run at once: 2.7× faster on a 300-dpi page (13.3 → 5.0 ms),
  // the same on grainy paper (issue 12).
  const lanes = new Int32Array(4 * 256);
  const whole = data.length - (data.length % 4);
  for (let i = 0; i < whole; i += 4) {
    const a = data[i] as number;
    const b = 256 + (data[i + 1] as number);
    const c = 512 + (data[i + 2] as number);
    const d = 768 + (data[i + 3] as number);
    lanes[a] = (lanes[a] as number) + 1;
    lanes[b] = (lanes[b] as number) + 1;
    lanes[c] = (lanes[c] as number) + 1;
    lanes[d] = (lanes[d] as number) + 1;
  }
  for (let i = whole; i < data.length; i++) {
    const a = data[i] as number;
    lanes[a] = (lanes[a] as number) + 1;
  }
  const histogram = new Int32Array(256);
  for (let level = 0; level < 256; level++) {
    histogram[level] =
      (lanes[level] as number) +
      (lanes[256 + level] as number) +
      (lanes[512 + level] as number) +
      (lanes[768 + level] as number);
  }
  return histogram;
}

/** Otsu's threshold of a greyscale image: the grey level that best separates ink from paper. */
export function otsuThreshold(image: GreyImage): number {
  return otsuOfHistogram(greyHistogram(image));
}

/** Otsu's threshold from a grey histogram (see greyHistogram). */
export function otsuOfHistogram(histogram: Int32Array): number {
  let total = 0;
  for (let level = 0; level < 256; level++) total += histogram[level] as number;
  let sumAll = 0;
  for (let level = 0; level < 256; level++) sumAll += level * (histogram[level] as number);
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let bestLevel = 127;
  for (let level = 0; level < 256; level++) {
    const count = histogram[level] as number;
    countBelow += count;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += level * count;
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const between = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      bestLevel = level;
    }
  }
  return bestLevel;
}

/** Binarises a greyscale image at `threshold` (default: Otsu). */
export function binarise(image: GreyImage, threshold = otsuThreshold(image)): BinaryImage {
  const { data } = image;
  // A new array is all paper (0) already; writing only the ink skips nine stores in ten.
  const ink = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) if ((data[i] as number) <= threshold) ink[i] = 1;
  return { ink, width: image.width, height: image.height };
}

/** Counts ink pixels. */
export function inkCount(image: BinaryImage): number {
  let count = 0;
  const { ink } = image;
  for (let i = 0; i < ink.length; i++) count += ink[i] as number;
  return count;
}

/** Inked 8-neighbours of pixel `i` (not on the image border) in a row-major ink mask `width` pixels wide. */
function inkedNeighbours(ink: BinaryImage['ink'], width: number, i: number): number {
  // The caller keeps i off the border, so all eight neighbours are inside the mask.
  return (
    (ink[i - width - 1] as number) +
    (ink[i - width] as number) +
    (ink[i - width + 1] as number) +
    (ink[i - 1] as number) +
    (ink[i + 1] as number) +
    (ink[i + width - 1] as number) +
    (ink[i + width] as number) +
    (ink[i + width + 1] as number)
  );
}

/**
 * Ink pixels with no inked 8-neighbour, per pixel of the page. Print strokes at 150–300 dpi are
 * several pixels wide, so isolated ink pixels are almost all scanner speckle or salt noise.
 */
export function isolatedInkDensity(image: BinaryImage): number {
  const { ink, width, height } = image;
  let isolated = 0;
  for (let y = 1; y < height - 1; y++) {
    const row = y * width;
    for (let x = 1; x < width - 1; x++) {
      const i = row + x;
      if (ink[i] !== 1) continue;
      const neighbours = inkedNeighbours(ink, width, i);
      if (neighbours === 0) isolated++;
    }
  }
  return isolated / Math.max(1, width * height);
}

/** Ink pixels with at least this many inked 8-neighbours are inside a stroke, not on speckle. */
const STROKE_NEIGHBOURS = 3;

/**
 * Share of stroke pixels of `before` (ink with several inked neighbours) that are still ink in
 * `after`: how much of the text a filter kept, ignoring the speckle it was meant to remove.
 */
export function strokeSurvival(before: BinaryImage, after: BinaryImage): number {
  const { ink, width, height } = before;
  let strokes = 0;
  let kept = 0;
  for (let y = 1; y < height - 1; y++) {
    const row = y * width;
    for (let x = 1; x < width - 1; x++) {
      const i = row + x;
      if (ink[i] !== 1) continue;
      const neighbours = inkedNeighbours(ink, width, i);
      if (neighbours < STROKE_NEIGHBOURS) continue;
      strokes++;
      kept += after.ink[i] ?? 0;
    }
  }
  return strokes === 0 ? 1 : kept / strokes;
}

/**
 * Row profile of the ink after shearing by `degrees` (a cheap stand-in for rotating): entry r is the
 * ink on the text row that would be row r if the page were rotated back by that angle.
 */
export function shearedRowProfile(points: InkPoints, degrees: number): Float64Array {
  const { xs, ys, width, height } = points;
  const slope = Math.tan((degrees * Math.PI) / 180);
  const margin = Math.ceil(Math.abs(slope) * width);
  const profile = new Float64Array(height + 2 * margin + 1);
  for (let i = 0; i < xs.length; i++) {
    const r = Math.round((ys[i] as number) - (xs[i] as number) * slope) + margin;
    profile[r] = (profile[r] as number) + 1;
  }
  return profile;
}

/** Sum of squared profile entries: peaks when text lines line up with rows (projection-profile deskew). */
function profileSharpness(profile: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < profile.length; i++) sum += (profile[i] as number) ** 2;
  return sum;
}

/** Largest skew we look for; scans beyond a few degrees are rare and a wider search costs time. */
export const MAX_SKEW_DEGREES = 5;
/** Coarse search step, then a fine step around the best coarse angle. */
const COARSE_STEP_DEGREES = 0.5;
const FINE_STEP_DEGREES = 0.1;

/**
 * Estimates the skew of text lines in degrees (positive: lines fall to the right, in image coordinates)
 * by maximising the sharpness of the sheared row profile.
 */
export function estimateSkew(image: InkPoints): number {
  let bestAngle = 0;
  let bestScore = -1;
  for (let angle = -MAX_SKEW_DEGREES; angle <= MAX_SKEW_DEGREES + 1e-9; angle += COARSE_STEP_DEGREES) {
    const score = profileSharpness(shearedRowProfile(image, angle));
    if (score > bestScore) {
      bestScore = score;
      bestAngle = angle;
    }
  }
  const centre = bestAngle;
  for (
    let angle = centre - COARSE_STEP_DEGREES;
    angle <= centre + COARSE_STEP_DEGREES + 1e-9;
    angle += FINE_STEP_DEGREES
  ) {
    const score = profileSharpness(shearedRowProfile(image, angle));
    if (score > bestScore) {
      bestScore = score;
      bestAngle = angle;
    }
  }
  return Math.round(bestAngle * 100) / 100;
}

/**
 * How strongly ink is organised in horizontal bands: normalised variance of the row profile at the
 * best small skew. Text lines give deep gaps between rows; the same page turned 90° does not.
 */
export function bandedness(image: InkPoints, degrees: number): number {
  const profile = shearedRowProfile(image, degrees);
  let sum = 0;
  for (const value of profile) sum += value;
  const mean = sum / Math.max(1, profile.length);
  if (mean === 0) return 0;
  let variance = 0;
  for (const value of profile) variance += (value - mean) ** 2;
  return variance / profile.length / (mean * mean);
}

/** A row counts as inked when it holds at least this share of the busiest row's ink (skips specks). */
const LINE_ROW_SHARE = 0.04;
/** Within a line, the core (x-height) band is the rows with at least this share of the line's peak. */
const CORE_BAND_SHARE = 0.45;

/**
 * Finds text lines in the row profile at the given skew: runs of inked rows at least `minHeight`
 * high. Each line also reports its ink above and below the core band, for the upside-down check.
 */
export function findTextLines(image: InkPoints, degrees: number, minHeight: number): TextLine[] {
  const profile = shearedRowProfile(image, degrees);
  let peak = 0;
  for (const value of profile) peak = Math.max(peak, value);
  const floor = Math.max(2, peak * LINE_ROW_SHARE);
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let r = 0; r <= profile.length; r++) {
    const inked = r < profile.length && (profile[r] ?? 0) >= floor;
    if (inked && start < 0) start = r;
    if (!inked && start >= 0) {
      if (r - start >= minHeight) runs.push([start, r - 1]);
      start = -1;
    }
  }
  return mergeFragments(runs).map(([top, bottom]) => describeLine(profile, top, bottom));
}

/** A run this much shorter than the median line is a fragment (descender tails, accents), not a line. */
const FRAGMENT_HEIGHT_SHARE = 0.4;
/** A fragment this close to its neighbour (as a share of the median line height) belongs to it. */
const FRAGMENT_GAP_SHARE = 0.35;

/** Joins descender tails and accent rows to the line they belong to, and drops stray specks. */
function mergeFragments(runs: Array<[number, number]>): Array<[number, number]> {
  if (runs.length === 0) return runs;
  const heights = runs.map(([top, bottom]) => bottom - top + 1).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)] ?? 0;
  const merged: Array<[number, number]> = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as [number, number];
    if (run[1] - run[0] + 1 >= median * FRAGMENT_HEIGHT_SHARE) {
      merged.push([run[0], run[1]]);
      continue;
    }
    const previous = merged[merged.length - 1];
    const next = runs[i + 1];
    const maxGap = median * FRAGMENT_GAP_SHARE;
    if (previous && run[0] - previous[1] - 1 <= maxGap) previous[1] = run[1];
    else if (next && next[0] - run[1] - 1 <= maxGap) next[0] = run[0];
  }
  return merged;
}

function describeLine(profile: Float64Array, top: number, bottom: number): TextLine {
  let peak = 0;
  for (let r = top; r <= bottom; r++) peak = Math.max(peak, profile[r] ?? 0);
  let coreTop = bottom;
  let coreBottom = top;
  for (let r = top; r <= bottom; r++) {
    if ((profile[r] ?? 0) >= peak * CORE_BAND_SHARE) {
      coreTop = Math.min(coreTop, r);
      coreBottom = Math.max(coreBottom, r);
    }
  }
  let above = 0;
  let below = 0;
  for (let r = top; r < coreTop; r++) above += profile[r] ?? 0;
  for (let r = coreBottom + 1; r <= bottom; r++) below += profile[r] ?? 0;
  return { top, bottom, above, below };
}

/**
 * Latin script has more ink above the x-height band (capitals, ascenders, å/ä/ö dots) than below the
 * baseline (descenders), so a page whose lines carry more ink below than above is upside down.
 * Returns above/below over all lines (>1 upright, <1 upside down), or null with too few lines to tell.
 */
export function ascenderRatio(lines: readonly TextLine[]): number | null {
  if (lines.length < MIN_LINES_FOR_ORIENTATION) return null;
  let above = 0;
  let below = 0;
  for (const line of lines) {
    above += line.above;
    below += line.below;
  }
  if (above + below === 0) return null;
  return (above + 1) / (below + 1);
}

/** Fewer lines than this give too little evidence for the up/down decision. */
export const MIN_LINES_FOR_ORIENTATION = 3;

/** Horizontal runs of ink, row by row: labelling runs instead of pixels is ~10× less work on text. */
interface InkRuns {
  row: Int32Array;
  start: Int32Array;
  /** Inclusive. */
  end: Int32Array;
  count: number;
  /** Index of each row's first run; entry `height` closes the last row. */
  rowStart: Int32Array;
}

function inkRuns(image: BinaryImage): InkRuns {
  const { ink, width, height } = image;
  let capacity = 1024;
  let row: Int32Array = new Int32Array(capacity);
  let start: Int32Array = new Int32Array(capacity);
  let end: Int32Array = new Int32Array(capacity);
  const rowStart = new Int32Array(height + 1);
  let count = 0;
  for (let y = 0; y < height; y++) {
    rowStart[y] = count;
    const base = y * width;
    let x = 0;
    while (x < width) {
      if (ink[base + x] !== 1) {
        x++;
        continue;
      }
      const from = x;
      while (x < width && ink[base + x] === 1) x++;
      if (count === capacity) {
        capacity *= 2;
        const grow = (old: Int32Array): Int32Array => {
          const next = new Int32Array(capacity);
          next.set(old);
          return next;
        };
        row = grow(row);
        start = grow(start);
        end = grow(end);
      }
      row[count] = y;
      start[count] = from;
      end[count] = x - 1;
      count++;
    }
  }
  rowStart[height] = count;
  return { row, start, end, count, rowStart };
}

/**
 * Ink components (8-connected) of at most `maxArea` pixels: dust and specks. Returns their pixel
 * indices, so the caller can paint them out. Periods and å/ä/ö dots are larger than the caller's bound.
 * Labels runs of ink with a union–find rather than flood-filling pixels: on a 300-dpi page this cut
 * the step from ~350 ms to a few tens of ms.
 */
export function smallComponents(image: BinaryImage, maxArea: number): { count: number; pixels: Int32Array } {
  const runs = inkRuns(image);
  const parent = new Int32Array(runs.count);
  for (let i = 0; i < runs.count; i++) parent[i] = i;
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (let y = 1; y < image.height; y++) {
    let above = runs.rowStart[y - 1] as number;
    const aboveEnd = runs.rowStart[y] as number;
    const hereEnd = runs.rowStart[y + 1] as number;
    for (let i = aboveEnd; i < hereEnd; i++) {
      const from = (runs.start[i] as number) - 1;
      const to = (runs.end[i] as number) + 1;
      // Runs in a row are sorted, so the scan over the row above only moves forward.
      while (above < aboveEnd && (runs.end[above] as number) < from) above++;
      for (let j = above; j < aboveEnd && (runs.start[j] as number) <= to; j++) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const area = new Int32Array(runs.count);
  for (let i = 0; i < runs.count; i++) {
    const root = find(i);
    area[root] = (area[root] ?? 0) + (runs.end[i] as number) - (runs.start[i] as number) + 1;
  }
  let count = 0;
  let total = 0;
  for (let i = 0; i < runs.count; i++) {
    if (parent[i] !== i || (area[i] as number) > maxArea) continue;
    count++;
    total += area[i] as number;
  }
  const pixels = new Int32Array(total);
  let n = 0;
  for (let i = 0; i < runs.count; i++) {
    if ((area[find(i)] as number) > maxArea) continue;
    const base = (runs.row[i] as number) * image.width;
    for (let x = runs.start[i] as number; x <= (runs.end[i] as number); x++) pixels[n++] = base + x;
  }
  return { count, pixels };
}

/** Mean grey level of the paper (pixels lighter than the ink threshold). */
export function paperLevel(image: GreyImage, threshold: number): number {
  return paperLevelOfHistogram(greyHistogram(image), threshold);
}

/**
 * Mean grey level of the paper from a grey histogram. The sums are whole numbers far below 2^53, so
 * summing by level gives exactly the pixel-by-pixel mean.
 */
export function paperLevelOfHistogram(histogram: Int32Array, threshold: number): number {
  let sum = 0;
  let count = 0;
  for (let level = Math.max(0, Math.floor(threshold) + 1); level < 256; level++) {
    const pixels = histogram[level] as number;
    sum += level * pixels;
    count += pixels;
  }
  return count > 0 ? Math.round(sum / count) : 255;
}
