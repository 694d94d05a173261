/** One problem with one input file: which file, which field, what was expected. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Every problem found in the content, reported together so one build lists every bad file. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblems(problems: ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
  return `${problems.length} problem(s) in ${files} content file(s):\n${lines.join('\n')}`;
}
