export type Severity = 'info' | 'warning' | 'error';

/**
 * Something a run survived: a refused input, a stage that does not support a
 * language, a repair it declined. Rendering is left to the surfaces.
 */
export interface Message {
  readonly severity: Severity;
  /** Stage and rule, e.g. `load:binary` or `sentences:language`. */
  readonly rule: string;
  /** Document id, when the message is about one document. */
  readonly doc?: string;
  /** 0-based UTF-16 offsets into that document's text, when about a place in it. */
  readonly start?: number;
  readonly end?: number;
  readonly reason: string;
}

/** A failure a run does not survive for this input (bad bytes, unreadable file): shown to the user without a stack. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly rule: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InputError';
  }
}
