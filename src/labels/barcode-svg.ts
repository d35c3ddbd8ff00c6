/**
 * bwip-js's SVG as data a PDF can draw (docs/design.md §29): the viewBox size and each path
 * with how it is painted. bwip-js writes bars as stroked vertical lines and modules and text
 * as filled paths; nothing else appears in its SVG.
 */
export interface VectorPath {
  d: string;
  /** Stroke width for stroked paths; undefined for filled ones. */
  stroke?: number;
}

export interface BarcodeVector {
  /** viewBox width and height in bwip-js units (points at scale 1). */
  width: number;
  height: number;
  paths: VectorPath[];
}

/** Reads the SVG bwip-js's `toSVG` writes. */
export function parseBarcodeSvg(svg: string): BarcodeVector {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) throw new Error("bwip-js SVG without a viewBox");
  const paths: VectorPath[] = [];
  for (const tag of svg.match(/<path [^>]*>/g) ?? []) {
    const d = /\sd="([^"]*)"/.exec(tag)?.[1] ?? "";
    const width = /stroke-width="([\d.]+)"/.exec(tag)?.[1];
    paths.push(width === undefined ? { d } : { d, stroke: Number(width) });
  }
  return { width: Number(box[1]), height: Number(box[2]), paths };
}
