import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';

/** A mistake in how the command was called: reported in one line, exit status 2. */
export class UsageError extends Error {}

/** A failure the user can act on (a store in use by another process): one line, exit status 1. */
export class CommandFailure extends Error {}

/** Every output format some command writes. */
export type OutputFormat = 'json' | 'jsonl' | 'md' | 'html' | 'text';

/** What an output file's extension says it holds (lower-cased, with the dot). */
const EXTENSION_FORMATS: Readonly<Record<string, OutputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.txt': 'text',
};

/**
 * The format to write: the explicit `-f`, else what the `-o` file's extension
 * says, else `undefined` (the command's own default). Throws a UsageError when
 * `-f` contradicts the extension, or when the extension names a format this
 * command cannot write. `.txt` is neutral for a command without a text format
 * (Markdown or JSON in a `.txt` file is a reasonable wish); an unknown
 * extension, standard output or `-` say nothing.
 */
export function resolveFormat<F extends OutputFormat>(
  command: string,
  allowed: readonly F[],
  explicit: F | undefined,
  output: string | undefined,
): F | undefined {
  const ext = output && output !== '-' ? extname(output).toLowerCase() : '';
  const implied = EXTENSION_FORMATS[ext];
  if (!implied || (implied === 'text' && !allowed.includes('text' as F))) return explicit;
  if (!allowed.includes(implied as F))
    throw new UsageError(
      `${command} cannot write ${FORMAT_NAMES[implied]}, which ${output} is named for: name the file ${allowed.map((f) => extensionOf(f)).join(', ')}`,
    );
  if (explicit && explicit !== implied)
    throw new UsageError(
      `-f ${explicit} contradicts the output file ${output} (a ${ext} file holds ${FORMAT_NAMES[implied]}): drop -f, or name the file to match`,
    );
  return implied as F;
}

const FORMAT_NAMES: Readonly<Record<OutputFormat, string>> = {
  json: 'JSON',
  jsonl: 'JSON Lines',
  md: 'Markdown',
  html: 'HTML',
  text: 'plain text',
};

/** The usual extension of a format. */
function extensionOf(format: OutputFormat): string {
  return format === 'text' ? '.txt' : `.${format}`;
}

/** What went wrong writing to a path, in words, from the system error's code. */
function writeProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'it is a folder (give a file name)';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of the path is a file, not a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (err as Error).message;
}

/** Writes to standard output (no file, or `-`) or to `file`, making its folder; a path that cannot be written is the user's to fix (exit 1). */
export function writeOut(content: string, file: string | undefined): void {
  if (!file || file === '-') {
    process.stdout.write(content.endsWith('\n') ? content : content + '\n');
    return;
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  } catch (err) {
    throw new CommandFailure(`cannot write ${file}: ${writeProblem(err)}`, { cause: err });
  }
}

/**
 * A reader that went away (`corroborate analyze … | head -1`) is not a failure:
 * like any Unix filter, stop quietly with status 0. Any other error writing
 * standard output is reported in one line, status 1.
 */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`corroborate: cannot write to standard output: ${err.message}\n`);
    process.exit(1);
  });
}

/**
 * When articles are to be read from standard input and it is a terminal, says
 * on stderr how to give them and how to end input, so the command does not
 * seem to hang.
 */
export function hintAtTerminal(command: string, inputs: readonly string[]): void {
  if (!inputs.includes('-') || !process.stdin.isTTY) return;
  process.stderr.write(
    `corroborate: reading an article from standard input (this terminal): paste or type it, then press Ctrl-D at the start of a line to end input (Ctrl-C cancels)\n` +
      `corroborate: to read files instead, name them: corroborate ${command} my-articles/${command === 'analyze' ? ' -o report.html' : ''} (files, folders, URLs, feeds or JSON Lines; --help for more)\n`,
  );
}
