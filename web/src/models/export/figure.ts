import { escapeXml } from '@faire-collectif/seed/formats';

/** What makes an image of the network a figure that can be published on its own. */
export interface FigureInfo {
  title: string;
  /** What the view shows: its filters and exploration steps, in words. */
  caption: string;
  /** The legend of what is drawn, following the colour mode. */
  legend: ReadonlyArray<{ colour: string; label: string }>;
  /** The documents the facts come from, and where the view can be opened again. */
  source: string;
  /** When the figure was made (YYYY-MM-DD). */
  date: string;
}

const MARGIN = 24;
const LINE = 20;
const LEGEND_WIDTH = 260;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** The width and height an SVG document declares (cytoscape-svg writes both on its root). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)`).exec(root)?.[1] ?? 0);
  return { width: read('width') || 800, height: read('height') || 600 };
}

/** Long lines cut at spaces to about `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function text(x: number, y: number, content: string, size: number, weight = 'normal', fill = '#111827'): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
}

/**
 * The drawing as a figure: title and caption above, the legend beside it, source and date
 * below, in one SVG document (the drawing nested as it is).
 */
export function composeFigure(drawing: string, info: FigureInfo): string {
  const { width, height } = svgSize(drawing);
  const titleLines = wrap(info.title, Math.max(40, Math.floor((width + LEGEND_WIDTH) / 11)));
  const captionLines = wrap(info.caption, Math.max(50, Math.floor((width + LEGEND_WIDTH) / 7.5)));
  const top = MARGIN + titleLines.length * 26 + captionLines.length * LINE + 8;
  const legendHeight = LINE * (info.legend.length + 1);
  const body = Math.max(height, legendHeight);
  const sourceLines = wrap(info.source, Math.max(60, Math.floor((width + LEGEND_WIDTH) / 6.5)));
  const total = {
    width: MARGIN * 2 + width + LEGEND_WIDTH,
    height: top + body + 12 + (sourceLines.length + 1) * LINE + MARGIN,
  };
  const inner = drawing.replace(/^[\s\S]*?(<svg\b)/, '$1').replace(/<svg\b/, `<svg x="${MARGIN}" y="${top}"`);
  const parts: string[] = [];
  titleLines.forEach((line, index) => parts.push(text(MARGIN, MARGIN + 18 + index * 26, line, 22, 'bold')));
  captionLines.forEach((line, index) =>
    parts.push(text(MARGIN, MARGIN + titleLines.length * 26 + 14 + index * LINE, line, 14, 'normal', '#374151')),
  );
  const legendX = MARGIN + width + 16;
  parts.push(`<g class="legend">`);
  info.legend.forEach((entry, index) => {
    const y = top + LINE * (index + 1);
    parts.push(
      `<circle cx="${legendX + 7}" cy="${y - 5}" r="6" fill="${escapeXml(entry.colour)}" stroke="#374151" stroke-width="0.8"/>`,
    );
    parts.push(text(legendX + 20, y, entry.label, 13));
  });
  parts.push('</g>');
  const footer = top + body + 12;
  sourceLines.forEach((line, index) =>
    parts.push(text(MARGIN, footer + LINE * (index + 1), line, 12, 'normal', '#374151')),
  );
  parts.push(text(MARGIN, footer + LINE * (sourceLines.length + 1), info.date, 12, 'normal', '#374151'));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${total.width}" height="${total.height}" viewBox="0 0 ${total.width} ${total.height}">`,
    `<title>${escapeXml(info.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    inner,
    '</svg>',
    '',
  ].join('\n');
}
