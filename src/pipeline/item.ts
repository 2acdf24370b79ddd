import type { InputFailure, InputItem } from '../load/inputs.js';
import type { Document } from '../model/document.js';
import { InputError } from '../model/messages.js';
import {
  processHtmlBytes,
  processHtmlText,
  processBytes,
  processText,
  type ProcessOptions,
} from './document.js';

/** Processes one input item, turning refusals into failures. */
export function processItem(item: InputItem, options: ProcessOptions = {}): Document | InputFailure {
  const location = item.source.location;
  try {
    const opts = { ...options, known: { ...options.known, ...item.known }, declared: item.charset ?? null };
    if (item.format === 'html') {
      if (item.text !== undefined) return processHtmlText(item.text, item.source, opts);
      return processHtmlBytes(item.bytes!, item.source, opts);
    }
    if (item.text !== undefined) return processText(item.text, item.source, opts);
    return processBytes(item.bytes!, item.source, opts);
  } catch (err) {
    if (err instanceof InputError) return { location, rule: err.rule, reason: err.message };
    throw err;
  }
}
