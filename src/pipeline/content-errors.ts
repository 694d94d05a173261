import { ContentError } from '../core/content/content-error.ts';

/**
 * Runs what reads the user's content at config time (`getCorpus`) and, when
 * the content is invalid, prints only the list of problems (file and field)
 * and ends the process: Astro would otherwise report "Unable to load your
 * Astro config" and a stack trace, neither of which helps a user fix a file.
 * Any other error is a bug and is rethrown with its stack.
 */
export function orExitOnContentError<T>(
  read: () => T,
  exit: (code: number) => never = (code) => process.exit(code),
): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`\n${error.message}\n\nFix the file(s) above and build again.\n`);
    return exit(1);
  }
}
