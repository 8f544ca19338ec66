// Where traceback source lines come from (CPython's linecache): the embedder registers a
// provider that returns a file's decoded text, or null when there is none to show (<stdin>,
// files that cannot be read). Lines are split as a text-mode file splits them.
export type SourceProvider = (filename: string) => string | null;

let provider: SourceProvider = () => null;

export function registerSourceProvider(p: SourceProvider): void {
  provider = p;
}

/** The lines of files read during one traceback's formatting. */
export class LineCache {
  private readonly files = new Map<string, string[] | null>();

  /** linecache.getline: the line with its newline, or '' when there is no such line. */
  getline(filename: string, lineno: number): string {
    let lines = this.files.get(filename);
    if (lines === undefined) {
      let text: string | null = null;
      try {
        text = provider(filename);
      } catch {
        text = null;
      }
      lines = text === null ? null : splitFileLines(text);
      this.files.set(filename, lines);
    }
    if (lines === null || lineno < 1 || lineno > lines.length) return '';
    return lines[lineno - 1];
  }
}

/** readlines() of a file opened in text mode: universal newlines become '\n', each line keeps it. */
function splitFileLines(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n').map((l) => `${l}\n`);
  // split() leaves an empty piece after a final newline: it is not a line.
  if (normalized.endsWith('\n') || normalized === '') lines.pop();
  return lines;
}
