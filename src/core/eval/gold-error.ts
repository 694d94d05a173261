/** A mistake in a gold file, located so that an annotator can jump to it. */
export class GoldError extends Error {
  readonly file: string;
  /** 1-based line in the gold file (front matter included). */
  readonly line: number;

  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'GoldError';
    this.file = file;
    this.line = line;
  }
}
