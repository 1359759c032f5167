/**
 * The pages of the workbook checks (docs/checks/<id>.md), bundled with the panel: the extension asks for no site to
 * show them, and the panel shows the part a person acting on a finding needs, why it matters and how to fix it.
 */
const PAGES = import.meta.glob<string>('../../../docs/checks/toc-*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface RuleDoc {
  /** The page in the repository, as a finding's `docs` names it. */
  path: string;
  /** What the check looks for, in one sentence. */
  summary: string;
  why: string[];
  fix: string[];
}

/** Markdown's emphasis, code and links as the words they mark. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The blocks of a section, each a paragraph or a list item, its wrapped lines joined. */
function blocks(section: string): string[] {
  const found: string[] = [];
  let current: string[] = [];
  const end = () => {
    if (current.length > 0) found.push(plain(current.join(' ')));
    current = [];
  };
  for (const line of section.split('\n')) {
    if (line.trim() === '' || line.startsWith('|')) end();
    else if (line.startsWith('- ')) {
      end();
      current.push(line.slice(2));
    } else current.push(line);
  }
  end();
  return found;
}

function section(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const body = page.slice(start + heading.length + 5);
  const next = body.indexOf('\n## ');
  return next < 0 ? body : body.slice(0, next);
}

/** The lead sentence after the title: "**Workbook check · warning** · A step … nothing leads to." */
function summaryOf(page: string): string {
  const lead = page.split('\n\n')[1] ?? '';
  return plain(lead.replace(/^\*\*[^*]*\*\*\s*·\s*/, ''));
}

export function ruleDoc(docsPath: string): RuleDoc | undefined {
  const page = PAGES[`../../../${docsPath}`];
  if (page === undefined) return undefined;
  return {
    path: docsPath,
    summary: summaryOf(page),
    why: blocks(section(page, 'Why it matters')),
    fix: blocks(section(page, 'How to fix it')),
  };
}
