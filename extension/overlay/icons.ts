type Shape = readonly [tag: 'path' | 'circle', attributes: Readonly<Record<string, string>>];

const WHITE_STROKE = { stroke: '#fff', 'stroke-width': '1.8' } as const;

/** Shapes for each severity, so that it reads without colour (no emoji: they draw as boxes where fonts lack them). */
const SEVERITY_SHAPES: Record<'error' | 'warning' | 'info' | 'ok', readonly Shape[]> = {
  error: [
    ['path', { d: 'M5 1h6l4 4v6l-4 4H5l-4-4V5z', fill: 'currentColor' }],
    ['path', { d: 'M5.5 5.5l5 5m0-5l-5 5', ...WHITE_STROKE }],
  ],
  warning: [
    ['path', { d: 'M8 1l7.5 13.5H.5z', fill: 'currentColor' }],
    ['path', { d: 'M8 6v4', ...WHITE_STROKE }],
    ['circle', { cx: '8', cy: '12', r: '1', fill: '#fff' }],
  ],
  info: [
    ['circle', { cx: '8', cy: '8', r: '7', fill: 'currentColor' }],
    ['path', { d: 'M8 7v5', ...WHITE_STROKE }],
    ['circle', { cx: '8', cy: '4.5', r: '1', fill: '#fff' }],
  ],
  ok: [
    ['circle', { cx: '8', cy: '8', r: '7', fill: 'currentColor' }],
    ['path', { d: 'M4.5 8.2l2.3 2.3 4.7-4.8', ...WHITE_STROKE, fill: 'none' }],
  ],
};

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(
  document: Document,
  tag: string,
  attributes: Readonly<Record<string, string>>,
): SVGElement {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * The severity's icon, built as elements rather than parsed from markup: Mozilla's linter flags every assignment of
 * markup, and a content script that parses none has nothing for a reviewer to clear.
 */
export function severityIcon(document: Document, level: keyof typeof SEVERITY_SHAPES): SVGElement {
  const icon = svgElement(document, 'svg', {
    viewBox: '0 0 16 16',
    width: '12',
    height: '12',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  for (const [tag, attributes] of SEVERITY_SHAPES[level]) icon.append(svgElement(document, tag, attributes));
  return icon;
}

export const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'note', ok: 'no issues' } as const;
